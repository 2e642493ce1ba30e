import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { generateDossiers, type GenerateReport } from '../generate-dossiers.js';
import { checkCodes, loadIntake, rawIntakes, setUpIntake, type TrackedDossier } from '../scenarios/intake.js';
import { generateRatings, measureIndicators, type IndicatorsMeasure } from '../scenarios/indicators.js';
import { measureDashboard, type DashboardMeasure } from '../scenarios/dashboard.js';
import { loadHealthz, loadTracking, sampleDossiers } from '../scenarios/tracking.js';
import type { LoadMeasure } from './load.js';
import { benchAdminPassword, startBareTracking, startServerProcess } from './server.js';
import { withTarget, type BenchTarget } from './target.js';

export type HttpOptions = {
  /** Volume dossiers generated before the server starts (the bulk path); 0 for none. */
  dossiers: number;
  connections: number;
  /** Seconds per measured load run. */
  duration: number;
  /** A fixed number of intakes instead of a duration. */
  intakes?: number | undefined;
  logLevel: string;
  scenarios: { intake: boolean; tracking: boolean; indicators: boolean };
};

export type TargetResult = {
  database: BenchTarget['label'];
  generation?: GenerateReport;
  /** Counter intakes at one unit, and spread over SPREAD_UNITS units, each beside its raw SQL reference. */
  intake?: IntakeResult;
  intakeSpread?: IntakeResult;
  tracking?: { lookups: LoadMeasure; repeated: LoadMeasure; bare: LoadMeasure; healthz: LoadMeasure; dossiers: number };
  indicators?: IndicatorsMeasure & { ratingSeconds: number };
  /** The same for one commune of the province. */
  communeIndicators?: IndicatorsMeasure;
  dashboard?: DashboardMeasure;
};

type IntakeResult = { units: number; http: LoadMeasure; raw: LoadMeasure; codes: Awaited<ReturnType<typeof checkCodes>> };

const WARM_UP_SECONDS = 2;
/** The communes of the spread intake: a province's officers receiving at their own counters at once. */
export const SPREAD_UNITS = 10;

/**
 * The HTTP scenarios on one database: data prepared with the server stopped (migrations, the
 * administrator, the demo catalogue, the volume dossiers), then a real server as a child process
 * driven by autocannon, then — server stopped again — the raw SQL reference and the code check
 * on the same database.
 */
