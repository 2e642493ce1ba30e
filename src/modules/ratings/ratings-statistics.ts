import { and, between, count, desc, eq, inArray, isNotNull, lt, or, sql, sum } from 'drizzle-orm';
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

/** Dossiers of the period with a complaint about conduct: an unsatisfied rating or a "poor" attitude. */
export async function dossiersWithConductComplaint(db: Queryable, period: UnitPeriod): Promise<Set<string>> {
  if (period.unitIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ dossierId: ratings.dossierId })
    .from(ratings)
    .where(and(inArray(ratings.unitId, [...period.unitIds]), or(eq(ratings.level, 'unsatisfied'), eq(ratings.attitude, 'poor'))));
  return new Set(rows.map((row) => row.dossierId));
}

/** Feedback items opened in the period: how many, answered on time, and open past their deadline at `now`. */
export async function feedbackHandling(
  db: Queryable,
  period: UnitPeriod,
  now: string,
): Promise<{ total: number; answeredOnTime: number; overdueOpen: number }> {
  if (period.unitIds.length === 0) return { total: 0, answeredOnTime: 0, overdueOpen: 0 };
  const [row] = await db
    .select({
      total: count(),
      answeredOnTime:
        sql<number>`count(*) filter (where ${feedbackItems.status} = 'answered' and ${feedbackItems.answeredAt} <= ${feedbackItems.dueAt})`.mapWith(
          Number,
        ),
      overdueOpen: sql<number>`count(*) filter (where ${and(eq(feedbackItems.status, 'open'), lt(feedbackItems.dueAt, now))})`.mapWith(
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
