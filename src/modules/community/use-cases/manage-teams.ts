import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { MediatorEnd, MediatorInput, Team, TeamInput } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getTeam, getTeamRow, householdsOn } from '../community.repository.js';
import { mediationTeams, mediators } from '../community.tables.js';
import { isElected } from '../vote-rules.js';

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
