import { returnToStep as reopenStep } from '../../dossier-tasks.js';
import type { ActionHandler } from './action-context.js';

/** Sends the dossier back to an earlier step (with the reason); the steps after it wait again. */
export const returnToStep: ActionHandler<{ stepIndex: number; reason: string }> = async (
  { tx, dossier, calendar, now, actor },
  command,
) => {
  if (dossier.status !== 'processing') return { data: {} };
  const { from, to } = await reopenStep(tx, {
    dossierId: dossier.id,
    stepIndex: command.stepIndex,
    calendar,
    now: now.getTime(),
    actor,
    reason: command.reason,
  });
  return { data: { fromStep: from.stepIndex, fromUnitId: from.unitId, toStep: to.stepIndex, toUnitId: to.unitId, reason: command.reason } };
};
