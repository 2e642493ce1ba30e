import { and, between, count, desc, eq, gte, inArray, isNotNull, lt, sql, sum } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import { startOfVietnamDate } from '../../platform/time/vietnam-time.js';
import type { Queryable } from '../../platform/db/types.js';
import type { UnitPeriod } from '../dossiers/index.js';
import type { RatingCounts } from '../../contracts/ratings.js';
import { feedbackItems, ratingDailyCounts, ratings } from './ratings.tables.js';

export type { RatingCounts };

const NO_OFFICER = '00000000-0000-0000-0000-000000000000';
const levelSums = {
  verySatisfied: sum(ratingDailyCounts.verySatisfied).mapWith(Number),
  satisfied: sum(ratingDailyCounts.satisfied).mapWith(Number),
  noOpinion: sum(ratingDailyCounts.noOpinion).mapWith(Number),
  unsatisfied: sum(ratingDailyCounts.unsatisfied).mapWith(Number),
};
const withTotal = (row: Partial<Omit<RatingCounts, 'total'>> | undefined): RatingCounts => {
  const counts = {
    verySatisfied: row?.verySatisfied ?? 0,
    satisfied: row?.satisfied ?? 0,
    noOpinion: row?.noOpinion ?? 0,
    unsatisfied: row?.unsatisfied ?? 0,
  };
  return { ...counts, total: counts.verySatisfied + counts.satisfied + counts.noOpinion + counts.unsatisfied };
};
const inPeriod = (period: UnitPeriod) =>
  and(inArray(ratingDailyCounts.unitId, [...period.unitIds]), between(ratingDailyCounts.day, period.from, period.to));

/** Ratings by level over the units and days of the period (from the daily counts). */
export async function sumRatingCounts(db: Queryable, period: UnitPeriod): Promise<RatingCounts> {
  if (period.unitIds.length === 0) return withTotal(undefined);
  const [row] = await db.select(levelSums).from(ratingDailyCounts).where(inPeriod(period));
  return withTotal(row);
}

export async function monthlyRatingCounts(db: Queryable, period: UnitPeriod): Promise<(RatingCounts & { month: string })[]> {
  if (period.unitIds.length === 0) return [];
  const month = sql<string>`to_char(${ratingDailyCounts.day}, 'YYYY-MM')`;
  const rows = await db
    .select({ month, ...levelSums })
    .from(ratingDailyCounts)
    .where(inPeriod(period))
    .groupBy(month)
    .orderBy(month);
  return rows.map((row) => ({ month: row.month, ...withTotal(row) }));
}

/** Ratings per officer who served the citizens. */
export async function ratingCountsByOfficer(db: Queryable, period: UnitPeriod): Promise<(RatingCounts & { officerId: string | null })[]> {
  if (period.unitIds.length === 0) return [];
  const rows = await db
    .select({ officerId: ratingDailyCounts.officerId, ...levelSums })
    .from(ratingDailyCounts)
    .where(inPeriod(period))
    .groupBy(ratingDailyCounts.officerId);
  return rows.map((row) => ({ ...withTotal(row), officerId: row.officerId === NO_OFFICER ? null : row.officerId }));
}

const vietnamDay = sql`vietnam_day(${ratings.ratedAt})`;
const ratingsInPeriod = (period: UnitPeriod) =>
  and(inArray(ratings.unitId, [...period.unitIds]), between(vietnamDay, period.from, period.to));

/** Ratings per procedure (read from the ratings themselves). */
export async function ratingCountsByProcedure(db: Queryable, period: UnitPeriod): Promise<(RatingCounts & { procedureCode: string })[]> {
  if (period.unitIds.length === 0) return [];
  const level = (name: string) => sql<number>`count(*) filter (where ${ratings.level} = ${name})`.mapWith(Number);
  const rows = await db
    .select({
      procedureCode: ratings.procedureCode,
      verySatisfied: level('very_satisfied'),
      satisfied: level('satisfied'),
      noOpinion: level('no_opinion'),
      unsatisfied: level('unsatisfied'),
    })
    .from(ratings)
    .where(ratingsInPeriod(period))
    .groupBy(ratings.procedureCode)
    .orderBy(desc(count()));
  return rows.map((row) => ({ ...withTotal(row), procedureCode: row.procedureCode }));
}

