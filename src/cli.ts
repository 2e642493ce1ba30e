import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { systemContext } from './platform/audit/audit.js';
import { verifyAuditChain } from './platform/audit/verify-audit-chain.js';
import { ConfigError, readConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/data-dir-lock.js';
import { migrate, planMigrations } from './platform/db/migrate.js';
import { backupCommand, restoreCommand } from './platform/backup/backup-cli.js';
import { openDatabase, type Database } from './platform/db/open-database.js';
import { DomainError } from './platform/errors/errors.js';
import { createAccessPolicy, findUnitByCode, importReferenceUnits } from './modules/org/index.js';
import { calendarFor, computeDueAt } from './modules/calendar/index.js';
import { formatInstantIso } from './platform/time/vietnam-time.js';
import { importUnits } from './modules/org/use-cases/import-units.js';
import { loadDemoCatalogue } from './modules/catalog/index.js';
import { importProcedures } from './modules/catalog/use-cases/import-procedures.js';
import type { Principal } from './platform/auth/principal.js';

const usage = `motcua — administration command

  motcua migrate [--dry-run]             apply pending database migrations (--dry-run: list them, run nothing)
  motcua backup <file> [--without-files] write a backup: the database as one consistent snapshot and the
                                         local file store's files (an S3 store is named, not copied); with
                                         the embedded database it works while the server runs
  motcua restore <file>                  restore a backup into a new data folder or an empty schema, then
                                         apply the migrations newer than it (refuses a newer version's file)
  motcua units import --province <code> [--history]
                                         load one province (post-2025 code, e.g. 08) from the
                                         reference tables; --history adds the pre-2025 units it
                                         came from and the succession links
  motcua units import --all [--history]  the whole country
  motcua units import --file <path.csv|path.json> [--dry-run]
                                         import units from a file (nothing when a row is wrong)
  motcua catalog load-demo               load the demo procedure catalogue (sample data)
  motcua catalog import <file.json|file.xlsx> [--dry-run]
                                         import procedures (nothing when a row is wrong)
  motcua calendar due --start <ISO-8601 instant> --working-days <N> [--unit <code>]
                                         the due instant (ISO 8601, +07:00) of N working days
  motcua audit verify                    check the audit log's hash chain

Settings come from the environment as for the server (DATABASE_URL, MOTCUA_DATA_DIR, MOTCUA_DB_SCHEMA).
With the embedded database, run these while the server is stopped (backup excepted).`;

/** The command line acts as a deployment-wide administrator: whoever runs it holds the server's settings. */
const cliPrincipal: Principal = {
  kind: 'token',
  tokenId: '00000000-0000-0000-0000-000000000000',
  tokenName: 'cli',
  role: 'administrator',
  unitId: null,
};

async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schemaName: config.dbSchema,
  });
  try {
    await migrate(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (command === 'backup') return backupCommand(readConfig(), argv.slice(1), (line) => console.log(line));
  if (command === 'restore') return restoreCommand(readConfig(), argv.slice(1), (line) => console.log(line));
  if (command === 'migrate') {
    const config = readConfig();
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.databaseUrl ? undefined : config.dataDir,
      schemaName: config.dbSchema,
    });
    try {
      if (sub === '--dry-run') {
        const plan = await planMigrations(database);
        for (const tag of plan.changed) console.log(`changed after it was applied (migrate will refuse): ${tag}`);
        if (plan.pending.length === 0) console.log(`up to date (${plan.applied} migrations applied); nothing would run`);
        else {
          console.log(`${plan.pending.length} migration(s) would run, in one transaction, after the ${plan.applied} applied:`);
          for (const migration of plan.pending) console.log(`  ${migration.tag} (${migration.statements.length} statements)`);
        }
        return plan.changed.length > 0 ? 1 : 0;
      }
      const report = await migrate(database);
      console.log(report.applied.length > 0 ? `applied: ${report.applied.join(', ')}` : `up to date (${report.alreadyApplied} migrations)`);
    } finally {
      await database.close();
    }
    return 0;
  }
  if (command === 'units' && sub === 'import') {
    const { values } = parseArgs({
      args: rest,
      options: {
        province: { type: 'string' },
        all: { type: 'boolean' },
        history: { type: 'boolean' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
    if (values.file) {
      const file = values.file;
      const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
      return withDatabase(async (database) => {
        const result = await importUnits({ db: database.db, access: createAccessPolicy(database.db) }, cliPrincipal, systemContext('cli'), {
          format,
          content: fs.readFileSync(file, 'utf8'),
          dryRun: values['dry-run'] ?? false,
        });
        console.log(result.dryRun ? 'dry run: every row is valid' : `imported ${result.imported} units`);
        return 0;
      });
    }
    if (!values.province && !values.all) {
      console.error('units import needs --province <code>, --all or --file <path>');
      return 2;
    }
    return withDatabase(async (database) => {
      const started = Date.now();
      const report = await importReferenceUnits(database.db, systemContext('cli'), {
        province: values.all ? undefined : values.province,
        withHistory: values.history ?? false,
        onProgress: (done, total, message) => console.log(`… ${message.en} (${done}/${total})`),
      });
      console.log(
        `imported ${report.units} units and ${report.successions} succession links (${report.skipped} already present) for ${report.provinces.length} province(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return 0;
    });
  }
  if (command === 'catalog' && sub === 'load-demo') {
    return withDatabase(async (database) => {
      const result = await loadDemoCatalogue(database.db, systemContext('cli'));
      console.log(`demo catalogue: ${result.created} procedures loaded, ${result.skipped} already present`);
      return 0;
    });
  }
  if (command === 'catalog' && sub === 'import') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'dry-run': { type: 'boolean' } } });
    const file = positionals[0];
    if (!file) {
      console.error('catalog import needs a file');
      return 2;
    }
    const isXlsx = file.toLowerCase().endsWith('.xlsx');
    return withDatabase(async (database) => {
      const report = await importProcedures(
        { db: database.db, access: createAccessPolicy(database.db) },
        cliPrincipal,
        systemContext('cli'),
        {
          format: isXlsx ? 'xlsx' : 'json',
          content: isXlsx ? fs.readFileSync(file).toString('base64') : fs.readFileSync(file, 'utf8'),
          dryRun: values['dry-run'] ?? false,
        },
      );
      console.log(`${report.dryRun ? 'dry run: ' : ''}${report.created} created, ${report.revised} revised, ${report.unchanged} unchanged`);
      return 0;
    });
  }
  if (command === 'calendar' && sub === 'due') {
    const { values } = parseArgs({
      args: rest,
      options: {
        start: { type: 'string' },
        'working-days': { type: 'string' },
        'working-hours': { type: 'string' },
        unit: { type: 'string' },
      },
    });
    const start = values.start ? Date.parse(values.start) : Number.NaN;
    const days = values['working-days'] === undefined ? undefined : Number(values['working-days']);
    const hours = values['working-hours'] === undefined ? undefined : Number(values['working-hours']);
    if (!values.start || !/[zZ]|[+-]\d\d:?\d\d$/.test(values.start) || Number.isNaN(start)) {
      console.error('--start needs an ISO 8601 instant with its offset, e.g. 2026-02-13T09:00:00+07:00');
      return 2;
    }
    if (
      (days === undefined) === (hours === undefined) ||
      !Number.isFinite(days ?? hours) ||
      (days ?? hours)! < 0 ||
      (days !== undefined && !Number.isInteger(days))
    ) {
      console.error('give one of --working-days <N> (a whole number) or --working-hours <N>');
      return 2;
    }
    return withDatabase(async (database) => {
      const unit = values.unit ? await findUnitByCode(database.db, values.unit) : undefined;
      if (values.unit && !unit) {
        console.error(`no unit with code ${values.unit}`);
        return 2;
      }
      const calendar = await calendarFor(database.db, unit?.id);
      const dueAt = computeDueAt(
        calendar,
        start,
        days !== undefined ? { value: days, unit: 'working-days' } : { value: hours!, unit: 'working-hours' },
      );
      console.log(formatInstantIso(dueAt));
      return 0;
    });
  }
  if (command === 'audit' && sub === 'verify') {
    return withDatabase(async (database) => {
      const result = await verifyAuditChain(database.db);
      if (result.ok) {
        console.log(`ok (${result.rows} rows)`);
        return 0;
      }
      console.log(`broken at seq ${result.brokenAt}: ${result.reason}`);
      return 1;
    });
  }
  console.log(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) console.error(`motcua: ${error.message}`);
    else if (error instanceof DomainError)
      console.error(`motcua: ${error.code} ${JSON.stringify(error.fields.map((f) => `${f.field}: ${f.message?.en ?? f.code}`))}`);
    else console.error(error);
    process.exit(1);
  },
);
