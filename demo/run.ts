/**
 * npm run demo: a demo deployment for the province of Tuyên Quang in its own data folder
 * (./.data-demo, or MOTCUA_DEMO_DATA_DIR), generated once from a seed through the platform's
 * use cases, then served.
 *
 *   npm run demo -- [--seed 20251] [--months 12] [--communes 10] [--per-day 4] [--no-serve]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { loadDemoCatalogue } from '../src/modules/catalog/index.js';
import { dossiers } from '../src/modules/dossiers/dossiers.tables.js';
import { units } from '../src/modules/org/org.tables.js';
import { systemContext } from '../src/platform/audit/audit.js';
import { verifyAuditChain } from '../src/platform/audit/verify-audit-chain.js';
import { ConfigError, readConfig } from '../src/platform/config.js';
import { DataDirLockedError } from '../src/platform/db/data-dir-lock.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../src/platform/db/open-database.js';
import { startServer } from '../src/server.js';
import { generateActivity, type ActivityReport } from './generate-activity.js';
import {
  centreCode,
  DEMO_PASSWORD,
  FIRST_COMMUNE,
  assignDepartmentSteps,
  generateUnitsAndStaff,
  PROVINCE_CODE,
  type DemoAccount,
} from './generate-units-and-staff.js';
import { formatDuration } from './progress.js';
import { Random } from './random.js';
import { collectFigures, formatAccounts, formatFigures } from './summary.js';

/** Dossiers per active commune per working day, on average (each day draws between half and one and a half times it). */
const DEFAULT_PER_DAY = 1.5;
const DEFAULT_ADMIN_PASSWORD = 'Demo-admin-2025';

const usage = `npm run demo -- [options]

  --seed N       random seed of the generated data (default 20251)
  --months N     months of activity ending today (default 12; not before 1 July 2025)
  --communes N   communes with activity (default 10)
  --per-day N    dossiers per commune per working day, on average (default ${DEFAULT_PER_DAY}; each
                 day draws between half and one and a half times it; about 13 dossiers/s are
                 generated on one core, so 10 communes × 12 months × 1.5 take about 5 minutes)
  --no-serve     generate (if needed) and exit, without starting the server

Data folder: ./.data-demo, or MOTCUA_DEMO_DATA_DIR. Delete it to generate again.
Demo accounts share the password ${DEMO_PASSWORD}; admin uses MOTCUA_ADMIN_PASSWORD or ${DEFAULT_ADMIN_PASSWORD}.`;

type Marker = {
  seed: number;
  months: number;
  communes: number;
  perDay: number;
  generatedAt: string;
  seconds: number;
  activity: ActivityReport;
  accounts: DemoAccount[];
};

/** A problem with the command line or the folder: its message is enough. */
class UsageError extends Error {}

/** This machine's first IPv4 address on a network (phones on the same network reach it), or localhost without one. */
function reachableUrl(port: number): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  return `http://${address ?? 'localhost'}:${port}`;
}

const print = (line = '') => process.stdout.write(`${line}\n`);
const number = (text: string, name: string, isWhole = true) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (isWhole && !Number.isInteger(value)))
    throw new UsageError(`--${name} needs a ${isWhole ? 'whole ' : ''}number ≥ 0, got "${text}"`);
  return value;
};

