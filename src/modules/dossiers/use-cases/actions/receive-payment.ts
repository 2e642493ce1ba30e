import { getDueAt, resumeClock } from '../../../cases/index.js';
import type { ActionHandler } from './action-context.js';

/** The obligation is fulfilled: processing resumes and the appointment moves by the time the citizen took to pay. */
export const receivePayment: ActionHandler<{ note?: string | undefined }> = async ({ calendar, clock, now }, command) => {
  if (!clock) return { data: { note: command.note } };
  const resumed = resumeClock(calendar, clock, now);
  const dueAt = new Date(getDueAt(calendar, resumed, now)).toISOString();
  return { clock: resumed, changes: { dueAt }, data: { dueAt, note: command.note } };
};