export async function runHttpScenarios(target: BenchTarget, options: HttpOptions, log: (line: string) => void): Promise<TargetResult> {
  const result: TargetResult = { database: target.label };
  const sample = await withTarget(target, async (database) => {
    await ensureAdministrator(database.db, { password: benchAdminPassword });
    await loadDemoCatalogue(database.db, systemContext('bench'));
    if (options.dossiers > 0) result.generation = await generateDossiers(database, { count: options.dossiers });
    if (options.scenarios.indicators && result.generation) {
      // A unit's transparency figures over the generated dossiers, against one raw SQL query.
      log(`  ${target.label}: ratings for the volume data, then the province's indicators`);
      const started = performance.now();
      await generateRatings(database);
      const ratingSeconds = (performance.now() - started) / 1000;
      // As after any bulk load: the daily counts were rewritten by every batch, so compact them (they
      // are small); then vacuum and analyse the rest, so that no background vacuum of millions of new
      // rows runs during the measurement.
      for (const table of ['dossier_daily_counts', 'rating_daily_counts']) await database.exec(`VACUUM (FULL, ANALYZE) ${table}`);
      await database.exec('VACUUM (ANALYZE)');
      // (CHECKPOINT needs a superuser or pg_checkpoint; without, the writes are left to the server.)
      if (database.kind === 'postgres')
        await database
          .exec('CHECKPOINT')
          .catch((error: unknown) => log(`  no CHECKPOINT: ${error instanceof Error ? error.message : String(error)}`));
      const period = { from: result.generation.firstDay, to: result.generation.lastDay, runs: 40 };
      const measure = await measureIndicators(database, { unit: '08', ...period });
      result.indicators = { ...measure, ratingSeconds };
      log(`  ${target.label}: a commune's indicators`);
      result.communeIndicators = await measureIndicators(database, { unit: result.generation.units[0]!.code, ...period });
      log(`  ${target.label}: the province's operations dashboard (every registry figure, the units under it)`);
      result.dashboard = await measureDashboard(database, {
        province: '08',
        from: result.generation.firstDay,
        to: result.generation.lastDay,
        runs: 10,
      });
    }
    return options.dossiers > 0 ? sampleDossiers(database, 2000) : [];
  });

  if (!options.scenarios.intake && !options.scenarios.tracking) return result;
  log(`  ${target.label}: starting the server`);
  const server = await startServerProcess(target, { logLevel: options.logLevel });
  let setups: Awaited<ReturnType<typeof setUpIntake>> = [];
  const runs: { units: number; http: LoadMeasure }[] = [];
  let number = 0;
  let trackingRun: { lookups: LoadMeasure; repeated: LoadMeasure; healthz: LoadMeasure; dossiers: TrackedDossier[] } | undefined;
  try {
    setups = await setUpIntake(server.url, options.scenarios.intake ? SPREAD_UNITS : 1);
    const tracked = [];
    log(`  ${target.label}: counter intake, warm-up ${WARM_UP_SECONDS} s`);
    const warmUp = await loadIntake(server.url, setups, {
      connections: options.connections,
      duration: WARM_UP_SECONDS,
      firstNumber: number,
    });
    number = warmUp.lastNumber;
    tracked.push(...warmUp.tracked);
    if (options.scenarios.intake) {
      for (const units of [1, SPREAD_UNITS]) {
        log(
          `  ${target.label}: counter intake at ${units} unit(s), ${options.intakes ? `${options.intakes} dossiers` : `${options.duration} s`} over ${options.connections} connections`,
        );
        const run = await loadIntake(server.url, setups.slice(0, units), {
          connections: options.connections,
          duration: options.duration,
          amount: options.intakes,
          firstNumber: number,
        });
        runs.push({ units, http: run.measure });
        number = run.lastNumber;
        tracked.push(...run.tracked);
      }
    }
    if (options.scenarios.tracking) {
      const lookups = [...tracked, ...sample];
      log(
        `  ${target.label}: tracking over ${lookups.length} dossiers, ${options.duration} s (+${WARM_UP_SECONDS} s warm-up), then /healthz`,
      );
      await loadTracking(server.url, lookups, { connections: options.connections, duration: WARM_UP_SECONDS });
      const measured = await loadTracking(server.url, lookups, options);
      const repeated = await loadTracking(server.url, lookups, { ...options, revalidate: true });
      const healthz = await loadHealthz(server.url, options);
      trackingRun = { lookups: measured, repeated, healthz, dossiers: lookups };
    }
  } finally {
    await server.stop();
  }
  if (trackingRun) {
    // The reference: the same read on the same database through a bare Fastify and the driver, the platform stopped.
    log(`  ${target.label}: tracking's reference, a bare Fastify + driver read of the same dossiers, ${options.duration} s`);
    const bareServer = await startBareTracking(target);
    try {
      await loadTracking(bareServer.url, trackingRun.dossiers, { connections: options.connections, duration: WARM_UP_SECONDS });
      const bare = await loadTracking(bareServer.url, trackingRun.dossiers, options);
      result.tracking = { ...trackingRun, bare, dossiers: trackingRun.dossiers.length };
    } finally {
      await bareServer.stop();
    }
  }

  if (runs.length > 0) {
    log(`  ${target.label}: code check, then the raw SQL intakes`);
    await withTarget(
      target,
      async (database) => {
        const codes = await checkCodes(
          database,
          setups.map((setup) => setup.unit.id),
        );
        if (!codes.isGapFree) log(`  WARNING ${target.label}: the units' dossier codes are not gap-free: ${codes.problem}`);
        for (const run of runs) {
          const raw = await rawIntakes(database, setups.slice(0, run.units), {
            count: run.http.ok,
            concurrency: options.connections,
            firstNumber: number,
          });
          number += run.http.ok;
          const measured: IntakeResult = { units: run.units, http: run.http, raw, codes };
          if (run.units === 1) result.intake = measured;
          else result.intakeSpread = measured;
        }
      },
      { maxConnections: options.connections },
    );
  }
  return result;
}
