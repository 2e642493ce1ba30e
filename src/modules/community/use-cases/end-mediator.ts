import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { MediatorEnd, Team } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam, getTeamRow } from '../community.repository.js';
import { mediators } from '../community.tables.js';

type Deps = { db: Db; access: AccessPolicy };

/** A mediator stops serving (resignation, dismissal, art. 11). */
export async function endMediator(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { teamId: string; mediatorId: string; end: z.infer<typeof MediatorEnd> },
): Promise<Team> {
  const { db, access } = deps;
  const team = await getTeamRow(db, input.teamId);
  await access.require(principal, CommunityPermission['community.manage'], team.unitId);
  await runCommand(db, context, async (tx, audit) => {
    const ended = await tx
      .update(mediators)
      .set({ endedOn: input.end.endedOn, endReason: input.end.reason })
      .where(and(eq(mediators.id, input.mediatorId), eq(mediators.teamId, team.id), isNull(mediators.endedOn)))
      .returning({ id: mediators.id });
    if (ended.length === 0) throw new DomainError(CommunityError.MEDIATOR_NOT_FOUND);
    audit.record({
      action: 'community.mediator_end',
      entity: 'mediation_team',
      entityId: team.id,
      after: { mediatorId: input.mediatorId, reason: input.end.reason },
    });
  });
  return getTeam(db, team.id);
}
