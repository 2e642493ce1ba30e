import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Matter, MatterVote } from '../../contracts/resident-matters.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames, selectChildUnitIdsOfType } from '../org/index.js';
import { householdsOn } from './community.repository.js';
import { residentVotes } from './community.tables.js';
import { DemocracyError } from './democracy.errors.js';
import { initiativeConsents, residentMatters } from './democracy.tables.js';
import { communeStanding, initiativeProgress, matterBasis, villagesNeeded, villageStanding } from './matter-rules.js';
import { toVote } from './use-cases/record-resident-vote.js';

type MatterRow = typeof residentMatters.$inferSelect;
type VoteRow = typeof residentVotes.$inferSelect;

/** Moves a matter to its next version inside a command; a stale version is refused (412) and nothing is written. */
export async function bumpMatterVersion(tx: Queryable, matter: MatterRow, expected: number): Promise<void> {
  const bumped = await tx
    .update(residentMatters)
    .set({ version: sql`${residentMatters.version} + 1` })
    .where(and(eq(residentMatters.id, matter.id), eq(residentMatters.version, expected)))
    .returning({ id: residentMatters.id });
  if (bumped.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(matter.version) });
}

export async function getMatterRow(db: Queryable, id: string): Promise<MatterRow> {
  const [row] = await db.select().from(residentMatters).where(eq(residentMatters.id, id));
  if (!row) throw new DomainError(DemocracyError.MATTER_NOT_FOUND);
  return row;
}

/** The villages of a commune in operation on a day: the commune-wide matter's voters. */
export const villagesOf = (db: Queryable, communeId: string, on: string) => selectChildUnitIdsOfType(db, communeId, 'village', on);

export function toMatterVote(row: VoteRow, unitName: string): MatterVote {
  const sentLate = row.sentOn && row.sendDueOn ? row.sentOn > row.sendDueOn : null;
  const recognitionLate = row.recognitionDueOn ? (row.recognisedOn ?? null) !== null && row.recognisedOn! > row.recognitionDueOn : null;
  return {
    ...toVote(row, matterBasis),
    matterId: row.matterId,
    unitName,
    clusters: row.clusters ?? null,
    ballot: row.ballot ?? null,
    sendDueOn: row.sendDueOn,
    decisionRef: row.decisionRef,
    sentOn: row.sentOn,
    sentLate,
    recognitionDueOn: row.recognitionDueOn,
    recognition: row.recognition ?? null,
    recognitionRef: row.recognitionRef,
    recognisedOn: row.recognisedOn,
    refusalReason: row.refusalReason,
    recognitionLate,
    version: row.version,
  };
}

/** The votes of a matter in order, grouped by village. */
export async function votesOf(db: Queryable, matterId: string): Promise<VoteRow[]> {
  return db
    .select()
    .from(residentVotes)
    .where(eq(residentVotes.matterId, matterId))
    .orderBy(asc(residentVotes.heldAt), asc(residentVotes.createdAt));
}

type MatterFacts = { votes: VoteRow[]; villages: string[]; consents: { householdCode: string; consentedOn: string }[] };

function toMatter(row: MatterRow, facts: MatterFacts, names: Map<string, string>, households: number | undefined, today: string): Matter {
  const { votes, villages } = facts;
  const standings = villages.map((village) => villageStanding(votes.filter((v) => v.unitId === village)));
  let initiative: Matter['initiative'] = null;
  if (row.proposer === 'citizen_initiative') {
    initiative = initiativeProgress(facts.consents, households, initiativeDay(votes, today));
  }
  const status =
    row.scope === 'commune'
      ? communeStanding(standings, villages.length)
      : standings[0] === 'none'
        ? initiative && !initiative.ready
          ? 'collecting'
          : 'open'
        : standings[0]!;
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: names.get(row.unitId) ?? '',
    scope: row.scope,
    item: row.item,
    title: row.title,
    proposer: row.proposer,
    proposedOn: row.proposedOn,
    form: row.form,
    status,
    initiative,
    villages:
      row.scope === 'commune'
        ? { total: villages.length, passed: standings.filter((s) => s === 'passed').length, needed: villagesNeeded(villages.length) }
        : null,
    votes: votes.map((vote) => toMatterVote(vote, names.get(vote.unitId) ?? '')),
    basis: matterBasis,
    version: row.version,
  };
}

/** The day an initiative's consents are counted on: its first vote, or today while none is held. */
const initiativeDay = (votes: VoteRow[], today: string) => (votes[0] ? todayInVietnam(new Date(votes[0].heldAt)) : today);

/** Matters with their votes, consents and villages in a handful of queries, whatever their number. */
export async function viewMatters(db: Queryable, rows: MatterRow[], today: string): Promise<Matter[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [votes, consents] = await Promise.all([
    db
      .select()
      .from(residentVotes)
      .where(inArray(residentVotes.matterId, ids))
      .orderBy(asc(residentVotes.heldAt), asc(residentVotes.createdAt)),
    db
      .select({
        matterId: initiativeConsents.matterId,
        householdCode: initiativeConsents.householdCode,
        consentedOn: initiativeConsents.consentedOn,
      })
      .from(initiativeConsents)
      .where(inArray(initiativeConsents.matterId, ids)),
  ]);
  const facts = new Map<string, MatterFacts>();
  const voters = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.unitId}|${row.proposedOn}`;
    if (row.scope === 'commune' && !voters.has(key)) voters.set(key, await villagesOf(db, row.unitId, row.proposedOn));
    facts.set(row.id, {
      votes: votes.filter((vote) => vote.matterId === row.id),
      villages: row.scope === 'commune' ? voters.get(key)! : [row.unitId],
      consents: consents.filter((consent) => consent.matterId === row.id),
    });
  }
  const names = await findUnitNames(db, [
    ...rows.map((row) => row.unitId),
    ...[...facts.values()].flatMap((f) => [...f.villages, ...f.votes.map((v) => v.unitId)]),
  ]);
  const views: Matter[] = [];
  for (const row of rows) {
    const fact = facts.get(row.id)!;
    const households =
      row.proposer === 'citizen_initiative' ? await householdsOn(db, row.unitId, initiativeDay(fact.votes, today)) : undefined;
    views.push(toMatter(row, fact, names, households, today));
  }
  return views;
}

export async function getMatter(db: Queryable, id: string, now: Date = new Date()): Promise<Matter> {
  const [view] = await viewMatters(db, [await getMatterRow(db, id)], todayInVietnam(now));
  return view!;
}

export async function selectMatters(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(residentMatters)
      .where(where)
      .orderBy(desc(residentMatters.proposedOn), asc(residentMatters.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(residentMatters).where(where),
  ]);
  return { items: await viewMatters(db, rows, todayInVietnam(new Date())), total: total?.n ?? 0, ...paging };
}
