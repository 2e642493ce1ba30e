/**
 * Volume data for the benchmarks: N realistic dossiers spread over the current communes and wards
 * of one province, the working days of the last months, the commune-level procedures of the demo
 * catalogue (weighted as the demo's counters see them), outcomes early / on time / late, and the
 * statuses that follow from them (recent dossiers still open). Written in batches by the bulk
 * path of the dossiers module (set-based INSERT … SELECT generate_series), not through the intake
 * use case: a million dossiers through the use case would take a day on a small machine.
 *
 *   npx tsx bench/generate-dossiers.ts --dossiers 1000000 [--data-dir DIR] [--no-events]
 *
 * (on PGlite in DIR, a fresh temporary folder by default; on the server of DATABASE_URL in a new
 * schema otherwise). Progress goes to stderr.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { loadCalendar } from '../src/modules/calendar/index.js';
import { demoProcedures } from '../src/modules/catalog/demo/index.js';
import { insertDossierBatch, setCodeCountersAfterBulk, type BulkDossierPlan } from './dossiers-bulk.js';
import { importReferenceUnits } from '../src/modules/org/index.js';
import { todayInVietnam } from '../src/platform/time/vietnam-time.js';
import { units } from '../src/modules/org/org.tables.js';
import { systemContext } from '../src/platform/audit/audit.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase, quoteIdentifier, type Database } from '../src/platform/db/open-database.js';
import { procedureWeights } from '../demo/procedure-mix.js';

export type GeneratedUnit = { id: string; code: string; name: string };
export type GenerateOptions = {
  count: number;
  /** Receiving units; by default the current communes and wards of `province` (imported from the reference tables if missing). */
  units?: GeneratedUnit[];
  province?: string;
  /** Months of receipts ending yesterday (default 12). */
  months?: number;
  batchSize?: number;
  /** Batches written at once (default: the cores on a server, one on the embedded database). */
  parallel?: number;
  withEvents?: boolean;
  now?: Date;
  /** Progress lines; stderr by default. */
  log?: (line: string) => void;
};
export type GenerateReport = {
  count: number;
  seconds: number;
  perSecond: number;
  units: GeneratedUnit[];
  firstDay: string;
  lastDay: string;
  withEvents: boolean;
};

const names = {
  family: [
    'Nguyễn',
    'Nguyễn',
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Dương',
    'Ma',
    'Nông',
    'Hà',
    'Lục',
    'Quan',
    'Giàng',
    'Triệu',
  ],
  middle: ['Văn', 'Văn', 'Thị', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Thanh', 'Quốc', 'Hồng', 'Xuân'],
  given: [
    'An',
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Giang',
    'Hải',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hùng',
    'Hương',
    'Lan',
    'Linh',
    'Long',
    'Mai',
    'Minh',
    'Nam',
    'Nga',
    'Phong',
    'Phương',
    'Quân',
    'Sơn',
    'Thảo',
    'Thắng',
    'Trang',
    'Tuấn',
    'Vân',
    'Yến',
  ],
};

/** The current communes, wards and special zones of a province, importing the province from the reference tables when it is missing. */
export async function communesOf(database: Database, province = '08'): Promise<GeneratedUnit[]> {
  const find = () =>
    database.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.code, province), isNull(units.validTo)));
  let [root] = await find();
  if (!root) {
    await importReferenceUnits(database.db, systemContext('bench'), { province, withHistory: false });
    [root] = await find();
    if (!root) throw new Error(`province ${province} is not in the reference tables`);
  }
  return database.db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, root.id), isNull(units.validTo), inArray(units.type, ['commune', 'ward', 'special_zone'])))
    .orderBy(asc(units.code));
}

