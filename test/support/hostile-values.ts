import fc from 'fast-check';

/** The values an attacker sends: text that breaks databases, numbers out of range, wrong types, broken URL pieces. */

const oneMegabyte = 'a'.repeat(1024 * 1024);

/** The text most likely to reach the database and break it: NUL, lone surrogates, years 0, 1 and 9999, a 1 MB string. */
export const criticalStrings: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  'Nguyễn\u0000',
  'a\uD83D',
  '\uDE00b',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+07:00',
  oneMegabyte,
  '9223372036854775808',
];

/** Text that has broken servers before: the above, injections, impossible dates, numbers out of range. */
export const hostileStrings: readonly string[] = [
  ...criticalStrings,
  '\uFFFE',
  '\u202Eevil',
  '\r\n\r\nX-Injected: 1',
  "' OR '1'='1",
  "'; DROP TABLE units; --",
  '"; select pg_sleep(1); --',
  '\\',
  "\\'",
  '%',
  '_%_',
  '*',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '<%= 7*7 %>',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  'file:///etc/passwd',
  '-0001-01-01',
  '+275760-09-13',
  '2025-02-30',
  '2025-13-01',
  '9999-12-31T23:59:59.999999999Z',
  '1e308',
  '-1e308',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '-9223372036854775809',
  '18446744073709551616',
  '0x7fffffff',
  '1_000',
  '٣',
  '',
  ' ',
  '\t',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '👩‍👩‍👧‍👦',
  'Nguyễn Văn Ánh',
  'ﷺ',
  'a'.repeat(101),
  'ă'.repeat(300),
];

export const hostileNumbers: readonly number[] = [
  1e308,
  -1e308,
  2 ** 63,
  -(2 ** 63),
  2 ** 53 + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  -1,
  0,
  -0,
  0.5,
  1e-300,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
];

export function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

export const wrongTypes: readonly unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [null],
  [[[[]]]],
  { a: { b: { c: {} } } },
  nestedArray(3000),
  0,
  'string',
];

/** Hostile text, the critical kinds as often as all the others together. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...criticalStrings), fc.constantFrom(...hostileStrings));

/** Values that a client never should send but an attacker will: any of the above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 2, arbitrary: fc.constantFrom(...wrongTypes) },
);

/**
 * Percent-encodes text for a URL as a browser would, except that a lone surrogate (which has no
 * UTF-8 form) is sent as the bytes ED A0 80–ED BF BF that careless encoders produce.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]!);
    }
  }
  return out;
}

/** Raw URL text sent as is. Broken: invalid UTF-8 (a lone surrogate's bytes, an overlong NUL) and malformed escapes. */
export const brokenUrlPieces: readonly string[] = [
  '%ED%A0%80',
  '%ED%BF%BF',
  '%C0%80',
  '%E0%A4%A',
  '%E0%A4',
  '%',
  '%zz',
  '%FF%FE',
  '%C3%28',
  '%F4%90%80%80',
  '%u0041',
];
/** Raw URL text that is well formed but hostile once decoded. */
export const hostileUrlPieces: readonly string[] = ['%00', 'a%00b', '..%2F..%2F', '%2e%2e', '%0D%0AX-Injected:%201', '%EF%BB%BF'];
export const rawUrlPieces: readonly string[] = [...brokenUrlPieces, ...hostileUrlPieces];

/** A request parameter value as URL text: encoded properly, or (unless strict) sometimes raw pieces, broken or hostile. */
export function urlValueArbitrary(value: fc.Arbitrary<unknown>, strict = false): fc.Arbitrary<{ text: string; isBroken: boolean }> {
  if (strict) return value.map((v) => ({ text: percentEncode(asUrlText(v)), isBroken: false }));
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => ({ text: percentEncode(asUrlText(v)), isBroken: false })) },
    { weight: 1, arbitrary: fc.constantFrom(...rawUrlPieces).map((raw) => ({ text: raw, isBroken: brokenUrlPieces.includes(raw) })) },
  );
}

function asUrlText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 2000);
  return String(value);
}

/** A short, printable description of any input for a failure report. */
export function describeInput(value: unknown, max = 160): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
}
