import { getDueAt, resumeClock } from '../../../cases/index.js';
import type { ActionHandler } from './action-context.js';

/** The supplement arrives: the clock resumes, and the appointment moves by the working time spent waiting for the applicant. */
export const receiveSupplement: ActionHandler<unknown> = async ({ calendar, clock, now }) => {
  if (!clock) return { data: {} };
  const resumed = resumeClock(calendar, clock, now);
  const dueAt = new Date(getDueAt(calendar, resumed, now)).toISOString();
  return { clock: resumed, changes: { dueAt }, data: { dueAt } };
};