/** The plan of a generation: grid, working days, procedures and names (see dossiers.bulk.ts). */
export function planGeneration(options: {
  count: number;
  units: GeneratedUnit[];
  months: number;
  now: Date;
  withEvents: boolean;
}): BulkDossierPlan {
  const calendar = loadCalendar();
  const today = todayInVietnam(options.now);
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - options.months);
  const receipts: string[] = [];
  const later: string[] = [];
  const weighted = new Map(procedureWeights);
  const procedures = demoProcedures
    .filter((procedure) => procedure.isPublished && procedure.levels.includes('commune') && weighted.has(procedure.code))
    .map((procedure) => ({
      code: procedure.code,
      version: 1,
      name: procedure.name,
      workingDays:
        procedure.processingTime.unit === 'on_the_spot'
          ? 0
          : procedure.processingTime.unit === 'working_hours'
            ? Math.ceil(procedure.processingTime.value / 8)
            : procedure.processingTime.value,
      documents: procedure.documents
        .filter((document) => document.isRequired)
        .map((document, index) => ({
          index: index + 1,
          name: document.name,
          form: document.form,
          count: document.count,
          isRequired: true,
        })),
      weight: weighted.get(procedure.code)!,
    }));
  const longest = Math.max(...procedures.map((procedure) => procedure.workingDays));
  for (let ms = start.getTime(); later.length < longest + 8; ms += 86_400_000) {
    const iso = new Date(ms).toISOString().slice(0, 10);
    if (!calendar.isWorkingDay(iso)) continue;
    (iso < today ? receipts : later).push(iso);
  }
  const totalWeight = procedures.reduce((sum, procedure) => sum + procedure.weight, 0);
  const procedureDraw: number[] = [];
  procedures.forEach((procedure, index) => {
    const share = Math.round((procedure.weight / totalWeight) * 1000);
    for (let i = 0; i < share && procedureDraw.length < 1000; i += 1) procedureDraw.push(index + 1);
  });
  while (procedureDraw.length < 1000) procedureDraw.push(1);
  return {
    total: options.count,
    units: options.units,
    workingDays: [...receipts, ...later],
    receiptDays: receipts.length,
    procedures,
    procedureDraw,
    names,
    now: options.now,
    salt: crypto.randomBytes(8).toString('hex'),
    withEvents: options.withEvents,
  };
}

/** Inserts `count` dossiers in batches with progress on stderr; returns the time it took. */
export async function generateDossiers(database: Database, options: GenerateOptions): Promise<GenerateReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const receivingUnits = options.units ?? (await communesOf(database, options.province));
  if (receivingUnits.length === 0) throw new Error('no receiving units to spread the dossiers over');
  const plan = planGeneration({
    count: options.count,
    units: receivingUnits,
    months: options.months ?? 12,
    now: options.now ?? new Date(),
    withEvents: options.withEvents ?? true,
  });
  const firstDay = plan.workingDays[0]!;
  const lastDay = plan.workingDays[plan.receiptDays - 1]!;
  const [taken] = await database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM dossier_code_counters WHERE prefix = ANY($1::text[]) AND day BETWEEN $2 AND $3',
    [receivingUnits.map((unit) => unit.code), firstDay, lastDay],
  );
  if (taken!.n > 0)
    throw new Error(`these units already have dossier codes between ${firstDay} and ${lastDay}: generate into a database without them`);
  const batchSize = options.batchSize ?? 50_000;
  const started = performance.now();
  log(
    `generating ${options.count.toLocaleString('en-US')} dossiers over ${receivingUnits.length} units and ${plan.receiptDays} working days (${firstDay} → ${lastDay})${plan.withEvents ? ', with events' : ''}`,
  );
  // Batches are independent statements: on a server, as many run at once as there are cores (the
  // daily counts' trigger takes its rows in one order, so concurrent batches wait, never deadlock);
  // the embedded database is one connection.
  const parallel = options.parallel ?? (database.kind === 'postgres' ? Math.max(1, os.availableParallelism()) : 1);
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < options.count) {
      const from = next;
      const to = Math.min(options.count, from + batchSize);
      next = to;
      await insertDossierBatch(database, plan, from, to);
      written += to - from;
      const seconds = (performance.now() - started) / 1000;
      const rate = written / seconds;
      log(
        `  ${written.toLocaleString('en-US')} / ${options.count.toLocaleString('en-US')} dossiers, ${seconds.toFixed(0)} s, ${rate.toFixed(0)}/s, ETA ${((options.count - written) / rate).toFixed(0)} s`,
      );
    }
  };
  // A large load on a server writes the rows first and builds the secondary indexes after, sorted,
  // as one restores a dump: maintaining a dozen random-key indexes row by row is most of the work.
  const rebuild = database.kind === 'postgres' && options.count >= 1_000_000;
  if (rebuild)
    await withIndexesBuiltAfter(database, ['dossiers', 'dossier_events'], parallel, log, () =>
      Promise.all(Array.from({ length: parallel }, worker)),
    );
  else await Promise.all(Array.from({ length: parallel }, worker));
  await setCodeCountersAfterBulk(database, plan);
  await database.exec('ANALYZE dossiers; ANALYZE dossier_events; ANALYZE dossier_code_counters');
  const seconds = (performance.now() - started) / 1000;
  log(
    `generated ${options.count.toLocaleString('en-US')} dossiers in ${seconds.toFixed(1)} s (${(options.count / seconds).toFixed(0)} dossiers/s)`,
  );
  return {
    count: options.count,
    seconds,
    perSecond: options.count / seconds,
    units: receivingUnits,
    firstDay,
    lastDay,
    withEvents: plan.withEvents,
  };
}

