import { findUnitByCode, childUnits } from '../../src/modules/org/index.js';
import { computeFigures } from '../../src/modules/reports/index.js';
import type { Database } from '../../src/platform/db/open-database.js';

export type DashboardMeasure = { runs: number; children: number; figures: number; p50: number; p95: number };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const headline = [
  'dossiers.received',
  'dossiers.timelyRate',
  'ratings.satisfiedRate',
  'petitions.received',
  'petitions.processed',
  'reception.visits',
  'mediation.successRate',
];

/**
 * The operations dashboard's database work for a province over the generated data, as its route
 * does it: every registry figure of the province (over its lineage), then the headline figures of
 * each unit directly under it; timed `runs` times.
 */
export async function measureDashboard(
  database: Database,
  options: { province: string; from: string; to: string; runs: number },
): Promise<DashboardMeasure> {
  const province = await findUnitByCode(database.db, options.province);
  if (!province) throw new Error(`no unit ${options.province}`);
  const period = { from: options.from, to: options.to };
  const children = await childUnits(database.db, province.id, period);
  const once = async () => {
    const { values } = await computeFigures(database.db, { unitId: province.id, ...period });
    await Promise.all(
      children.slice(0, 200).map((child) => computeFigures(database.db, { unitId: child.id, ...period }, new Date(), headline)),
    );
    return Object.keys(values).length;
  };
  let figures = await once();
  const times: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    figures = await once();
    times.push(performance.now() - started);
  }
  return { runs: options.runs, children: children.length, figures, p50: percentile(times, 50), p95: percentile(times, 95) };
}
