import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pgliteTarget, postgresTarget, type BenchTarget } from '../http/target.js';
import { deriveMix, kinds, PEAK_INTAKES_PER_SECOND, steadyOpenSet } from './mix.js';
import { printSummaries, summarise, type SoakSummary } from './report.js';
import { formatMinutes, runSoak, type SoakOptions } from './soak.js';

/**
 * `npm run soak`: the modelled peak load of a province, twice over, held for N minutes against a
 * real motcua server — first on a PostgreSQL server, then on the embedded database — watching the
 * server's memory, each request kind's p99, errors and the database's growth. Prints a table per
 * database and writes bench/soak/results.json; exits with 1 when a limit is broken.
 *
 *   npm run soak -- [--minutes 30] [--rate-multiplier 2] [--only postgres|pglite] [--peak-intakes 2]
 *                   [--communes 10] [--max-in-flight 256] [--seed 20251] [--log-level warn] [--open N]
 *
 * `--open` sets the dossiers received before the load (default: the province's open set in its
 * steady state at the run's rate, see mix.ts; 0 starts from an empty province).
 *
 * PostgreSQL: DATABASE_URL's server in a fresh schema (dropped afterwards), or without it a
 * throw-away server (scripts/with-postgres.mjs). PGlite: a fresh temporary data folder.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    'rate-multiplier': { type: 'string', default: '2' },
    only: { type: 'string' },
    'peak-intakes': { type: 'string', default: String(PEAK_INTAKES_PER_SECOND) },
    communes: { type: 'string', default: '10' },
    'max-in-flight': { type: 'string', default: '256' },
    seed: { type: 'string', default: '20251' },
    'log-level': { type: 'string', default: 'warn' },
    open: { type: 'string' },
  },
});

const databases = values.only ? [values.only] : ['postgres', 'pglite'];
for (const name of databases) {
  if (name !== 'postgres' && name !== 'pglite') throw new Error(`--only takes postgres or pglite, got "${name}"`);
}

if (databases.includes('postgres') && !process.env.DATABASE_URL) {
  // Run the same command again inside a throw-away PostgreSQL cluster (which sets DATABASE_URL).
  const child = spawn(
    process.execPath,
    [
      path.join(import.meta.dirname, '../../scripts/with-postgres.mjs'),
      process.execPath,
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'run.ts'),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}

function positive(name: string, text: string | undefined, isWhole = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (isWhole && !Number.isInteger(value)))
    throw new Error(`--${name} needs a ${isWhole ? 'whole ' : ''}number > 0, got "${text}"`);
  return value;
}

function wholeOrZero(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number ≥ 0, got "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const options: SoakOptions = {
    minutes: positive('minutes', values.minutes),
    multiplier: positive('rate-multiplier', values['rate-multiplier']),
    peakIntakes: positive('peak-intakes', values['peak-intakes']),
    communes: positive('communes', values.communes, true),
    maxInFlight: positive('max-in-flight', values['max-in-flight'], true),
    seed: positive('seed', values.seed, true),
    logLevel: values['log-level'],
    openDossiers: 0,
  };
  const mix = deriveMix();
  options.openDossiers =
    values.open === undefined ? steadyOpenSet(mix, options.peakIntakes, options.multiplier) : wholeOrZero('open', values.open);
  // A unit's dossier codes allow 9,999 a day: more communes when the run would receive more at one.
  const perCommune =
    (options.peakIntakes * options.multiplier * mix.outcomes.received * options.minutes * 60 + options.openDossiers) / options.communes;
  if (perCommune > 9_000) {
    const communes = Math.ceil((perCommune * options.communes) / 9_000);
    log(`${options.communes} communes would each receive ~${perCommune.toFixed(0)} dossiers (codes allow 9,999 a day): using ${communes}`);
    options.communes = communes;
  }
  log(
    `soak: ${formatMinutes(options.minutes)} at ${options.multiplier}× a province's modelled peak of ${options.peakIntakes} counter intakes/s; ` +
      `per intake: ${kinds.map((kind) => `${mix.perIntake[kind].toFixed(2)} ${kind}`).join(', ')}`,
  );

  const targets: (() => BenchTarget)[] = [];
  if (databases.includes('postgres')) targets.push(() => postgresTarget(process.env.DATABASE_URL!));
  if (databases.includes('pglite')) targets.push(() => pgliteTarget());
  const summaries: SoakSummary[] = [];
  const runs: unknown[] = [];
  const failures: string[] = [];
  for (const makeTarget of targets) {
    const target = makeTarget();
    try {
      const run = await runSoak(target, mix, options, log);
      const summary = summarise(run);
      summaries.push(summary);
      runs.push({ ...summary, samples: run.metrics.samples });
    } catch (error) {
      failures.push(`${target.label}: ${error instanceof Error ? error.message : String(error)}`);
      log(`[${target.label}] the run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      await target.dispose().catch((error: unknown) => log(`[${target.label}] clean-up failed: ${String(error)}`));
    }
  }

  printSummaries(summaries, options.multiplier, (line = '') => console.log(line));
  for (const failure of failures) console.log(`FAILED TO RUN ${failure}`);
  const file = path.join(import.meta.dirname, 'results.json');
  const payload = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    options: { ...options, databases },
    mix: { perIntake: mix.perIntake, outcomes: mix.outcomes, averageSteps: mix.averageSteps, averageOpenDays: mix.averageOpenDays },
    runs,
    failures,
  };
  // One line per 10-second sample, so that a 30-minute run stays readable.
  const text = JSON.stringify(
    payload,
    (key, value: unknown) =>
      key === 'samples' && Array.isArray(value) ? value.map((sample) => `@sample@${JSON.stringify(sample)}`) : value,
    2,
  ).replace(/"@sample@((?:[^"\\]|\\.)*)"/g, (_, escaped: string) => JSON.parse(`"${escaped}"`) as string);
  fs.writeFileSync(file, `${text}\n`);
  console.log(`\nwritten ${path.relative(process.cwd(), file)}`);
  if (failures.length > 0 || summaries.some((summary) => !summary.passed)) process.exitCode = 1;
}
