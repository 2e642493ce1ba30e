import type { z } from 'zod';
import type { Model, ModelInput } from '../../../contracts/mobilisation-models.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { advanceCase, openCase } from '../../cases/index.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { modelStore } from '../model-type.js';
import { getModel, getModelRow } from '../models.repository.js';

/**
 * A "Dân vận khéo" model is registered at a unit; one that replicates another (nhân rộng) is linked
 * to it, and the original records the replication in the same transaction, so replication is counted.
 */
export async function registerModel(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof ModelInput>,
): Promise<z.infer<typeof Model>> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await getUnitRow(db, input.unitId);
  const original = input.replicatesId ? await getModelRow(db, input.replicatesId) : undefined;
  const id = crypto.randomUUID();
  const at = new Date();
  await runCommand(db, context, async (tx, audit) => {
    await openCase(tx, audit, context, modelStore, {
      event: 'registered',
      at,
      data: { registeredOn: input.registeredOn, ...(original ? { replicates: original.id } : {}) },
      audit: { action: 'community.model_register', after: { unitId: input.unitId, category: input.category } },
      row: {
        id,
        unitId: input.unitId,
        name: input.name,
        category: input.category,
        ownerOrganisation: input.ownerOrganisation,
        field: input.field,
        registeredOn: input.registeredOn,
        objectives: input.objectives ?? null,
        replicatesId: original?.id ?? null,
        recognitions: [],
      },
    });
    if (original) {
      await advanceCase(tx, audit, context, modelStore, {
        caseId: original.id,
        from: { status: original.status, version: original.version },
        event: 'replicated',
        at,
        data: { by: id, unitId: input.unitId },
        audit: { action: 'community.model_replicated', after: { by: id } },
      });
    }
  });
  return getModel(db, id);
}
