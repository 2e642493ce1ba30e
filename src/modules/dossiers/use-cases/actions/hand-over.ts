import { DomainError } from '../../../../platform/errors/errors.js';
import { handOver as handOverTask } from '../../dossier-tasks.js';
import { DossierError } from '../../dossiers.errors.js';
import type { ActionHandler } from './action-context.js';

/** Finishes the step in progress and starts the next one, at its unit, with its own due time. */
export const handOver: ActionHandler<{ note?: string | undefined }> = async ({ tx, dossier, calendar, now, actor }, command) => {
  if (dossier.status !== 'processing') return { data: {} };
  const { finished, next } = await handOverTask(tx, { dossierId: dossier.id, calendar, now: now.getTime(), actor, note: command.note });
  if (!next) throw new DomainError(DossierError.DOSSIER_NO_NEXT_STEP);
  return {
    data: {
      fromStep: finished?.stepIndex ?? null,
      fromUnitId: finished?.unitId ?? null,
      toStep: next.stepIndex,
      toUnitId: next.unitId,
      task: next.name,
      stepDueAt: next.dueAt,
      outcome: finished?.outcome ?? null,
      note: command.note,
    },
  };
};
