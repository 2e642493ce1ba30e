import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import type { FormCheck } from '../../platform/http/form-token.js';

/** A refusal found while reading the form, before any file is accepted: shown to the citizen in HTML. */
export class FormProblem extends Error {
  constructor(
    readonly status: number,
    readonly errors: Record<string, string>,
    readonly check?: Exclude<FormCheck, 'ok'>,
  ) {
    super('form refused');
  }
}

const fileErrors: Record<string, string> = {
  FILE_TYPE_NOT_ALLOWED: 'Tệp phải là PDF, JPEG hoặc PNG.',
  FILE_TOO_LARGE: 'Mỗi tệp tối đa 20 MB.',
  UPLOAD_TOO_LARGE: 'Tổng dung lượng các tệp quá lớn: hãy quét với độ phân giải thấp hơn.',
};

/**
 * Errors the citizen can act on, shown on the form: the fields, a file's type or size, a missing
 * document. A body that is not a form at all (malformed multipart) stays a problem+json answer.
 */
export function asFormProblem(error: unknown, fallbackField = 'receivingUnitId'): FormProblem | undefined {
  if (error instanceof FormProblem) return error;
  if (!(error instanceof DomainError)) return undefined;
  if (error.fields.some((field) => field.field === 'body')) return undefined;
  const fileMessage = fileErrors[error.code];
  if (fileMessage) {
    const fieldName = error.fields[0]?.field ?? '';
    const document = /^doc(\d+)$/.exec(fieldName)?.[1];
    return new FormProblem(error.code === 'FILE_TYPE_NOT_ALLOWED' ? 415 : 413, {
      [document ? `documents.${document}` : /^tep\d$/.test(fieldName) ? fieldName : fallbackField]: fileMessage,
    });
  }
  const messages = Object.fromEntries(error.fields.map((field) => [field.field, field.message?.vi ?? 'Chưa đúng.']));
  return new FormProblem(400, Object.keys(messages).length > 0 ? messages : { [fallbackField]: 'Không gửi được.' });
}

/**
 * Where the platform's input guard found a character no text may hold (NUL, half a surrogate pair)
 * in a citizen form's body or in its address: the page answers it in HTML like any other mistake.
 * In the query (where a broken address ends up) it stays a problem+json answer.
 */
export function unsafeTextPlace(error: unknown): { field: string; in: 'body' | 'path' } | undefined {
  if (!(error instanceof DomainError) || error.code !== PlatformError.VALIDATION_FAILED) return undefined;
  const found = error.fields.find((field) => field.code === 'invalid_characters' && (field.in === 'body' || field.in === 'path'));
  return found ? { field: found.field, in: found.in as 'body' | 'path' } : undefined;
}

/** A citizen's message for a field holding such a character. */
export const unsafeTextMessage = 'Có ký tự không hợp lệ: vui lòng gõ lại mục này.';
