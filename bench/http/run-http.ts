import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { generateDossiers, type GenerateReport } from '../generate-dossiers.js';
import { checkCodes, loadIntake, rawIntakes, setUpIntake } from '../scenarios/intake.js';
import { generateRatings, measureIndicators, type IndicatorsMeasure } from '../scenarios/indicators.js';
import { measureDashboard, type DashboardMeasure } from '../scenarios/dashboard.js';
import { loadHealthz, loadTracking, sampleDossiers } from '../scenarios/tracking.js';
import type { LoadMeasure } from './load.js';
import { benchAdminPassword, startServerProcess } from './server.js';
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
  intake?: { http: LoadMeasure; raw: LoadMeasure; codes: Awaited<ReturnType<typeof checkCodes>> };
  tracking?: { lookups: LoadMeasure; healthz: LoadMeasure; dossiers: number };
  indicators?: IndicatorsMeasure & { ratingSeconds: number };
  dashboard?: DashboardMeasure;
};

const WARM_UP_SECONDS = 2;

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
      await database.exec('ANALYZE');
      const measure = await measureIndicators(database, {
        province: '08',
        from: result.generation.firstDay,
        to: result.generation.lastDay,
        runs: 20,
      });
      result.indicators = { ...measure, ratingSeconds };
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
  let setup: Awaited<ReturnType<typeof setUpIntake>> | undefined;
  let http: LoadMeasure | undefined;
  let number = 0;
  try {
    setup = await setUpIntake(server.url);
    const tracked = [];
    if (options.scenarios.intake || options.scenarios.tracking) {
      log(`  ${target.label}: counter intake, warm-up ${WARM_UP_SECONDS} s`);
      const warmUp = await loadIntake(server.url, setup, {
        connections: options.connections,
        duration: WARM_UP_SECONDS,
        firstNumber: number,
      });
      number = warmUp.lastNumber;
      tracked.push(...warmUp.tracked);
    }
    if (options.scenarios.intake) {
      log(
        `  ${target.label}: counter intake, ${options.intakes ? `${options.intakes} dossiers` : `${options.duration} s`} over ${options.connections} connections`,
      );
      const run = await loadIntake(server.url, setup, {
        connections: options.connections,
        duration: options.duration,
        amount: options.intakes,
        firstNumber: number,
      });
      number = run.lastNumber;
      http = run.measure;
      tracked.push(...run.tracked);
    }
    if (options.scenarios.tracking) {
      const lookups = [...tracked, ...sample];
      log(
        `  ${target.label}: tracking over ${lookups.length} dossiers, ${options.duration} s (+${WARM_UP_SECONDS} s warm-up), then /healthz`,
      );
      await loadTracking(server.url, lookups, { connections: options.connections, duration: WARM_UP_SECONDS });
      const measured = await loadTracking(server.url, lookups, options);
      const healthz = await loadHealthz(server.url, options);
      result.tracking = { lookups: measured, healthz, dossiers: lookups.length };
    }
  } finally {
    await server.stop();
  }

  if (options.scenarios.intake && http && setup) {
    const intakeSetup = setup;
    const measured = http;
    log(`  ${target.label}: code check, then ${measured.ok} raw SQL intakes`);
    result.intake = await withTarget(
      target,
      async (database) => {
        const codes = await checkCodes(database, intakeSetup.unit.id);
        if (!codes.isGapFree) log(`  WARNING ${target.label}: the unit's dossier codes are not gap-free: ${codes.problem}`);
        const raw = await rawIntakes(database, intakeSetup, { count: measured.ok, concurrency: options.connections, firstNumber: number });
        return { http: measured, raw, codes };
      },
      { maxConnections: options.connections },
    );
  }
  return result;
}
