/**
 * Reading a yearly schedule on the server: the schema is the shared contract
 * (src/contracts/calendar.ts); a schedule that breaks it is refused with field errors.
 */
import type { z } from 'zod';
import { YearSchedule } from '../../contracts/calendar.js';
import { DomainError, type FieldError } from '../../platform/errors/errors.js';
import { CalendarError } from './calendar.errors.js';

function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.'),
    code: issue.code,
    message: { vi: issue.message, en: issue.message },
  }));
}

/** Parses a yearly schedule (e.g. from a JSON import); throws SCHEDULE_INVALID with field errors. */
export function parseYearSchedule(input: unknown): YearSchedule {
  const result = YearSchedule.safeParse(input);
  if (result.success) return result.data;
  const fields = toFieldErrors(result.error);
  throw new DomainError(CalendarError.SCHEDULE_INVALID, { count: fields.length }, fields);
}
