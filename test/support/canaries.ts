import fc from 'fast-check';
import { schemaArbitrary, type JsonSchema } from './openapi-arbitraries.js';

/** Personal values and secrets that exist nowhere else, to be looked for in the logs. */
export const canary = {
  password: 'Canary-Pass-4417xq',
  newPassword: 'Canary-NewPass-8826zr',
  citizenId: '079188034517',
  phone: '0968031457',
  name: 'Trịnh Canary Thư',
  email: 'canary.thu4417@example.vn',
  address: 'Số 4417 ngõ Canary, phường Hoàn Kiếm',
  taxCode: '0319988776',
  text: 'Ghi chú Canary 5k2w của Trịnh Thư',
  search: 'trinh canary thu',
  username: 'canary.user4417',
  bearer: 'mc_CanaryBearer7Qx2Lm9Pz',
  sessionCookie: 'CanarySession4Hy8Wd2Nq3Jc',
  csrf: 'CanaryCsrf2Lp0Vb6Ty1Gh',
  idempotency: 'canary-idem-8Tr1Kd3Fw',
  formToken: 'CanaryFormToken9Xs3Bq7Mw2Lp5Rt8Yz',
  kioskToken: 'CanaryKioskToken6Gh2Jk9Lm4Np7Qr',
  trackingSecret: 'CanaryTrack3Vb8Nm1Qw6Er',
} as const;

/** A personal value for one path parameter of one route (unique, so a hit names the route). */
export function pathCanary(parameter: string, index: number): string {
  const n = String(index).padStart(5, '0');
  if (parameter === 'token') return `CanaryKioskPath${n}x7Gh2Jk9Lm4Np`;
  if (parameter === 'code') return `Lương Canary Đường ${n}`;
  if (parameter === 'slug' || parameter === 'form') return `canary-${parameter}-${n}-thu`;
  return `0791884${n}`;
}

/** The canary that fits a field, by its name. */
export function canaryForField(name: string): string {
  const key = name.toLowerCase();
  if (key === 'newpassword') return canary.newPassword;
  if (key.includes('password')) return canary.password;
  if (key === 'citizenid') return canary.citizenId;
  if (key === 'phone' || key === 'sdt') return canary.phone;
  if (key === 'email') return canary.email;
  if (key === 'address') return canary.address;
  if (key === 'taxcode') return canary.taxCode;
  if (key === 'username') return canary.username;
  if (key === 'token' || key === '_form') return key === 'token' ? canary.kioskToken : canary.formToken;
  if (key === 'k') return canary.trackingSecret;
  if (key === 'q' || key === 'actor' || key === 'entityid') return canary.search;
  if (key.endsWith('name') || key === 'deliveredby') return canary.name;
  return canary.text;
}

const fits = (schema: JsonSchema, text: string) => {
  if (schema.minLength !== undefined && text.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && text.length > schema.maxLength) return false;
  try {
    return !schema.pattern || new RegExp(schema.pattern).test(text);
  } catch {
    return true;
  }
};

/**
 * A value for a schema that passes its validation where it can, carrying a canary in every text
 * field whose rules admit one (and real ids where a field names a record).
 */
export function fillWithCanaries(schema: JsonSchema | undefined, name: string, real: (name: string) => string | undefined): unknown {
  if (!schema) return canaryForField(name);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fillWithCanaries(variants.find((v) => v.type !== 'null') ?? variants[0], name, real);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string': {
      const known = real(name);
      if (known !== undefined) return known;
      if (schema.format === 'uuid') return '0790c0de-4417-4ca1-8a2b-000000004417';
      if (schema.format === 'date' || /\\d\{4\}-\\d\{2\}/.test(schema.pattern ?? '')) return '2025-07-01';
      if (schema.format === 'date-time') return new Date(Date.now() + 30 * 86_400_000).toISOString();
      const wanted = canaryForField(name);
      if (fits(schema, wanted)) return wanted;
      const personal = [
        canary.text,
        canary.name,
        canary.address,
        canary.username,
        canary.email,
        canary.citizenId,
        canary.phone,
        canary.taxCode,
      ];
      const fitting = personal.find((value) => fits(schema, value));
      if (fitting) return fitting;
      return fc.sample(schemaArbitrary(schema, { strict: true }), { seed: 4417, numRuns: 1 })[0];
    }
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => fillWithCanaries(schema.items, name, real));
    case 'null':
      return null;
    default:
      if (!schema.properties) return type === 'object' ? {} : canaryForField(name);
      return Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, fillWithCanaries(property, key, real)]));
  }
}

/** The forms a value can take in a log line: as is, percent-encoded, JSON-escaped, and folded to ASCII lower case. */
export function spellings(value: string): string[] {
  const folded = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), folded, encodeURIComponent(folded)])];
}

/** Where each value shows up in the log lines: its label, the form found and an excerpt of the first line. */
export function findInLogs(lines: readonly string[], values: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [label, value] of Object.entries(values)) {
    if (!value || value.length < 6) continue;
    for (const spelling of spellings(value)) {
      const hits = lines.filter((line) => line.includes(spelling));
      if (hits.length === 0) continue;
      const first = hits[0]!;
      const at = first.indexOf(spelling);
      found.push(
        `${label} (${JSON.stringify(spelling)}) in ${hits.length} log lines, e.g. …${first.slice(Math.max(0, at - 160), at + spelling.length + 80).trim()}…`,
      );
      break;
    }
  }
  return found;
}