async function withDatabase<T>(dataDir: string, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir, schemaName: 'public' });
  try {
    await migrate(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

async function generate(
  dataDir: string,
  options: Omit<Marker, 'generatedAt' | 'seconds' | 'activity' | 'accounts'>,
  publicUrl: string,
): Promise<Marker> {
  const started = Date.now();
  const adminPassword = process.env.MOTCUA_ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD;
  return withDatabase(dataDir, async ({ db }) => {
    const random = new Random(options.seed);
    print(
      `generating the demo in ${dataDir} (seed ${options.seed}, ${options.months} months, ${options.communes} communes, ${options.perDay} dossiers per commune per working day)`,
    );
    const org = await generateUnitsAndStaff(db, random.fork('org'), { communes: options.communes, adminPassword, log: print });
    const catalogue = await loadDemoCatalogue(db, systemContext('demo'));
    print(`catalogue: ${catalogue.created} sample procedures`);
    await assignDepartmentSteps(db, print);
    const activity = await generateActivity(db, org, random.fork('activity'), {
      months: options.months,
      perDay: options.perDay,
      nowMs: Date.now(),
      publicUrl,
      filesDir: path.join(dataDir, 'files'),
    });
    print(
      `activity ${activity.from} → ${activity.to}: ${activity.visits} visits, ${activity.received} dossiers received (${activity.online} online), ${activity.actions} processing actions in ${formatDuration(activity.seconds)} (${(activity.received / activity.seconds).toFixed(1)} dossiers/s)`,
    );
    const accounts = org.accounts.map((account) =>
      account.username === 'admin' && process.env.MOTCUA_ADMIN_PASSWORD ? { ...account, password: '(MOTCUA_ADMIN_PASSWORD)' } : account,
    );
    return { ...options, generatedAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000, activity, accounts };
  });
}

async function report(dataDir: string, marker: Marker): Promise<void> {
  await withDatabase(dataDir, async ({ db }) => {
    const [centre] = await db
      .select({ id: units.id })
      .from(units)
      .where(eq(units.code, centreCode(PROVINCE_CODE)));
    if (!centre)
      throw new UsageError(`${dataDir} holds no demo data (no unit ${centreCode(PROVINCE_CODE)}); delete it or choose another folder`);
    const [total] = await db.select({ value: count() }).from(dossiers);
    const audit = await verifyAuditChain(db);
    print('');
    print(
      `Dossiers at the counters, ${marker.activity.from} → ${marker.activity.to} (${total?.value ?? 0} records; on-time rate = early and on time among finished):`,
    );
    print(formatFigures(await collectFigures(db, FIRST_COMMUNE)));
    print('');
    print(`audit chain: ${audit.ok ? `ok (${audit.rows} rows)` : `BROKEN at seq ${audit.brokenAt}: ${audit.reason}`}`);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '20251' },
      months: { type: 'string', default: '12' },
      communes: { type: 'string', default: '10' },
      'per-day': { type: 'string', default: String(DEFAULT_PER_DAY) },
      'no-serve': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  const options = {
    seed: number(values.seed, 'seed'),
    months: number(values.months, 'months'),
    communes: number(values.communes, 'communes'),
    perDay: number(values['per-day'], 'per-day', false),
  };
  const dataDir = path.resolve(process.env.MOTCUA_DEMO_DATA_DIR || './.data-demo');
  // The demo runs on its own embedded database and sends no messages (its phone numbers are invented).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MOTCUA_DATA_DIR: dataDir,
    MOTCUA_UNIT_CODE: PROVINCE_CODE,
    MOTCUA_DEPLOYMENT_NAME: 'Cổng dịch vụ công tỉnh Tuyên Quang',
    // Receipts' QR codes and the addresses in messages must open on a phone: the machine's address on the network, not localhost.
    MOTCUA_PUBLIC_URL: process.env.MOTCUA_PUBLIC_URL || reachableUrl(Number(process.env.PORT ?? 3000)),
  };
  for (const name of ['DATABASE_URL', 'MOTCUA_DB_SCHEMA', 'MOTCUA_SMTP_URL', 'MOTCUA_SMS_URL']) delete env[name];
  const config = readConfig(env);
  const markerFile = path.join(dataDir, 'demo.json');

  let marker: Marker;
  if (fs.existsSync(markerFile)) {
    marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as Marker;
    print(`reusing the demo generated on ${marker.generatedAt} in ${dataDir}; delete the folder to generate again`);
    const differing = (Object.keys(options) as (keyof typeof options)[]).filter((key) => options[key] !== marker[key]);
    if (differing.length > 0)
      print(
        `  (it was generated with ${differing.map((key) => `${key} ${marker[key]}`).join(', ')}; the options given now apply to a new folder only)`,
      );
  } else {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new UsageError(
        `${dataDir} exists but holds no finished demo (no demo.json); delete it or set MOTCUA_DEMO_DATA_DIR to another folder`,
      );
    }
    // Generated beside the folder and moved into place when complete: an interrupted run leaves no half demo.
    const partial = `${dataDir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    marker = await generate(partial, options, config.publicUrl);
    fs.writeFileSync(path.join(partial, 'demo.json'), `${JSON.stringify(marker, null, 2)}\n`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(partial, dataDir);
    print(`generated in ${formatDuration(marker.seconds)}`);
  }
  await report(dataDir, marker);
  print('');
  print('Demo accounts:');
  print(formatAccounts(marker.accounts));
  if (values['no-serve']) return 0;

  const server = await startServer(config, { print });
  print('');
  print(`Serving ${config.deploymentName} on ${server.url}`);
  print(`  citizen portal   ${server.url}/`);
  print(`  officer app      ${server.url}/app   (e.g. lanhdao.bacme / ${DEMO_PASSWORD})`);
  print(`  API docs         ${server.url}/docs`);
  print(
    `Receipts' QR codes and tracking links point at ${config.publicUrl}${process.env.MOTCUA_PUBLIC_URL ? '' : ' (this machine on the network; set MOTCUA_PUBLIC_URL to the address phones should open)'}.`,
  );
  print('Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  print('stopping…');
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const isExpected = error instanceof UsageError || error instanceof DataDirLockedError || error instanceof ConfigError;
    const text = isExpected ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`\ndemo: ${text}\n`);
    process.exit(1);
  },
);
