import { getDueAt, getStatutoryDueAt, stopClock } from '../../../cases/index.js';
import { handOver, hasWaitingStepAfterActive } from '../../dossier-tasks.js';
import { classifyOutcome } from '../../outcome.js';
import type { ActionContext, ActionOutcome } from './action-context.js';

/**
 * The end of processing — approved, stopped or withdrawn: the steps end (approval hands the
 * dossier to the step that returns the result, when the process has one), the clock stops, and
 * the dossier is early, on time or late against its statutory appointment (a withdrawal is none).
 */
export async function finishProcessing(
  { tx, dossier, calendar, clock, now, actor }: ActionContext,
  options: { isApproval: boolean; isWithdrawal: boolean; data: Record<string, unknown> },
): Promise<ActionOutcome> {
  const at = now.getTime();
  if (dossier.status === 'processing' || dossier.status === 'supplement_requested') {
    const returnStepFollows = options.isApproval && (await hasWaitingStepAfterActive(tx, dossier.id));
    // The return of the result waits for the applicant, who comes on the appointment day.
    const nextNotBefore = returnStepFollows && clock ? getDueAt(calendar, clock, at) : undefined;
    await handOver(tx, { dossierId: dossier.id, calendar, now: at, actor, isFinal: !returnStepFollows, nextNotBefore });
  }
  const changes: ActionOutcome['changes'] = { finishedAt: now.toISOString() };
  if (clock && !options.isWithdrawal) {
    changes.outcome = dossier.supplementCount > 1 ? 'late' : classifyOutcome(at, getStatutoryDueAt(calendar, clock, at));
  }
  return { changes, clock: clock ? stopClock(calendar, clock, at) : clock, data: options.data };
}
