import os from 'node:os';
import { sql } from 'drizzle-orm';
import { findUnitByCode, selectSubtreeUnitIds } from '../../src/modules/org/index.js';
import { unitFigures, type Figures } from '../../src/modules/reports/index.js';
import { rowsOf } from '../../src/platform/db/types.js';
import type { Database } from '../../src/platform/db/open-database.js';

export type IndicatorsMeasure = {
  /** The unit measured (its whole subtree): the province, or one of its communes. */
  unit: { code: string; name: string; units: number };
  dossiers: number;
  ratings: number;
  runs: number;
  rawRuns: number;
  p50: number;
  p95: number;
  rawP50: number;
  rawP95: number;
  matches: boolean;
};

/**
 * Ratings for the volume data, set-based: about two in three received dossiers get an intake
 * rating at the counter a few minutes later, mostly very satisfied (the bulk path for volume
 * data; the daily counts follow through the statement-level trigger).
 */
export async function generateRatings(database: Database, options: { parallel?: number } = {}): Promise<number> {
  // On a server, as many statements at once as there are cores, each over a share of the dossiers.
  const parallel = options.parallel ?? (database.kind === 'postgres' ? Math.max(1, os.availableParallelism()) : 1);
  const share = async (part: number) => {
    const result = await database.db.execute(sql`
      insert into ratings (dossier_id, transaction, unit_id, officer_id, officer_name, procedure_code, channel, level, transaction_at, rated_at)
      select d.id, 'intake', d.receiving_unit_id, d.received_by, 'Cán bộ một cửa', d.procedure_code, 'kiosk',
        case when h < 740 then 'very_satisfied' when h < 975 then 'satisfied' when h < 995 then 'no_opinion' else 'unsatisfied' end,
        d.received_at, d.received_at + interval '3 minutes'
      from (select *, abs(hashtext(id::text)) % 1500 as h from dossiers where received_at is not null) d
      where d.h < 1000 and d.h % ${parallel} = ${part}`);
    return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
  };
  const counts = await Promise.all(Array.from({ length: parallel }, (_, part) => share(part)));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The transparency page's figures for a unit (its whole subtree) written as one raw SQL query over the rows. */
async function rawFigures(database: Database, unitPath: string, from: string, to: string) {
  const [row] = rowsOf<Record<string, string | number>>(
    await database.db.execute(sql`
      with scope as (select id from units where path like ${`${unitPath}%`}),
      d as (
        select
          count(*) filter (where received_at is not null and vietnam_day(received_at) between ${from} and ${to}) as received,
          count(*) filter (where channel = 'online' and received_at is not null and vietnam_day(received_at) between ${from} and ${to}) as received_online,
          count(*) filter (where outcome = 'early' and vietnam_day(finished_at) between ${from} and ${to}) as early,
          count(*) filter (where outcome = 'on_time' and vietnam_day(finished_at) between ${from} and ${to}) as on_time,
          count(*) filter (where outcome = 'late' and vietnam_day(finished_at) between ${from} and ${to}) as late
        from dossiers where receiving_unit_id in (select id from scope)),
      r as (
        select count(*) as total, count(*) filter (where level = 'very_satisfied') as very, count(*) filter (where level = 'satisfied') as satisfied
        from ratings where unit_id in (select id from scope) and vietnam_day(rated_at) between ${from} and ${to})
      select * from d, r`),
  );
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
}

const WARM_UP_RUNS = 5;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * A unit's indicators (the transparency page's figures) for the unit over every generated
 * dossier, as the platform computes them (daily counts kept by triggers), against the same
 * aggregate as one raw SQL query; both timed `runs` times, and their answers compared.
 */
export async function measureIndicators(
  database: Database,
  options: { unit: string; from: string; to: string; runs: number },
): Promise<IndicatorsMeasure> {
  const unit = await findUnitByCode(database.db, options.unit);
  if (!unit) throw new Error(`no unit ${options.unit}`);
  const request = { unitId: unit.id, from: options.from, to: options.to };
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, value };
  };
  // Warm-up: a few runs open the pool's connections (a new server process loads its catalog on its
  // first queries, tens of milliseconds) and read the counts into memory, as a server running all day has.
  for (let run = 0; run < WARM_UP_RUNS; run++) await unitFigures(database.db, request);
  await rawFigures(database, unit.path, options.from, options.to);
  const ours: number[] = [];
  const raw: number[] = [];
  let last: Figures | undefined;
  let lastRaw: Record<string, number> | undefined;
  // Ours back to back, as a dashboard is read; then the raw query, which scans every dossier: over
  // millions it runs at most a minute's worth (at least 3 runs).
  for (let run = 0; run < options.runs; run++) {
    const a = await timed(() => unitFigures(database.db, request));
    ours.push(a.ms);
    last = a.value;
  }
  const rawBudgetMs = 60_000;
  let rawMs = 0;
  for (let run = 0; run < options.runs && (run < 3 || rawMs < rawBudgetMs); run++) {
    const b = await timed(() => rawFigures(database, unit.path, options.from, options.to));
    raw.push(b.ms);
    rawMs += b.ms;
    lastRaw = b.value;
  }
  const matches =
    last!.dossiers.received === lastRaw!.received &&
    last!.dossiers.receivedOnline === lastRaw!.received_online &&
    last!.dossiers.early === lastRaw!.early &&
    last!.dossiers.onTime === lastRaw!.on_time &&
    last!.dossiers.late === lastRaw!.late &&
    last!.ratings.total === lastRaw!.total &&
    last!.ratings.verySatisfied === lastRaw!.very &&
    last!.ratings.satisfied === lastRaw!.satisfied;
  return {
    unit: { code: unit.code, name: unit.name, units: (await selectSubtreeUnitIds(database.db, unit.id)).length },
    dossiers: last!.dossiers.received,
    ratings: last!.ratings.total,
    runs: options.runs,
    rawRuns: raw.length,
    p50: percentile(ours, 50),
    p95: percentile(ours, 95),
    rawP50: percentile(raw, 50),
    rawP95: percentile(raw, 95),
    matches,
  };
}
