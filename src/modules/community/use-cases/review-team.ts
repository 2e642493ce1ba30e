import { eq } from 'drizzle-orm';
import type { Team } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam, getTeamRow } from '../community.repository.js';
import { mediationTeams } from '../community.tables.js';

type Deps = { db: Db; access: AccessPolicy };

/** The team's yearly review (art. 12(3)). */
export async function reviewTeam(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { teamId: string; reviewedOn: string },
): Promise<Team> {
  const { db, access } = deps;
  const team = await getTeamRow(db, input.teamId);
  await access.require(principal, CommunityPermission['community.manage'], team.unitId);
  await runCommand(db, context, async (tx, audit) => {
    await tx
      .update(mediationTeams)
      .set({ reviewedOn: input.reviewedOn, version: team.version + 1 })
      .where(eq(mediationTeams.id, team.id));
    audit.record({ action: 'community.team_review', entity: 'mediation_team', entityId: team.id, after: { reviewedOn: input.reviewedOn } });
  });
  return getTeam(db, team.id);
}
