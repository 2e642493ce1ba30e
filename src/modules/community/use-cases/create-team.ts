import type { z } from 'zod';
import type { Team, TeamInput } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam } from '../community.repository.js';
import { mediationTeams } from '../community.tables.js';

type Deps = { db: Db; access: AccessPolicy };

/** A mediation team is set up for a village (the commune chairman's decision, art. 12(2)). */
export async function createTeam(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof TeamInput>,
): Promise<Team> {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  const unit = await getUnitRow(db, input.unitId);
  if (unit.type !== 'village') throw new DomainError(CommunityError.NOT_A_VILLAGE);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(mediationTeams).values({ id, ...input, decisionRef: input.decisionRef ?? null });
    audit.record({ action: 'community.team_create', entity: 'mediation_team', entityId: id, after: { unitId: input.unitId } });
  });
  return getTeam(db, id);
}
