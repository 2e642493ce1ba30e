import type { MediatorInput, Team } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam, getTeamRow, householdsOn } from '../community.repository.js';
import { mediators } from '../community.tables.js';
import { isElected } from '../vote-rules.js';

type Deps = { db: Db; access: AccessPolicy };

/**
 * A mediator joins the team once elected by more than half of the village's households on the day
 * of the election (art. 8(3)): the count in the register then is kept with the mediator.
 */
export async function addMediator(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { teamId: string; mediator: MediatorInput },
): Promise<Team> {
  const { db, access } = deps;
  const team = await getTeamRow(db, input.teamId);
  await access.require(principal, CommunityPermission['community.manage'], team.unitId);
  const { mediator } = input;
  const households = await householdsOn(db, team.unitId, mediator.electedOn);
  if (households === undefined) throw new DomainError(CommunityError.HOUSEHOLDS_UNKNOWN);
  if (!isElected(mediator.votesFor, households)) {
    throw new DomainError(CommunityError.MEDIATOR_NOT_ELECTED, { needed: Math.floor(households / 2) + 1, households });
  }
  await runCommand(db, context, async (tx, audit) => {
    const [made] = await tx
      .insert(mediators)
      .values({ ...mediator, teamId: team.id, householdsAtElection: households, recognitionRef: mediator.recognitionRef ?? null })
      .returning({ id: mediators.id });
    audit.record({ action: 'community.mediator_add', entity: 'mediation_team', entityId: team.id, after: { mediatorId: made!.id } });
  });
  return getTeam(db, team.id);
}
