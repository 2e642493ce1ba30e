import { validationError } from '../../platform/errors/errors.js';
import { formatVietnamInstant } from '../../platform/time/vietnam-time.js';

/** A step recorded a little ahead of the server's clock (a desk clock) is still now. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * The instant a step happened: the one given (an officer recording a paper step afterwards) or
 * now; never in the future, never before the step it follows.
 */
export function stepInstant(field: string, given: string | undefined, now: Date, notBefore?: { at: number; what: string }): Date {
  const at = given ? new Date(given) : now;
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    throw validationError([
      { field, in: 'body', code: 'in_future', message: { vi: 'Không được sau thời điểm hiện tại.', en: 'Cannot be in the future.' } },
    ]);
  if (notBefore && at.getTime() < notBefore.at) {
    const when = formatVietnamInstant(notBefore.at);
    throw validationError([
      {
        field,
        in: 'body',
        code: 'out_of_order',
        message: { vi: `Không được trước ${notBefore.what} (${when}).`, en: `Cannot be before ${notBefore.what} (${when}).` },
      },
    ]);
  }
  return given ? at : new Date(Math.max(at.getTime(), notBefore?.at ?? 0));
}
