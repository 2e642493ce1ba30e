import { DomainError, validationError } from '../../../../platform/errors/errors.js';
import { getDueAt, rescheduleClock } from '../../../cases/index.js';
import { DossierError } from '../../dossiers.errors.js';
import { lastTimelyApologyDay, oneStopRulesOn, vietnamDayOf } from '../../one-stop-rules.js';
import type { ActionHandler } from './action-context.js';

/**
 * The apology and the new appointment (Mẫu 04), once per dossier (legal-rules §1.3, art. 19(9)).
 * The law asks for it at least one working day before the appointment; a late apology is still
 * owed to the applicant, so it is accepted and recorded as late rather than refused. The new date
 * is a working day after both now and the current appointment.
 */
export const reschedule: ActionHandler<{ reason: string; newDueAt: string }> = async ({ dossier, calendar, clock, now }, command) => {
  const receivedAtMs = dossier.receivedAt ? Date.parse(dossier.receivedAt) : dossier.createdAt.getTime();
  const rules = oneStopRulesOn(vietnamDayOf(receivedAtMs));
  if (dossier.rescheduleCount >= rules.rescheduleLimit || !clock) {
    throw new DomainError(DossierError.DOSSIER_RESCHEDULE_LIMIT, {
      count: dossier.rescheduleCount,
      limit: rules.rescheduleLimit,
      basis: rules.basis,
    });
  }
  const at = now.getTime();
  const dueAt = getDueAt(calendar, clock, at);
  const newDueAt = Date.parse(command.newDueAt);
  checkNewDate(calendar.isWorkingDay(vietnamDayOf(newDueAt)), newDueAt > Math.max(dueAt, at));
  const lastTimelyDay = lastTimelyApologyDay(calendar, dueAt, rules);
  const newDueAtIso = new Date(newDueAt).toISOString();
  return {
    clock: rescheduleClock(calendar, clock, { newDueAt, at }),
    changes: { rescheduleCount: dossier.rescheduleCount + 1, dueAt: newDueAtIso },
    data: {
      reason: command.reason,
      previousDueAt: new Date(dueAt).toISOString(),
      newDueAt: newDueAtIso,
      isTimely: vietnamDayOf(at) <= lastTimelyDay,
      lastTimelyDay,
    },
    notice: 'rescheduled',
  };
};

function checkNewDate(isWorkingDay: boolean, isLater: boolean) {
  if (!isLater) {
    throw validationError([
      {
        field: 'newDueAt',
        code: 'not_later',
        message: {
          vi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm này.',
          en: 'Must be after the current appointment and after now.',
        },
      },
    ]);
  }
  if (!isWorkingDay) {
    throw validationError([
      {
        field: 'newDueAt',
        code: 'not_working_day',
        message: { vi: 'Ngày hẹn mới phải là ngày làm việc.', en: 'The new appointment must fall on a working day.' },
      },
    ]);
  }
}
