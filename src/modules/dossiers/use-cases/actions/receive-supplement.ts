import { getVersion } from '../../../catalog/index.js';
import { getDueAt, restartClock, resumeClock } from '../../../cases/index.js';
import { moveActiveTaskDue } from '../../dossier-tasks.js';
import type { ActionHandler } from './action-context.js';

/**
 * The supplement arrives. A procedure that may pause for a supplement resumes its clock: the
 * appointment moves by the time spent waiting for the applicant. Otherwise the law's rule applies:
 * the time limit is counted again from zero from the complete dossier (legal-rules §1.3, art. 19(4)).
 * The step in progress moves with it (dossier-tasks.ts: its due time moves by the pause, or its
 * budget counts again from now).
 */
export const receiveSupplement: ActionHandler<unknown> = async ({ tx, dossier, calendar, clock, now }) => {
  if (!clock) return { data: {} };
  const procedure = await getVersion(tx, dossier.procedureCode, dossier.procedureVersion);
  const rule = procedure.data.canPauseForSupplement ? 'resume' : 'restart';
  const next = rule === 'resume' ? resumeClock(calendar, clock, now) : restartClock(calendar, clock, now);
  const dueAt = new Date(getDueAt(calendar, next, now)).toISOString();
  const stepDueAt = await moveActiveTaskDue(
    tx,
    rule === 'resume'
      ? { dossierId: dossier.id, calendar, pausedMs: next.pauses.at(-1)?.workingMs ?? 0 }
      : { dossierId: dossier.id, calendar, restartAt: now.getTime() },
  );
  return { clock: next, changes: { dueAt }, data: { dueAt, clockRule: rule, ...(stepDueAt ? { stepDueAt } : {}) } };
};
