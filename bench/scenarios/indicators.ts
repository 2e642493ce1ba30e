import { sql } from 'drizzle-orm';
import { findUnitByCode } from '../../src/modules/org/index.js';
import { unitFigures, type Figures } from '../../src/modules/reports/index.js';
import { rowsOf } from '../../src/platform/db/types.js';
import type { Database } from '../../src/platform/db/open-database.js';

export type IndicatorsMeasure = {
  dossiers: number;
  ratings: number;
  runs: number;
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
export async function generateRatings(database: Database): Promise<number> {
  const result = await database.db.execute(sql`
    insert into ratings (dossier_id, transaction, unit_id, officer_id, officer_name, procedure_code, channel, level, transaction_at, rated_at)
    select d.id, 'intake', d.receiving_unit_id, d.received_by, 'Cán bộ một cửa', d.procedure_code, 'kiosk',
      case when h < 740 then 'very_satisfied' when h < 975 then 'satisfied' when h < 995 then 'no_opinion' else 'unsatisfied' end,
      d.received_at, d.received_at + interval '3 minutes'
    from (select *, abs(hashtext(id::text)) % 1500 as h from dossiers where received_at is not null) d
    where d.h < 1000`);
  return (result as { affectedRows?: number; rowCount?: number }).affectedRows ?? (result as { rowCount?: number }).rowCount ?? 0;
}

/** The transparency page's figures for the province (its whole subtree) written as one raw SQL query over the rows. */
async function rawFigures(database: Database, provincePath: string, from: string, to: string) {
  const [row] = rowsOf<Record<string, string | number>>(
    await database.db.execute(sql`
      with scope as (select id from units where path like ${`${provincePath}%`}),
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

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * A unit's indicators (the transparency page's figures) for the province over every generated
 * dossier, as the platform computes them (daily counts kept by triggers), against the same
 * aggregate as one raw SQL query; both timed `runs` times, and their answers compared.
 */
export async function measureIndicators(
  database: Database,
  options: { province: string; from: string; to: string; runs: number },
): Promise<IndicatorsMeasure> {
  const province = await findUnitByCode(database.db, options.province);
  if (!province) throw new Error(`no unit ${options.province}`);
  const request = { unitId: province.id, from: options.from, to: options.to };
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, value };
  };
  await unitFigures(database.db, request);
  await rawFigures(database, province.path, options.from, options.to);
  const ours: number[] = [];
  const raw: number[] = [];
  let last: Figures | undefined;
  let lastRaw: Record<string, number> | undefined;
  for (let run = 0; run < options.runs; run++) {
    const a = await timed(() => unitFigures(database.db, request));
    const b = await timed(() => rawFigures(database, province.path, options.from, options.to));
    ours.push(a.ms);
    raw.push(b.ms);
    last = a.value;
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
    dossiers: last!.dossiers.received,
    ratings: last!.ratings.total,
    runs: options.runs,
    p50: percentile(ours, 50),
    p95: percentile(ours, 95),
    rawP50: percentile(raw, 50),
    rawP95: percentile(raw, 95),
    matches,
  };
}
