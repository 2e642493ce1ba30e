import type { z } from 'zod';
import type { Model, ModelStep } from '../../../contracts/mobilisation-models.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { advanceCase } from '../../cases/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { modelStore } from '../model-type.js';
import { getModel, getModelRow } from '../models.repository.js';

/** The district level ended with the two-level local government. */
const DISTRICT_LEVEL_ENDED = '2025-07-01';
const events = {
  launch: 'launched',
  monitor: 'monitored',
  evaluate: 'evaluated',
  recognise: 'recognised',
  discontinue: 'discontinued',
} as const;

/** A model is launched, followed, evaluated with evidence, recognised by a level (with its decision) or discontinued (If-Match). */
export async function recordModelStep(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { modelId: string; version: number; step: z.infer<typeof ModelStep> },
): Promise<z.infer<typeof Model>> {
  const { db, access } = deps;
  const row = await getModelRow(db, input.modelId);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  const { step } = input;
  if (step.step === 'recognise' && step.level === 'district' && step.on >= DISTRICT_LEVEL_ENDED) {
    throw new DomainError(CommunityError.LEVEL_ABOLISHED);
  }
  const { step: kind, ...data } = step;
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, modelStore, {
      caseId: row.id,
      from: { status: row.status, version: input.version },
      event: events[kind],
      at: new Date(),
      data,
      audit: { action: `community.model_${kind}` },
      changes:
        step.step === 'recognise'
          ? { recognitions: [...row.recognitions, { level: step.level, decisionRef: step.decisionRef, on: step.on }] }
          : {},
    }),
  );
  return getModel(db, row.id);
}
