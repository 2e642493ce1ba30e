import { getVersion } from '../../../catalog/index.js';
import { getDueAt, restartClock, resumeClock } from '../../../cases/index.js';
import type { ActionHandler } from './action-context.js';

/**
 * The supplement arrives. A procedure that may pause for a supplement resumes its clock: the
 * appointment moves by the time spent waiting for the applicant. Otherwise the law's rule applies:
 * the time limit is counted again from zero from the complete dossier (legal-rules §1.3, art. 19(4)).
 */
export const receiveSupplement: ActionHandler<unknown> = async ({ tx, dossier, calendar, clock, now }) => {
  if (!clock) return { data: {} };
  const procedure = await getVersion(tx, dossier.procedureCode, dossier.procedureVersion);
  const rule = procedure.data.canPauseForSupplement ? 'resume' : 'restart';
  const next = rule === 'resume' ? resumeClock(calendar, clock, now) : restartClock(calendar, clock, now);
  const dueAt = new Date(getDueAt(calendar, next, now)).toISOString();
  return { clock: next, changes: { dueAt }, data: { dueAt, clockRule: rule } };
};
