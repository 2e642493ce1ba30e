import crypto from 'node:crypto';

/** A request body as sent: its content type (none when undefined) and bytes; `isMalformed` when it is broken as a whole. */
export type BodyCase = { name: string; contentType: string | undefined; payload: string | Buffer; isMalformed: boolean };

const jsonLimitBreaker = JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024 + 10) });

/** Bodies for a route that takes JSON: wrong content types, broken JSON, prototype pollution, deep nesting, too large. */
export const jsonBodyCases: readonly BodyCase[] = [
  { name: 'text/plain', contentType: 'text/plain', payload: 'hello', isMalformed: true },
  { name: 'application/xml', contentType: 'application/xml', payload: '<?xml version="1.0"?><a>1</a>', isMalformed: true },
  {
    name: 'multipart without boundary',
    contentType: 'multipart/form-data',
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    isMalformed: true,
  },
  {
    name: 'truncated multipart',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1',
    isMalformed: true,
  },
  { name: 'form-encoded', contentType: 'application/x-www-form-urlencoded', payload: 'name=%00&code=%ED%A0%80&a[b]=1', isMalformed: true },
  { name: 'no content type', contentType: undefined, payload: '{"name":"x"}', isMalformed: true },
  {
    name: 'json in utf-16',
    contentType: 'application/json; charset=utf-16',
    payload: Buffer.from('{"a":1}', 'utf16le'),
    isMalformed: true,
  },
  { name: 'content type garbage', contentType: 'application/json;;;=;', payload: '{}', isMalformed: true },
  { name: 'unclosed object', contentType: 'application/json', payload: '{', isMalformed: true },
  { name: 'truncated member', contentType: 'application/json', payload: '{"name":', isMalformed: true },
  { name: 'empty body', contentType: 'application/json', payload: '', isMalformed: true },
  {
    name: 'invalid UTF-8',
    contentType: 'application/json',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    isMalformed: true,
  },
  { name: 'trailing garbage', contentType: 'application/json', payload: '{"a":1}garbage', isMalformed: true },
  { name: 'NUL byte', contentType: 'application/json', payload: '{"a":"\u0000"}\u0000', isMalformed: true },
  { name: '__proto__ key', contentType: 'application/json', payload: '{"__proto__":{"isAdmin":true}}', isMalformed: false },
  {
    name: 'constructor.prototype',
    contentType: 'application/json',
    payload: '{"constructor":{"prototype":{"isAdmin":true}}}',
    isMalformed: false,
  },
  { name: 'lone surrogate string', contentType: 'application/json', payload: '"\\ud800"', isMalformed: false },
  {
    name: 'deeply nested arrays',
    contentType: 'application/json',
    payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    isMalformed: false,
  },
  { name: 'byte order mark', contentType: 'application/json', payload: '\uFEFF{}', isMalformed: true },
  { name: 'over the body limit', contentType: 'application/json', payload: jsonLimitBreaker, isMalformed: true },
];

/** Wrong content types for the citizen forms (which take application/x-www-form-urlencoded). */
export const formBodyCases: readonly BodyCase[] = [
  { name: 'text/plain', contentType: 'text/plain', payload: 'level=satisfied', isMalformed: true },
  { name: 'application/xml', contentType: 'application/xml', payload: '<level>satisfied</level>', isMalformed: true },
  { name: 'multipart without boundary', contentType: 'multipart/form-data', payload: 'level=satisfied', isMalformed: true },
  {
    name: 'truncated multipart',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\nContent-Disposition: form-data; name="level"\r\n\r\nsat',
    isMalformed: true,
  },
  { name: 'malformed JSON', contentType: 'application/json', payload: '{"level":', isMalformed: true },
  {
    name: 'JSON with wrong types',
    contentType: 'application/json',
    payload: '{"level":["satisfied"],"comment":{"a":1},"dossierId":7,"k":null}',
    isMalformed: false,
  },
  {
    name: 'form with broken escapes',
    contentType: 'application/x-www-form-urlencoded',
    payload: 'level=%E0%A4%A&comment=%ED%A0%80%00&dossierId=%C0%80&k=%',
    isMalformed: false,
  },
  {
    name: 'form over the body limit',
    contentType: 'application/x-www-form-urlencoded',
    payload: `comment=${'a'.repeat(2 * 1024 * 1024 + 10)}`,
    isMalformed: true,
  },
];

export type Part = { name: string; value: string | Buffer; filename?: string; type?: string; headers?: string };

