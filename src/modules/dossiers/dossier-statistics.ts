import { and, between, count, inArray, isNotNull, lt, sql, sum } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/types.js';
import { dossierDailyCounts, dossiers, dossierTasks } from './dossiers.tables.js';

/** A period of Vietnam calendar days, both ends included, over a set of receiving units. */
export type UnitPeriod = { unitIds: readonly string[]; from: string; to: string };

export type DossierCounts = { received: number; receivedOnline: number; early: number; onTime: number; late: number };

const vietnamDay = (column: unknown) => sql`vietnam_day(${column})`;

/** Dossiers received, and finished early / on time / late, in the period (from the daily counts). */
export async function sumDossierCounts(db: Queryable, period: UnitPeriod): Promise<DossierCounts> {
  if (period.unitIds.length === 0) return { received: 0, receivedOnline: 0, early: 0, onTime: 0, late: 0 };
  const [row] = await db
    .select({
      received: sum(dossierDailyCounts.received).mapWith(Number),
      receivedOnline: sum(dossierDailyCounts.receivedOnline).mapWith(Number),
      early: sum(dossierDailyCounts.early).mapWith(Number),
      onTime: sum(dossierDailyCounts.onTime).mapWith(Number),
      late: sum(dossierDailyCounts.late).mapWith(Number),
    })
    .from(dossierDailyCounts)
    .where(and(inArray(dossierDailyCounts.unitId, [...period.unitIds]), between(dossierDailyCounts.day, period.from, period.to)));
  return {
    received: row?.received ?? 0,
    receivedOnline: row?.receivedOnline ?? 0,
    early: row?.early ?? 0,
    onTime: row?.onTime ?? 0,
    late: row?.late ?? 0,
  };
}

/** The same counts month by month ("YYYY-MM"), for charts. */
export async function monthlyDossierCounts(db: Queryable, period: UnitPeriod): Promise<(DossierCounts & { month: string })[]> {
  if (period.unitIds.length === 0) return [];
  const month = sql<string>`to_char(${dossierDailyCounts.day}, 'YYYY-MM')`;
  return db
    .select({
      month,
      received: sum(dossierDailyCounts.received).mapWith(Number),
      receivedOnline: sum(dossierDailyCounts.receivedOnline).mapWith(Number),
      early: sum(dossierDailyCounts.early).mapWith(Number),
      onTime: sum(dossierDailyCounts.onTime).mapWith(Number),
      late: sum(dossierDailyCounts.late).mapWith(Number),
    })
    .from(dossierDailyCounts)
    .where(and(inArray(dossierDailyCounts.unitId, [...period.unitIds]), between(dossierDailyCounts.day, period.from, period.to)))
    .groupBy(month)
    .orderBy(month);
}

/** Dossiers still being processed at `at`, and how many of them are past their appointment. */
export async function countInProgress(
  db: Queryable,
  unitIds: readonly string[],
  at: string,
): Promise<{ inProgress: number; overdue: number }> {
  if (unitIds.length === 0) return { inProgress: 0, overdue: 0 };
  const [row] = await db
    .select({ inProgress: count(), overdue: sql<number>`count(*) filter (where ${lt(dossiers.dueAt, at)})`.mapWith(Number) })
    .from(dossiers)
    .where(and(inArray(dossiers.receivingUnitId, [...unitIds]), inArray(dossiers.status, ['processing', 'supplement_requested'])));
  return { inProgress: row?.inProgress ?? 0, overdue: row?.overdue ?? 0 };
}

/**
 * What scoring needs of each dossier finished in the period (legal-rules §3.2 indicators 1–4, 7).
 * The worst step outcome leaves out steps without a time budget (on-the-spot steps): they have no limit to compare with.
 */
export type SettledDossierFacts = {
  id: string;
  receivedBy: string | null;
  procedureCode: string;
  channel: string;
  outcome: 'early' | 'on_time' | 'late';
  supplementCount: number;
  worstStepOutcome: 'early' | 'on_time' | 'late' | null;
};

export async function selectSettledDossierFacts(db: Queryable, period: UnitPeriod): Promise<SettledDossierFacts[]> {
  if (period.unitIds.length === 0) return [];
  const worstStepOutcome = sql<'early' | 'on_time' | 'late' | null>`(select case when bool_or(t.outcome = 'late') then 'late'
      when bool_or(t.outcome = 'on_time') then 'on_time' when bool_or(t.outcome = 'early') then 'early' end
    from ${dossierTasks} t where t.dossier_id = "dossiers"."id" and t.budget_half_hours > 0)`;
  const rows = await db
    .select({
      id: dossiers.id,
      receivedBy: dossiers.receivedBy,
      procedureCode: dossiers.procedureCode,
      channel: dossiers.channel,
      outcome: dossiers.outcome,
      supplementCount: dossiers.supplementCount,
      worstStepOutcome,
    })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.receivingUnitId, [...period.unitIds]),
        isNotNull(dossiers.finishedAt),
        inArray(dossiers.outcome, ['early', 'on_time', 'late']),
        between(vietnamDay(dossiers.finishedAt), period.from, period.to),
      ),
    );
  return rows as SettledDossierFacts[];
}

/** The units that have received dossiers, most active first (for the public unit chooser). */
export async function selectUnitIdsWithDossiers(db: Queryable, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ unitId: dossierDailyCounts.unitId })
    .from(dossierDailyCounts)
    .groupBy(dossierDailyCounts.unitId)
    .orderBy(sql`sum(${dossierDailyCounts.received}) desc`)
    .limit(limit);
  return rows.map((row) => row.unitId);
}
