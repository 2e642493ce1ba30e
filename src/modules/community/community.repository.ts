import { and, asc, count, desc, eq, inArray, lte, type SQL } from 'drizzle-orm';
import type { MediationCase, Team, teamProblems } from '../../contracts/community.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitSpans } from '../org/index.js';
import { CommunityError } from './community.errors.js';
import { legalAidHint } from './legal-aid-hint.js';
import { mediationCases, mediationTeams, mediators, villageHouseholds } from './community.tables.js';

/** The village's number of households in force on a date (the latest count as of that date), or undefined. */
export async function householdsOn(db: Queryable, unitId: string, date: string): Promise<number | undefined> {
  const [row] = await db
    .select({ count: villageHouseholds.count })
    .from(villageHouseholds)
    .where(and(eq(villageHouseholds.unitId, unitId), lte(villageHouseholds.asOf, date)))
    .orderBy(desc(villageHouseholds.asOf))
    .limit(1);
  return row?.count;
}

type TeamRow = typeof mediationTeams.$inferSelect;
type MediatorRow = typeof mediators.$inferSelect;

/**
 * What the law asks of a team that it lacks on a day (Law 35/2013 art. 12): at least three serving
 * mediators, a woman among them, an ethnic-minority mediator where the area requires one, a leader,
 * and a review within the last year.
 */
export function teamProblemsOn(
  team: TeamRow,
  members: readonly MediatorRow[],
  today: string,
  villageEndedOn: string | null = null,
): (typeof teamProblems)[number][] {
  const serving = members.filter((m) => m.endedOn === null || m.endedOn > today);
  const problems: (typeof teamProblems)[number][] = [];
  if (serving.length < 3) problems.push('fewer_than_three');
  if (!serving.some((m) => m.sex === 'female')) problems.push('no_woman');
  if (team.requiresEthnicMinority && !serving.some((m) => m.isEthnicMinority)) problems.push('no_ethnic_minority');
  if (!serving.some((m) => m.isLeader)) problems.push('no_leader');
  const lastReview = team.reviewedOn ?? team.establishedOn;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  if (lastReview < yearAgo) problems.push('review_overdue');
  if (villageEndedOn !== null && villageEndedOn < today) problems.push('village_ended');
  return problems;
}

function toTeam(row: TeamRow, village: { name: string; validTo: string | null } | undefined, members: MediatorRow[], today: string): Team {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: village?.name ?? '',
    name: row.name,
    decisionRef: row.decisionRef,
    establishedOn: row.establishedOn,
    requiresEthnicMinority: row.requiresEthnicMinority,
    reviewedOn: row.reviewedOn,
    mediators: members.map((m) => ({
      id: m.id,
      teamId: m.teamId,
      fullName: m.fullName,
      sex: m.sex,
      ethnicity: m.ethnicity,
      isEthnicMinority: m.isEthnicMinority,
      isLeader: m.isLeader,
      electedOn: m.electedOn,
      method: m.method,
      votesFor: m.votesFor,
      householdsAtElection: m.householdsAtElection,
      recognitionRef: m.recognitionRef,
      endedOn: m.endedOn,
      endReason: m.endReason,
    })),
    problems: teamProblemsOn(row, members, today, village?.validTo ?? null),
    previousUnits: row.previousUnits,
    version: row.version,
  };
}

export async function getTeamRow(db: Queryable, id: string): Promise<TeamRow> {
  const [row] = await db.select().from(mediationTeams).where(eq(mediationTeams.id, id));
  if (!row) throw new DomainError(CommunityError.TEAM_NOT_FOUND);
  return row;
}

async function viewTeams(db: Queryable, rows: TeamRow[], now: Date): Promise<Team[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select()
    .from(mediators)
    .where(
      inArray(
        mediators.teamId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(mediators.createdAt), asc(mediators.id));
  const villages = await findUnitSpans(
    db,
    rows.map((row) => row.unitId),
  );
  const today = todayInVietnam(now);
  return rows.map((row) =>
    toTeam(
      row,
      villages.get(row.unitId),
      members.filter((m) => m.teamId === row.id),
      today,
    ),
  );
}

export async function getTeam(db: Queryable, id: string, now: Date = new Date()): Promise<Team> {
  const [team] = await viewTeams(db, [await getTeamRow(db, id)], now);
  return team!;
}

export async function selectTeams(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mediationTeams)
      .where(where)
      .orderBy(asc(mediationTeams.name), asc(mediationTeams.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(mediationTeams).where(where),
  ]);
  return { items: await viewTeams(db, rows, new Date()), total: total?.n ?? 0, ...paging };
}

type CaseRow = typeof mediationCases.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function toCase(row: CaseRow): MediationCase {
  const startedOn = row.startedAt ? todayInVietnam(new Date(row.startedAt)) : null;
  return {
    id: row.id,
    teamId: row.teamId,
    unitId: row.unitId,
    year: row.year,
    bookNo: row.bookNo,
    receivedAt: new Date(row.receivedAt).toISOString(),
    grounds: row.grounds as MediationCase['grounds'],
    parties: row.parties.map((party) => ({ fullName: party.fullName, address: party.address ?? null })),
    field: row.field as MediationCase['field'],
    summary: row.summary,
    exclusion: row.exclusion as MediationCase['exclusion'],
    referredTo: row.referredTo,
    mediatorIds: row.mediatorIds,
    chosenByParties: row.chosenByParties,
    status: row.status,
    startDueOn: row.startDueOn,
    startedAt: iso(row.startedAt),
    startedLate: startedOn === null || row.startDueOn === null ? null : startedOn > row.startDueOn,
    endedAt: iso(row.endedAt),
    agreementRef: row.agreementRef,
    handedOn: row.handedOn ?? null,
    legalAidHints: row.parties
      .map((party) => ({ party: party.fullName, groups: legalAidHint(party, todayInVietnam(new Date(row.receivedAt))) }))
      .filter((hint) => hint.groups.length > 0),
    version: row.version,
  };
}

export async function getCaseRow(db: Queryable, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(mediationCases).where(eq(mediationCases.id, id));
  if (!row) throw new DomainError(CommunityError.CASE_NOT_FOUND);
  return row;
}

export const getCase = async (db: Queryable, id: string): Promise<MediationCase> => toCase(await getCaseRow(db, id));

export async function selectCases(
  db: Queryable,
  where: SQL | undefined,
  paging: { page: number; pageSize: number },
): Promise<{ items: MediationCase[]; total: number; page: number; pageSize: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mediationCases)
      .where(where)
      .orderBy(desc(mediationCases.receivedAt), desc(mediationCases.bookNo))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(mediationCases).where(where),
  ]);
  return { items: rows.map(toCase), total: total?.n ?? 0, ...paging };
}
