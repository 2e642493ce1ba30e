import fc from 'fast-check';

/** The part of JSON Schema that the routes' zod schemas produce in /openapi.json. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
};
export type Parameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
export type OpenApi = { paths: Record<string, Record<string, Operation>> };
export type OperationRef = { method: string; path: string; operation: Operation; jsonBody: JsonSchema | undefined };

export function listOperations(spec: OpenApi): OperationRef[] {
  return Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
      jsonBody: operation.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

export * from './hostile-values.js';
import { criticalStrings, hostileNumbers, hostileStrings, hostileText, hostileValue } from './hostile-values.js';

const sampleTexts = ['Nguyễn Thị Hằng', 'Phường Hoàn Kiếm', 'Ủy ban nhân dân xã Yên Phú', 'khai sinh', 'Trả kết quả đúng hạn', 'test'];

/**
 * Options of the converter. `realValues`: values that exist (ids, codes) by field name, so that
 * requests reach deep code. `strict`: only values the schema admits — which still include hostile
 * ones that fit it (NUL and lone surrogates in free text, year 0 in a date, the largest integer
 * allowed); otherwise hostile values of any type replace a value one time in `hostileOneIn` (5).
 * `example`: a valid request body, mutated in one place by requestArbitrary.
 */
export type ArbitraryOptions = {
  realValues?: (name: string) => readonly string[];
  strict?: boolean;
  hostileOneIn?: number;
  example?: () => unknown;
};

/** Present one time in `oneIn`, otherwise undefined. */
export function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

/** Undefined one time in `oneIn`, otherwise present. */
export function mostly<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: oneIn - 1, arbitrary }, { weight: 1, arbitrary: fc.constant(undefined) });
}

/** A fast-check arbitrary for one JSON Schema. */
export function schemaArbitrary(
  schema: JsonSchema | undefined,
  options: ArbitraryOptions = {},
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema ?? {}, options, name, depth);
  if (options.strict) return valid;
  return fc.oneof({ weight: (options.hostileOneIn ?? 5) - 1, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

function validArbitrary(schema: JsonSchema, options: ArbitraryOptions, name: string, depth: number): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((variant) => schemaArbitrary(variant, options, name, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) {
    return schemaArbitrary(Object.assign({}, ...schema.allOf) as JsonSchema, options, name, depth);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? [...schema.type] : schema.type ? [schema.type] : [];
  if (schema.nullable && !types.includes('null')) types.push('null');
  if (types.length === 0) return schema.properties ? objectArbitrary(schema, options, depth) : anyJson(depth);
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, options, name, depth)));
}

function typedArbitrary(type: string, schema: JsonSchema, options: ArbitraryOptions, name: string, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return numberArbitrary(type, schema, options);
    case 'string':
      return stringArbitrary(schema, options, name);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, minLength + 3));
      const items = depth > 4 ? fc.constant(null) : schemaArbitrary(schema.items, options, name, depth + 1);
      return fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema, options, depth);
    default:
      return anyJson(depth);
  }
}

function numberArbitrary(type: string, schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  const inRange =
    type === 'integer'
      ? fc.integer({ min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER) })
      : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const step = schema.multipleOf;
  const fitted = step ? inRange.map((n) => Math.round(Number(n) / step) * step) : inRange;
  const edges = options.strict ? [min, max] : [min, max, min - 1, max + 1];
  return fc.oneof({ weight: 4, arbitrary: fitted }, { weight: 1, arbitrary: fc.constantFrom(...edges) });
}

function stringArbitrary(schema: JsonSchema, options: ArbitraryOptions, name: string): fc.Arbitrary<unknown> {
  const real = options.realValues?.(name) ?? [];
  const realArbitrary = real.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...real) }] : [];
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? Infinity;
  const pattern = compile(schema.pattern);
  const fits = (text: string) => text.length >= minLength && text.length <= maxLength && (!pattern || pattern.test(text));
  const critical = criticalStrings.filter(fits);
  const others = hostileStrings.filter((text) => fits(text) && !critical.includes(text));
  const hostileFitting = [
    ...(critical.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...critical) }] : []),
    ...(others.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...others) }] : []),
  ];
  if (options.strict) return fc.oneof(...realArbitrary, { weight: 4, arbitrary: shapedString(schema, true) }, ...hostileFitting);
  const shown = Math.min(maxLength, 5000);
  const boundaries = [minLength > 0 ? 'a'.repeat(minLength - 1) : undefined, 'a'.repeat(shown), 'a'.repeat(shown + 1)].filter(
    (text): text is string => text !== undefined,
  );
  return fc.oneof(...realArbitrary, { weight: 4, arbitrary: shapedString(schema, false) }, ...hostileFitting, {
    weight: 1,
    arbitrary: fc.constantFrom(...boundaries),
  });
}

/** A date written as a plain pattern (`^\d{4}-\d{2}-\d{2}$`) is still a date. */
const formatOf = (schema: JsonSchema) =>
  schema.format ?? (schema.pattern && /^\^?\\d\{4\}-\\d\{2\}-\\d\{2\}\$?$/.test(schema.pattern) ? 'date' : undefined);

