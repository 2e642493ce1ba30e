import { DomainError, validationError } from '../../../../platform/errors/errors.js';
import { addWorkingDays } from '../../../calendar/index.js';
import { getDueAt, rescheduleClock } from '../../../cases/index.js';
import { DossierError } from '../../dossiers.errors.js';
import type { ActionHandler } from './action-context.js';

/**
 * An apology and a new appointment (Mẫu 04), once per dossier and at least one working day before
 * the current appointment (NĐ 61/2018 art. 19(9)).
 */
export const reschedule: ActionHandler<{ reason: string; newDueAt: string }> = async ({ dossier, calendar, clock, now }, command) => {
  if (dossier.rescheduleCount >= 1 || !clock) throw new DomainError(DossierError.DOSSIER_RESCHEDULE_LIMIT);
  const at = now.getTime();
  const dueAt = getDueAt(calendar, clock, at);
  if (addWorkingDays(calendar, at, 1) > dueAt)
    throw new DomainError(DossierError.DOSSIER_RESCHEDULE_TOO_LATE, { dueAt: new Date(dueAt).toISOString() });
  const newDueAt = Date.parse(command.newDueAt);
  if (newDueAt <= dueAt) {
    throw validationError([
      {
        field: 'newDueAt',
        code: 'not_later',
        message: { vi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.', en: 'Must be after the current appointment.' },
      },
    ]);
  }
  const newDueAtIso = new Date(newDueAt).toISOString();
  return {
    clock: rescheduleClock(calendar, clock, { newDueAt, at }),
    changes: { rescheduleCount: dossier.rescheduleCount + 1, dueAt: newDueAtIso },
    data: { reason: command.reason, previousDueAt: dossier.dueAt, newDueAt: newDueAtIso },
    notice: 'rescheduled',
  };
};
