import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { HouseholdCountInput } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { villageHouseholds } from '../community.tables.js';

/** Records (or corrects) a village's number of households as of a date; earlier counts stay for the votes held then. */
export async function recordHouseholds(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { unitId: string; count: z.infer<typeof HouseholdCountInput> },
) {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  const unit = await getUnitRow(db, input.unitId);
  if (unit.type !== 'village') throw new DomainError(CommunityError.NOT_A_VILLAGE);
  const { asOf, count, source } = input.count;
  await runCommand(db, context, async (tx, audit) => {
    await tx
      .insert(villageHouseholds)
      .values({ unitId: input.unitId, asOf, count, source: source ?? null })
      .onConflictDoUpdate({
        target: [villageHouseholds.unitId, villageHouseholds.asOf],
        set: { count, source: source ?? null, recordedAt: sql`now()` },
      });
    audit.record({ action: 'community.households', entity: 'unit', entityId: input.unitId, after: { asOf, count } });
  });
  return { unitId: input.unitId, asOf, count, source: source ?? null };
}