function shapedString(schema: JsonSchema, strict: boolean): fc.Arbitrary<string> {
  const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
  switch (formatOf(schema)) {
    case 'uuid':
      return fc.oneof(fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'));
    case 'date':
      return fc.oneof(
        { weight: 6, arbitrary: isoDate.map((d) => d.toISOString().slice(0, 10)) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '1900-01-01', '2100-12-31', '1582-10-10'),
        },
        { weight: 1, arbitrary: matching(schema.pattern) ?? fc.constant('2025-01-01') },
      );
    case 'date-time':
      return fc.oneof(
        { weight: 6, arbitrary: isoDate.map((d) => d.toISOString()) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '2025-07-01T08:00:00+07:00',
            '0000-01-01T00:00:00Z',
            '0001-01-01T00:00:00Z',
            '9999-12-31T23:59:59Z',
            '2025-07-01T08:00:00.123456789Z',
          ),
        },
        { weight: 1, arbitrary: matching(schema.pattern) ?? fc.constant('2025-01-01T00:00:00Z') },
      );
    case 'email': {
      const samples = fc.constantFrom('a@b.vn', 'nguyen.van.a@example.vn', "o'brien+tag@mail.example.com", `${'a'.repeat(60)}@example.vn`);
      return strict ? samples : fc.oneof(fc.emailAddress(), samples);
    }
    default: {
      const patterned = matching(schema.pattern);
      if (patterned) return strict ? patterned : fc.oneof({ weight: 4, arbitrary: patterned }, { weight: 1, arbitrary: plainText(schema) });
      return plainText(schema);
    }
  }
}

function plainText(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
  const samples = sampleTexts.filter((text) => text.length >= minLength && text.length <= maxLength);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
    { weight: 2, arbitrary: fc.string({ minLength, maxLength }) },
    ...(samples.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...samples) }] : []),
  );
}

function compile(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function matching(pattern: string | undefined): fc.Arbitrary<string> | undefined {
  const regex = compile(pattern);
  return regex ? fc.stringMatching(regex) : undefined;
}

const extraKeys = ['extra', '__proto__', 'constructor', 'prototype', '', '\u0000', 'a'.repeat(300)];

function objectArbitrary(schema: JsonSchema, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant({});
  const entries = Object.entries(schema.properties ?? {});
  const model = Object.fromEntries(entries.map(([key, property]) => [key, schemaArbitrary(property, options, key, depth + 1)]));
  const required = (schema.required ?? []).filter((key) => key in model);
  const complete = entries.length > 0 ? fc.record(model, { requiredKeys: required }) : fc.constant({});
  const partial = entries.length > 0 ? fc.record(model, { requiredKeys: [] }) : fc.constant({});
  const free =
    typeof schema.additionalProperties === 'object'
      ? fc.dictionary(
          schema.propertyNames
            ? (schemaArbitrary(schema.propertyNames, options, 'key', depth + 1).map(String) as fc.Arbitrary<string>)
            : fc.string({ maxLength: 12 }),
          schemaArbitrary(schema.additionalProperties, options, 'value', depth + 1),
          { maxKeys: 3 },
        )
      : fc.constant({});
  if (options.strict) return fc.tuple(complete, free).map(([base, more]) => ({ ...(base as object), ...(more as object) }));
  const extra = rarely(fc.tuple(fc.constantFrom(...extraKeys), hostileValue), 6);
  return fc
    .tuple(fc.oneof({ weight: 5, arbitrary: complete }, { weight: 1, arbitrary: partial }), free, extra)
    .map(([base, more, added]) => {
      const value: Record<string, unknown> = { ...(base as object), ...(more as object) };
      // defineProperty, not assignment: "__proto__" must become an own key that JSON.stringify sends.
      if (added) Object.defineProperty(value, added[0], { value: added[1], enumerable: true, writable: true, configurable: true });
      return value;
    });
}

function anyJson(depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(fc.jsonValue({ maxDepth: depth > 3 ? 1 : 3 }), hostileValue);
}

/** Every place in a JSON value: the path to it and the value there. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => leaves(item, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  return [path];
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[String(head)] = replaceAt(copy[String(head)], rest, replacement);
  return copy;
}

/**
 * A valid example with one place replaced by a hostile value (or left as is one time in five):
 * the rest of the request passes validation, so the hostile value reaches as deep as it can.
 * Text is mostly replaced by hostile text, and numbers by hostile numbers, which often still fit.
 */
export function mutatedExample(example: () => unknown): fc.Arbitrary<unknown> {
  const replacement = fc.record({
    text: fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: hostileValue }),
    number: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) }, { weight: 1, arbitrary: hostileValue }),
    other: hostileValue,
  });
  return fc
    .tuple(fc.nat(), fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: replacement }))
    .map(([index, hostile]) => {
      const value = example();
      const places = leaves(value).filter((path) => path.length > 0);
      if (hostile === undefined || places.length === 0) return value;
      const place = places[index % places.length]!;
      const current = place.reduce<unknown>((node, key) => (node as Record<string, unknown>)[String(key)], value);
      return replaceAt(
        value,
        place,
        typeof current === 'string' ? hostile.text : typeof current === 'number' ? hostile.number : hostile.other,
      );
    });
}