/** The instants a period of Vietnam days begins and ends at (the end excluded), for index range scans. */
function instantsOf(period: { from: string; to: string }): { start: string; end: string } {
  return {
    start: new Date(startOfVietnamDate(period.from)).toISOString(),
    end: new Date(startOfVietnamDate(period.to) + 86_400_000).toISOString(),
  };
}

/**
 * A conduct complaint (TT 01/2018 indicator 7: a complaint about harassment or irregularity;
 * Decision 766 indicator 5.4: a complaint): a feedback item — an unsatisfied rating with a comment —
 * about the officer's conduct, because the citizen rated the officer's attitude `poor` or the unit
 * classified the comment as `conduct`, and not disproven by the unit's verification. A comment
 * about the regulations, a policy or the procedure is feedback, not a complaint against anyone.
 */
const isConductComplaint = sql`(${ratings.attitude} = 'poor' or ${feedbackItems.subject} = 'conduct')
  and ${feedbackItems.finding} is distinct from 'disproven'`;

/** The conduct complaints opened at the units before an instant: the dossier and the officer the complaint is about. */
export async function selectConductComplaints(
  db: Queryable,
  scope: { unitIds: readonly string[]; before: string },
): Promise<{ dossierId: string; officerId: string | null }[]> {
  if (scope.unitIds.length === 0) return [];
  return db
    .select({ dossierId: feedbackItems.dossierId, officerId: ratings.officerId })
    .from(feedbackItems)
    .innerJoin(ratings, eq(ratings.id, feedbackItems.ratingId))
    .where(and(inArray(feedbackItems.unitId, [...scope.unitIds]), lt(feedbackItems.openedAt, scope.before), isConductComplaint));
}

/**
 * Decision 766 indicator 5.4's numerator: the dossiers of the units with a "dislike" — an
 * `unsatisfied` rating (the lowest level of the counter scale) given in the period — or a conduct
 * complaint opened in the period; each dossier once.
 */
export async function countDossiersWithDislikeOrComplaint(db: Queryable, period: UnitPeriod): Promise<number> {
  if (period.unitIds.length === 0) return 0;
  const { start, end } = instantsOf(period);
  const units = [...period.unitIds];
  const dislikes = db
    .select({ dossierId: ratings.dossierId })
    .from(ratings)
    // The literal (not a parameter) lets the planner use the partial index of the dislikes.
    .where(
      and(inArray(ratings.unitId, units), sql`${ratings.level} = 'unsatisfied'`, gte(ratings.ratedAt, start), lt(ratings.ratedAt, end)),
    );
  const complaints = db
    .select({ dossierId: feedbackItems.dossierId })
    .from(feedbackItems)
    .innerJoin(ratings, eq(ratings.id, feedbackItems.ratingId))
    .where(
      and(inArray(feedbackItems.unitId, units), gte(feedbackItems.openedAt, start), lt(feedbackItems.openedAt, end), isConductComplaint),
    );
  const either = union(dislikes, complaints).as('either');
  const [row] = await db.select({ n: count() }).from(either);
  return row?.n ?? 0;
}

/**
 * Feedback items opened in the period: how many, answered on time, and open past their deadline,
 * as of `asOf` (the period's end, or now while it runs): an answer given later does not change a
 * closed period.
 */
export async function feedbackHandling(
  db: Queryable,
  period: UnitPeriod,
  asOf: string,
): Promise<{ total: number; answeredOnTime: number; overdueOpen: number }> {
  if (period.unitIds.length === 0) return { total: 0, answeredOnTime: 0, overdueOpen: 0 };
  const answeredBy = sql`${feedbackItems.status} = 'answered' and ${feedbackItems.answeredAt} < ${asOf}`;
  const [row] = await db
    .select({
      total: count(),
      answeredOnTime: sql<number>`count(*) filter (where ${answeredBy} and ${feedbackItems.answeredAt} <= ${feedbackItems.dueAt})`.mapWith(
        Number,
      ),
      overdueOpen: sql<number>`count(*) filter (where not coalesce(${answeredBy}, false) and ${feedbackItems.dueAt} < ${asOf})`.mapWith(
        Number,
      ),
    })
    .from(feedbackItems)
    .where(
      and(
        inArray(feedbackItems.unitId, [...period.unitIds]),
        isNotNull(feedbackItems.openedAt),
        between(sql`vietnam_day(${feedbackItems.openedAt})`, period.from, period.to),
      ),
    );
  return { total: row?.total ?? 0, answeredOnTime: row?.answeredOnTime ?? 0, overdueOpen: row?.overdueOpen ?? 0 };
}