/** A multipart/form-data body with a given boundary (parts may carry odd headers). */
export function multipartBody(
  parts: readonly Part[],
  boundary = `----fuzz${crypto.randomBytes(6).toString('hex')}`,
): { body: Buffer; boundary: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.headers ??
      `Content-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\n${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), boundary };
}

/**
 * Broken and hostile variants of a valid multipart submission: without a boundary, cut short at
 * several places, with a wrong boundary, without part headers, with hostile file names and values.
 */
export function multipartCases(fields: Record<string, string>, files: readonly Part[]): BodyCase[] {
  const parts: Part[] = [...Object.entries(fields).map(([name, value]) => ({ name, value })), ...files];
  const valid = multipartBody(parts);
  const type = (boundary: string) => `multipart/form-data; boundary=${boundary}`;
  const cases: BodyCase[] = [
    { name: 'no boundary', contentType: 'multipart/form-data', payload: valid.body, isMalformed: true },
    { name: 'empty boundary', contentType: 'multipart/form-data; boundary=', payload: valid.body, isMalformed: true },
    { name: 'wrong boundary', contentType: type('not-the-boundary'), payload: valid.body, isMalformed: true },
    { name: 'empty body', contentType: type(valid.boundary), payload: '', isMalformed: true },
    { name: 'only the closing boundary', contentType: type(valid.boundary), payload: `--${valid.boundary}--\r\n`, isMalformed: false },
    { name: 'part without headers', contentType: type('b'), payload: '--b\r\n\r\nvalue\r\n--b--\r\n', isMalformed: true },
    {
      name: 'header line without colon',
      contentType: type('b'),
      payload: '--b\r\nContent-Disposition form-data name=x\r\n\r\nvalue\r\n--b--\r\n',
      isMalformed: true,
    },
    {
      name: 'nested multipart/mixed',
      contentType: type('b'),
      payload:
        '--b\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\n\r\nx\r\n--c--\r\n--b--\r\n',
      isMalformed: false,
    },
    { name: 'odd charset', contentType: `${type(valid.boundary)}; charset=utf-7`, payload: valid.body, isMalformed: false },
  ];
  for (const cut of [0.05, 0.3, 0.6, 0.95]) {
    cases.push({
      name: `truncated at ${cut * 100}%`,
      contentType: type(valid.boundary),
      payload: valid.body.subarray(0, Math.floor(valid.body.length * cut)),
      isMalformed: true,
    });
  }
  cases.push({
    name: 'truncated before the closing boundary',
    contentType: type(valid.boundary),
    payload: valid.body.subarray(0, valid.body.length - valid.boundary.length - 8),
    isMalformed: true,
  });
  cases.push({
    name: 'truncated inside the last CRLF',
    contentType: type(valid.boundary),
    payload: valid.body.subarray(0, valid.body.length - 1),
    isMalformed: true,
  });
  const file = files[0];
  const hostileNames = ['a\u0000b.pdf', '../../../etc/passwd', 'x'.repeat(1000) + '.pdf', 'tệp tin.pdf', '', 'a"b.pdf'];
  if (file) {
    for (const filename of hostileNames) {
      cases.push({
        name: `file name ${JSON.stringify(filename.slice(0, 30))}`,
        contentType: type(valid.boundary),
        payload: multipartBody(
          parts.map((p) => (p === file ? { ...p, filename } : p)),
          valid.boundary,
        ).body,
        isMalformed: false,
      });
    }
    const raw = Buffer.concat([
      Buffer.from(`--b\r\nContent-Disposition: form-data; name="${file.name}"; filename="`),
      Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0x80]),
      Buffer.from('.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n'),
    ]);
    cases.push({ name: 'file name with invalid UTF-8', contentType: type('b'), payload: raw, isMalformed: false });
    cases.push({
      name: 'file name in RFC 5987 form',
      contentType: type(valid.boundary),
      payload: multipartBody(
        parts.map((p) =>
          p === file ? { ...p, headers: `Content-Disposition: form-data; name="${p.name}"; filename*=UTF-8''%ED%A0%80%00.pdf` } : p,
        ),
        valid.boundary,
      ).body,
      isMalformed: false,
    });
    cases.push({
      name: 'text file',
      contentType: type(valid.boundary),
      payload: multipartBody(
        parts.map((p) => (p === file ? { ...p, value: 'not a pdf at all' } : p)),
        valid.boundary,
      ).body,
      isMalformed: false,
    });
    cases.push({
      name: 'two files',
      contentType: type(valid.boundary),
      payload: multipartBody([...parts, { ...file, name: `${file.name}b` }, { ...file }], valid.boundary).body,
      isMalformed: false,
    });
  }
  for (const name of Object.keys(fields)) {
    for (const hostile of ['\u0000', 'a\u0000b', '\uFFFE', 'a'.repeat(1024 * 1024 + 5), "'; DROP TABLE dossiers; --", '0000-01-01']) {
      cases.push({
        name: `field ${name} = ${JSON.stringify(hostile.slice(0, 20))}`,
        contentType: type(valid.boundary),
        payload: multipartBody(
          parts.map((p) => (p.name === name ? { ...p, value: hostile } : p)),
          valid.boundary,
        ).body,
        isMalformed: false,
      });
    }
    cases.push({
      name: `field ${name} as invalid UTF-8`,
      contentType: type(valid.boundary),
      payload: multipartBody(
        parts.map((p) => (p.name === name ? { ...p, value: Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x00, 0xc0, 0x80]) } : p)),
        valid.boundary,
      ).body,
      isMalformed: false,
    });
  }
  cases.push({
    name: 'too many fields',
    contentType: type(valid.boundary),
    payload: multipartBody([...parts, ...Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'x' }))], valid.boundary).body,
    isMalformed: false,
  });
  return cases;
}
