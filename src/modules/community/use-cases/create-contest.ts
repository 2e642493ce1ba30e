import type { z } from 'zod';
import type { ContestInput } from '../../../contracts/mobilisation-models.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { contests } from '../community.tables.js';
import { getContest } from '../models.repository.js';

type Deps = { db: Db; access: AccessPolicy };

/** A contest is announced: organiser, rules, the period entries are taken in. */
export async function createContest(deps: Deps, principal: Principal, context: CommandContext, input: z.infer<typeof ContestInput>) {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await getUnitRow(db, input.unitId);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(contests).values({ id, ...input, rules: input.rules ?? null });
    audit.record({ action: 'community.contest_create', entity: 'contest', entityId: id, after: { unitId: input.unitId } });
  });
  return getContest(db, id);
}
