import crypto from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { appendAuditEntries, type CommandContext } from '../audit/audit.js';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { quoteIdentifier, type Database } from '../db/open-database.js';
import { migrate, readMigrations, type Migration } from '../db/migrate.js';
import type { Tx } from '../db/types.js';
import { DomainError } from '../errors/errors.js';
import type { FileStore } from '../files/file-store.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  damaged,
  type BackupHeader,
  type RestoreSummary,
  type SequenceState,
  type TableStat,
} from './backup-format.js';
import {
  countTables,
  fixTextSettings,
  insertableColumns,
  listForeignKeys,
  listTables,
  literal,
  qualified,
  tableStat,
} from './snapshot-sql.js';

export type RestoreOptions = {
  /** Where the backup's files go; without one, included files are checked and skipped. */
  files?: FileStore | undefined;
  migrations?: Migration[];
  onProgress?: (message: string) => void;
  /** Who restores: the restore is recorded at the end of the restored audit chain. */
  audit?: CommandContext | undefined;
  /** The backup's file name, for that record. */
  source?: string | undefined;
};

const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;

/**
 * Restores a backup into an empty database (a new PGlite folder or an empty schema): the schema
 * is built by the backup's own migrations, every row is loaded with triggers and foreign keys set
 * aside, the keys are checked again, each table's count and checksum must equal the backup's, and
 * only then does it commit. The migrations of this version that came after the backup run next
 * (the upgrade). A backup from a newer version is refused before anything is written.
 */
export async function restoreBackup(database: Database, input: Readable, options: RestoreOptions = {}): Promise<RestoreSummary> {
  try {
    return await restoreStream(database, input, options);
  } finally {
    // Refused early or done: the file is closed either way.
    input.destroy();
  }
}

async function restoreStream(database: Database, input: Readable, options: RestoreOptions): Promise<RestoreSummary> {
  const started = performance.now();
  const say = options.onProgress ?? (() => undefined);
  const gunzip = zlib.createGunzip();
  // A read error of the file (not only of the compression) ends the lines with that error.
  pipeline(input, gunzip, (error) => {
    if (error) gunzip.destroy(error);
  });
  const lines = readLines(gunzip)[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    try {
      const result = await lines.next();
      return result.done ? undefined : result.value;
    } catch (error) {
      // Not gzip, or cut short: zlib's own words say which.
      throw damaged(`the file cannot be read as a compressed backup (${(error as Error).message})`);
    }
  };

  const header = parseHeader(await next());
  const known = options.migrations ?? readMigrations();
  const backupMigrations = checkMigrations(header, known);
  const existing = await countTables(database.db, database.schemaName);
  if (existing > 0) {
    throw new DomainError(BackupError.RESTORE_TARGET_NOT_EMPTY, { where: `schema ${database.schemaName}`, tables: existing });
  }
  let rows = 0;
  let tableCount = 0;
  let files = 0;
  let upgraded: string[] = [];
  // One transaction: the schema, the rows, the upgrade and the files' check commit together or not at all.
  await database.db.transaction(async (tx) => {
    const inTransaction: Database = { ...database, db: tx };
    say(`building the schema of the backup (${backupMigrations.length} migrations)`);
    await migrate(inTransaction, backupMigrations);
    await fixTextSettings(tx);
    const schema = database.schemaName;
    const tables = await listTables(tx, schema);
    const foreignKeys = await listForeignKeys(tx, schema);
    for (const table of tables) await tx.execute(sql.raw(`ALTER TABLE ${qualified(schema, table)} DISABLE TRIGGER USER`));
    for (const key of foreignKeys) {
      await tx.execute(sql.raw(`ALTER TABLE ${qualified(schema, key.table)} DROP CONSTRAINT ${quoteIdentifier(key.name)}`));
    }
    // Rows the migrations themselves wrote (reference data) come back from the backup as they were.
    if (tables.length > 0) await tx.execute(sql.raw(`TRUNCATE ${tables.map((table) => qualified(schema, table)).join(', ')}`));

    let line = await next();
    let sequences: SequenceState[] | undefined;
    let trailer: TableStat[] | undefined;
    while (line !== undefined && trailer === undefined) {
      const control = parseControl(line);
      if (typeof control.table === 'string') {
        const table = control.table;
        if (!tables.includes(table)) throw damaged(`table ${table} is not in the schema of migration ${header.migrations.at(-1)?.tag}`);
        say(`loading ${table}`);
        const loaded = await loadTable(tx, schema, table, next);
        rows += loaded.rows;
        tableCount++;
        line = loaded.nextLine;
        continue;
      }
      if (Array.isArray(control.sequences)) sequences = control.sequences as SequenceState[];
      else if (Array.isArray(control.tables)) trailer = control.tables as TableStat[];
      else throw damaged(`unexpected line in the database part: ${line.slice(0, 80)}`);
      line = await next();
    }
    if (!trailer) throw damaged('the file ends before the database part is complete');
    for (const sequence of sequences ?? []) {
      await tx.execute(
        sql.raw(
          `SELECT setval(${literal(qualified(schema, sequence.name))}::regclass, ${BigInt(sequence.lastValue)}, ${sequence.isCalled ? 'true' : 'false'})`,
        ),
      );
    }
    say('checking foreign keys');
    for (const key of foreignKeys) {
      await tx.execute(
        sql.raw(`ALTER TABLE ${qualified(schema, key.table)} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`),
      );
    }
    for (const table of tables) await tx.execute(sql.raw(`ALTER TABLE ${qualified(schema, table)} ENABLE TRIGGER USER`));
    say('comparing counts and checksums');
    for (const expected of trailer) {
      if (!tables.includes(expected.table))
        throw new DomainError(BackupError.RESTORE_MISMATCH, { table: expected.table, reason: 'missing' });
      const actual = await tableStat(tx, schema, expected.table);
      if (actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
        throw new DomainError(BackupError.RESTORE_MISMATCH, {
          table: expected.table,
          reason: `${actual.rows} rows restored, ${expected.rows} in the backup${actual.rows === expected.rows ? ' (checksums differ)' : ''}`,
        });
      }
    }
    say('applying the migrations newer than the backup');
    upgraded = (await migrate(inTransaction, known)).applied;
    files = await restoreFiles(line, next, options.files, say);
    if (options.audit) {
      await appendAuditEntries(tx, options.audit, [
        {
          action: 'backup.restored',
          entity: 'deployment',
          after: { source: options.source ?? null, backupCreatedAt: header.createdAt, rows, tables: tableCount, files, upgraded },
        },
      ]);
    }
  });
  return { tables: tableCount, rows, files, upgraded, seconds: (performance.now() - started) / 1000 };
}

