import type { FastifyInstance } from 'fastify';
import type { Text } from '../i18n/locale.js';
import { DomainError, PlatformError, validationError, type FieldError } from '../errors/errors.js';

/**
 * Text no field may hold, whatever the route: the NUL character (PostgreSQL text cannot store it)
 * and a UTF-16 half without its pair (not Unicode: neither UTF-8 nor JSON in the database can
 * carry it). Checked once at the edge for every route, so no route can forget it.
 */
// eslint-disable-next-line no-control-regex -- NUL is precisely the character refused here.
const unsafeText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(text: string): boolean {
  return !unsafeText.test(text);
}

const unsafeMessage: Text = {
  vi: 'Có ký tự không hợp lệ (ký tự NUL hoặc mã Unicode không hoàn chỉnh).',
  en: 'Holds an invalid character (NUL or an incomplete Unicode character).',
};

/** The path of the first string (value or key) in `value` holding unsafe text, e.g. `applicant.name` or `items.2`. */
export function findUnsafeText(value: unknown, root = ''): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (!isSafeText(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: join(path, String(index)) }));
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        if (!isSafeText(key)) return join(path, '(key)');
        stack.push({ value: item, path: join(path, key) });
      }
    }
  }
  return undefined;
}

export function unsafeTextError(field: string, where: FieldError['in']): ReturnType<typeof validationError> {
  return validationError([{ field, in: where, code: 'invalid_characters', message: unsafeMessage }]);
}

/**
 * Refuses, before any validation or handler runs, a body of a type the route does not declare in
 * its `consumes` (a form route sent text/plain), and a request whose path, query or body holds
 * unsafe text.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
    const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (consumes && mediaType && !consumes.includes(mediaType)) {
      throw new DomainError(PlatformError.UNSUPPORTED_MEDIA_TYPE, {}, [
        {
          field: 'content-type',
          in: 'header',
          code: 'invalid_value',
          message: { vi: `Cần gửi dạng ${consumes.join(', ')}.`, en: `Send ${consumes.join(', ')}.` },
        },
      ]);
    }
    const places = [
      { value: request.params, where: 'path' as const },
      { value: request.query, where: 'query' as const },
      { value: request.body, where: 'body' as const },
    ];
    for (const { value, where } of places) {
      const field = findUnsafeText(value);
      if (field !== undefined) throw unsafeTextError(field || where, where);
    }
  });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
