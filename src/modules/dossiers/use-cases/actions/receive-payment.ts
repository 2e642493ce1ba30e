import { getDueAt, resumeClock } from '../../../cases/index.js';
import { moveActiveTaskDue } from '../../dossier-tasks.js';
import type { ActionHandler } from './action-context.js';

/** The obligation is fulfilled: processing resumes, and the appointment and the step in progress move by the time the citizen took to pay. */
export const receivePayment: ActionHandler<{ note?: string | undefined }> = async ({ tx, dossier, calendar, clock, now }, command) => {
  if (!clock) return { data: { note: command.note } };
  const resumed = resumeClock(calendar, clock, now);
  const dueAt = new Date(getDueAt(calendar, resumed, now)).toISOString();
  const stepDueAt = await moveActiveTaskDue(tx, { dossierId: dossier.id, calendar, pausedMs: resumed.pauses.at(-1)?.workingMs ?? 0 });
  return { clock: resumed, changes: { dueAt }, data: { dueAt, note: command.note, ...(stepDueAt ? { stepDueAt } : {}) } };
};