/** The files part: each file's content is checked against its size and SHA-256 before it is stored. */
async function restoreFiles(
  first: string | undefined,
  next: () => Promise<string | undefined>,
  store: FileStore | undefined,
  say: (message: string) => void,
): Promise<number> {
  let files = 0;
  let line = first;
  while (line !== undefined) {
    const control = parseControl(line);
    if (control.end) return files;
    const file = control.file as { key: string; bytes: number; sha256: string } | undefined;
    if (!file || typeof file.key !== 'string') throw damaged(`unexpected line in the files part: ${line.slice(0, 80)}`);
    const chunks: Buffer[] = [];
    line = await next();
    while (line !== undefined && !line.startsWith('#')) {
      chunks.push(Buffer.from(line, 'base64'));
      line = await next();
    }
    const content = Buffer.concat(chunks);
    if (content.length !== file.bytes || crypto.createHash('sha256').update(content).digest('hex') !== file.sha256) {
      throw damaged(`file ${file.key} does not match its checksum`);
    }
    if (store) await store.put(file.key, content);
    files++;
    if (files % 100 === 0) say(`${files} files`);
  }
  throw damaged('the file ends before its last line: the files part is incomplete');
}

async function loadTable(
  tx: Tx,
  schema: string,
  table: string,
  next: () => Promise<string | undefined>,
): Promise<{ rows: number; nextLine: string | undefined }> {
  const columns = (await insertableColumns(tx, schema, table)).map((column) => `"${column.replaceAll('"', '""')}"`).join(', ');
  const target = qualified(schema, table);
  let batch: string[] = [];
  let chars = 0;
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const payload = `[${batch.join(',')}]`;
    await tx.execute(
      sql`${sql.raw(`INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${target}, `)}${payload}${sql.raw('::json)')}`,
    );
    rows += batch.length;
    batch = [];
    chars = 0;
  };
  let line = await next();
  while (line !== undefined && !line.startsWith('#')) {
    if (!line.startsWith('{')) throw damaged(`a row of ${table} is not a JSON object`);
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
    line = await next();
  }
  await flush();
  return { rows, nextLine: line };
}

function parseControl(line: string): Record<string, unknown> {
  if (!line.startsWith('#')) throw damaged(`expected a control line, found: ${line.slice(0, 80)}`);
  try {
    const value = JSON.parse(line.slice(1)) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw damaged(`a control line is not valid JSON: ${line.slice(0, 80)}`);
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: BackupHeader | undefined;
  try {
    header = line?.startsWith('#') ? ((JSON.parse(line.slice(1)) as { header?: BackupHeader }).header ?? undefined) : undefined;
  } catch {
    header = undefined;
  }
  if (!header || header.format !== BACKUP_FORMAT) {
    throw new DomainError(BackupError.NOT_A_BACKUP, { reason: 'the first line is not a motcua backup header' });
  }
  if (header.version > BACKUP_VERSION) {
    throw new DomainError(BackupError.NOT_A_BACKUP, {
      reason: `backup format ${header.version} is newer than this version reads (${BACKUP_VERSION})`,
    });
  }
  return header;
}

/** The backup's migrations must be the first of this version's, file for file. */
function checkMigrations(header: BackupHeader, known: Migration[]): Migration[] {
  for (const [index, applied] of header.migrations.entries()) {
    const ours = known[index];
    if (!ours || ours.tag !== applied.tag) {
      if (!known.some((migration) => migration.tag === applied.tag)) {
        throw new DomainError(BackupError.BACKUP_FROM_NEWER_VERSION, { migration: applied.tag });
      }
      throw damaged(`migration ${applied.tag} is out of order in the backup`);
    }
    if (ours.hash !== applied.hash) throw damaged(`migration ${applied.tag} differs from this version's file of the same name`);
  }
  return known.slice(0, header.migrations.length);
}

/** The lines of a stream (a damaged gzip stream rejects). */
async function* readLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    rest += decoder.write(chunk);
    let start = 0;
    let newline = rest.indexOf('\n', start);
    while (newline >= 0) {
      yield rest.slice(start, newline);
      start = newline + 1;
      newline = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest;
}
