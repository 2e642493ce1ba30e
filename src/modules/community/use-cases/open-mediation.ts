import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MediationCase, MediationCaseInput } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { foldText } from '../../../platform/db/search.js';
import { dayNumberToIso, localDayNumberOf, todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { addCalendarDays, calendarFor } from '../../calendar/index.js';
import { openCase } from '../../cases/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getCase, getTeamRow } from '../community.repository.js';
import { mediationBookCounters, mediators } from '../community.tables.js';
import { mediationStore } from '../mediation-type.js';

/** Mediation starts within 3 days of the assignment (Law 35/2013 art. 20(2)), counted as the Civil Code counts days. */
export const START_WITHIN_DAYS = 3;

/**
 * A case enters the team's follow-up book (numbered per team and year): outside the grassroots'
 * scope it is referred at once (art. 3); otherwise its mediators — serving members of the team,
 * none of them a party (art. 18) — must start within 3 days.
 */
export async function openMediation(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: MediationCaseInput,
  now: Date = new Date(),
): Promise<MediationCase> {
  const { db, access } = deps;
  const team = await getTeamRow(db, input.teamId);
  await access.require(principal, CommunityPermission['community.manage'], team.unitId);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationError([
      { field: 'receivedAt', in: 'body', code: 'in_future', message: { vi: 'Chưa đến thời điểm này.', en: 'Not yet.' } },
    ]);
  }
  const receivedOn = todayInVietnam(receivedAt);
  if (input.mediatorIds.length > 0) {
    const serving = await db
      .select({ id: mediators.id, fullName: mediators.fullName, endedOn: mediators.endedOn })
      .from(mediators)
      .where(and(inArray(mediators.id, input.mediatorIds), eq(mediators.teamId, team.id)));
    const active = serving.filter((m) => m.endedOn === null || m.endedOn > receivedOn);
    if (active.length !== new Set(input.mediatorIds).size) throw new DomainError(CommunityError.MEDIATOR_NOT_IN_TEAM);
    const parties = new Set(input.parties.map((party) => foldText(party.fullName)));
    if (active.some((m) => parties.has(foldText(m.fullName)))) throw new DomainError(CommunityError.MEDIATOR_CONFLICT);
  }
  const calendar = await calendarFor(db, team.unitId);
  const startDueOn = input.exclusion
    ? null
    : dayNumberToIso(localDayNumberOf(addCalendarDays(calendar, receivedAt.getTime(), START_WITHIN_DAYS)));
  const id = crypto.randomUUID();
  const year = Number(receivedOn.slice(0, 4));
  await runCommand(db, context, async (tx, audit) => {
    const [counter] = await tx
      .insert(mediationBookCounters)
      .values({ teamId: team.id, year, last: 1 })
      .onConflictDoUpdate({
        target: [mediationBookCounters.teamId, mediationBookCounters.year],
        set: { last: sql`${mediationBookCounters.last} + 1` },
      })
      .returning({ last: mediationBookCounters.last });
    await openCase(tx, audit, context, mediationStore, {
      event: input.exclusion ? 'referred' : 'received',
      at: receivedAt,
      data: { grounds: input.grounds, ...(input.exclusion ? { exclusion: input.exclusion } : {}) },
      audit: { action: 'community.mediation_open', after: { teamId: team.id, year, bookNo: counter!.last } },
      row: {
        id,
        teamId: team.id,
        unitId: team.unitId,
        year,
        bookNo: counter!.last,
        receivedAt: receivedAt.toISOString(),
        grounds: input.grounds,
        parties: input.parties,
        field: input.field,
        summary: input.summary,
        exclusion: input.exclusion ?? null,
        referredTo: input.referredTo ?? null,
        mediatorIds: input.mediatorIds,
        chosenByParties: input.chosenByParties,
        startDueOn,
      },
    });
  });
  return getCase(db, id);
}
