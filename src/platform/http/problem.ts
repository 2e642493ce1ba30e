import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { pickLocale, readBilingual, translate, type Locale, type Text } from '../i18n/locale.js';
import { DomainError, findErrorDefinition, PlatformError, type FieldError } from '../errors/errors.js';

/** RFC 9457 problem details with motcua's stable code and the per-field list. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId: string;
  errors?: { field: string; in?: string; code: string; message: string }[];
};

const issueMessages: Record<string, Text> = {
  invalid_type: { vi: 'Sai kiểu dữ liệu hoặc bị thiếu.', en: 'Missing or of the wrong type.' },
  too_small: { vi: 'Quá ngắn hoặc quá nhỏ.', en: 'Too short or too small.' },
  too_big: { vi: 'Quá dài hoặc quá lớn.', en: 'Too long or too large.' },
  invalid_format: { vi: 'Sai định dạng.', en: 'Wrong format.' },
  invalid_value: { vi: 'Giá trị không được chấp nhận.', en: 'Value not allowed.' },
  unrecognized_keys: { vi: 'Có trường không được hỗ trợ.', en: 'Unknown field(s).' },
  invalid_union: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  custom: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  required: { vi: 'Bắt buộc nhập.', en: 'Required.' },
};

const locationNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

export function buildProblem(request: FastifyRequest, error: unknown): Problem {
  const locale = pickLocale(request.headers['accept-language']);
  if (error instanceof DomainError) return fromDomainError(request, locale, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = locationNames[(error as { validationContext?: string }).validationContext ?? 'body'] ?? 'body';
    const fields = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const params = issue.params as { minimum?: unknown; maximum?: unknown; input?: unknown; keys?: string[] };
      const isMissing = issue.keyword === 'invalid_type' && /received undefined/.test(issue.message ?? '');
      const code = isMissing ? 'required' : issue.keyword;
      const keys = params.keys?.join(', ');
      return {
        field: keys && path === '' ? keys : path || where,
        in: where,
        code,
        message: describeIssue(code, locale, issue.message ?? '', params),
      };
    });
    return problem(request, locale, PlatformError.VALIDATION_FAILED, { count: fields.length }, fields);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: safeError(error) }, 'response did not match its schema');
    return problem(request, locale, PlatformError.INTERNAL, { requestId: request.id });
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return problem(request, locale, PlatformError.PAYLOAD_TOO_LARGE);
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problem(request, locale, PlatformError.UNSUPPORTED_MEDIA_TYPE);
  }
  if (status === 429) return problem(request, locale, PlatformError.RATE_LIMITED);
  if (status >= 400 && status < 500) {
    // Malformed JSON, empty body with a JSON content type and the like.
    const message = { vi: 'Nội dung yêu cầu không đọc được.', en: fastifyError.message };
    return problem(request, locale, PlatformError.VALIDATION_FAILED, { count: 1 }, [
      { field: 'body', in: 'body', code: 'malformed', message: translate(message, locale) },
    ]);
  }
  request.log.error({ err: safeError(error) }, 'unhandled error');
  return problem(request, locale, PlatformError.INTERNAL, { requestId: request.id });
}

function describeIssue(code: string, locale: Locale, zodMessage: string, params: Record<string, unknown>): string {
  const own = readBilingual(zodMessage);
  if (own) return translate(own, locale);
  const text = issueMessages[code];
  if (!text) return zodMessage;
  const base = translate(text, locale);
  if (code === 'too_small' && params.minimum !== undefined) {
    return `${base} ${locale === 'vi' ? 'Tối thiểu' : 'Minimum'}: ${String(params.minimum)}.`;
  }
  if (code === 'too_big' && params.maximum !== undefined) {
    return `${base} ${locale === 'vi' ? 'Tối đa' : 'Maximum'}: ${String(params.maximum)}.`;
  }
  if (code === 'invalid_value' && Array.isArray(params.values)) {
    return `${base} ${locale === 'vi' ? 'Chọn một trong' : 'One of'}: ${params.values.join(', ')}.`;
  }
  if (code === 'custom' && zodMessage && !zodMessage.startsWith('Invalid')) return zodMessage;
  return base;
}

function fromDomainError(request: FastifyRequest, locale: Locale, error: DomainError): Problem {
  const fields = error.fields.map((field: FieldError) => ({
    field: field.field,
    ...(field.in ? { in: field.in } : {}),
    code: field.code,
    message: translate(field.message ?? issueMessages[field.code] ?? issueMessages.custom!, locale, field.params),
  }));
  return problem(request, locale, error.code, error.params, fields);
}

function problem(
  request: FastifyRequest,
  locale: Locale,
  code: string,
  params: Record<string, unknown> = {},
  fields: Problem['errors'] = [],
): Problem {
  const definition = findErrorDefinition(code) ?? findErrorDefinition(PlatformError.INTERNAL)!;
  return {
    type: `urn:motcua:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: translate(definition.title, locale, params),
    status: definition.status,
    ...(definition.detail ? { detail: translate(definition.detail, locale, params) } : {}),
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(fields.length > 0 ? { errors: fields } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * What an unexpected error may say in the logs: its type, message and stack, without the
 * query parameters a failed SQL statement carries (they may hold personal data).
 */
export function safeError(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const strip = (text: string) => text.split(/\nparams:/)[0]!.slice(0, 2000);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return {
    type: err.name,
    message: strip(err.message) + (cause?.message ? ` (cause: ${strip(cause.message)})` : ''),
    ...(cause?.code ? { code: cause.code } : {}),
    ...(err.stack
      ? {
          stack: err.stack
            .split('\n')
            .filter((line) => line.trimStart().startsWith('at '))
            .slice(0, 15)
            .join('\n'),
        }
      : {}),
  };
}