/**
 * Drops the tables' indexes that back no constraint, runs `work`, and builds them again from their
 * own definitions (`pg_indexes`), `parallel` at a time — also when `work` fails.
 */
async function withIndexesBuiltAfter(
  database: Database,
  tables: string[],
  parallel: number,
  log: (line: string) => void,
  work: () => Promise<unknown>,
): Promise<void> {
  const indexes = await database.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = $1 AND i.tablename = ANY($2::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = $1::regnamespace)
     ORDER BY i.indexname`,
    [database.schemaName, tables],
  );
  for (const index of indexes) await database.exec(`DROP INDEX ${quoteIdentifier(database.schemaName)}.${quoteIdentifier(index.name)}`);
  try {
    await work();
  } finally {
    const started = performance.now();
    const queue = [...indexes];
    const build = async () => {
      for (let index = queue.shift(); index; index = queue.shift())
        await database.exec(`BEGIN; SET LOCAL maintenance_work_mem = '256MB'; ${index.definition}; COMMIT`);
    };
    await Promise.all(Array.from({ length: parallel }, build));
    log(`  ${indexes.length} indexes built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dossiers: { type: 'string', default: '100000' },
      'data-dir': { type: 'string' },
      'batch-size': { type: 'string', default: '50000' },
      'no-events': { type: 'boolean', default: false },
    },
  });
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const schemaName = databaseUrl ? `bench_${crypto.randomBytes(4).toString('hex')}` : 'public';
  const dataDir = databaseUrl ? undefined : (values['data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-gen-')));
  const database = await openDatabase({ databaseUrl, dataDir, schemaName });
  try {
    await migrate(database);
    await generateDossiers(database, {
      count: Number(values.dossiers),
      batchSize: Number(values['batch-size']),
      withEvents: !values['no-events'],
    });
    const [counts] = await database.query<{ dossiers: number; events: number }>(
      'SELECT (SELECT count(*)::int FROM dossiers) AS dossiers, (SELECT count(*)::int FROM dossier_events) AS events',
    );
    process.stderr.write(`${databaseUrl ? `schema ${schemaName}` : dataDir}: ${counts!.dossiers} dossiers, ${counts!.events} events\n`);
  } finally {
    if (databaseUrl) await database.exec(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schemaName)} CASCADE`);
    await database.close();
    if (dataDir && !values['data-dir']) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
