import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { readMigrations } from '../db/migrate.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupSummary, type TableStat } from './backup-format.js';
import { fixTextSettings, listTables, qualified, rawRows, readSequences, tableStat } from './snapshot-sql.js';

/** Where the files of the deployment are: a local folder (copied into the backup) or an S3 bucket (named only). */
export type BackupFiles = { kind: 'local'; dir: string } | { kind: 's3'; where: string } | undefined;

export type WriteBackupOptions = {
  files: BackupFiles;
  appVersion: string;
  onProgress?: (message: string) => void;
};

const FETCH_ROWS = 2000;
/** Raw bytes per base64 line of a file's content. */
const FILE_CHUNK = 48 * 1024;

/**
 * Writes a backup of the deployment to `out`: the database as one consistent snapshot (a
 * repeatable-read, read-only transaction: writers go on meanwhile on a server; on PGlite they wait
 * for it), then the local file store's files. Resolves when the last byte is flushed.
 */
export async function writeBackup(database: Database, out: Writable, options: WriteBackupOptions): Promise<BackupSummary> {
  const started = performance.now();
  const gzip = zlib.createGzip({ level: 6 });
  let bytes = 0;
  const counter = new PassThrough();
  counter.on('data', (chunk: Buffer) => (bytes += chunk.length));
  // The sink's failure (a full disk, a closed socket) is kept and thrown at the next line written.
  let streamError: unknown;
  const flowing = pipeline(gzip, counter, out).catch((error: unknown) => {
    streamError ??= error;
  });
  const write = async (line: string) => {
    if (streamError) throw streamError;
    if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), flowing]);
  };
  const control = (value: unknown) => write(`#${JSON.stringify(value)}`);
  const say = options.onProgress ?? (() => undefined);

  const migrations = readMigrations();
  const stats: TableStat[] = [];
  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY'));
      await fixTextSettings(tx);
      const applied = await rawRows<{ tag: string; hash: string }>(
        tx,
        `SELECT tag, hash FROM ${qualified(database.schemaName, 'motcua_migrations')}`,
      );
      const order = new Map(migrations.map((migration, index) => [migration.tag, index]));
      applied.sort((a, b) => (order.get(a.tag) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.tag) ?? Number.MAX_SAFE_INTEGER));
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        appVersion: options.appVersion,
        database: { kind: database.kind, schema: database.schemaName },
        migrations: applied,
        files:
          options.files?.kind === 'local'
            ? { mode: 'included' }
            : options.files?.kind === 's3'
              ? { mode: 'referenced', where: options.files.where }
              : { mode: 'none' },
      };
      await control({ header });
      const tables = await listTables(tx, database.schemaName);
      for (const [index, table] of tables.entries()) {
        say(`table ${index + 1}/${tables.length}: ${table}`);
        await control({ table });
        await tx.execute(
          sql.raw(
            `DECLARE motcua_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${qualified(database.schemaName, table)} AS t`,
          ),
        );
        for (;;) {
          const rows = await rawRows<{ j: string }>(tx, `FETCH FORWARD ${FETCH_ROWS} FROM motcua_backup`);
          for (const row of rows) await write(row.j);
          if (rows.length < FETCH_ROWS) break;
        }
        await tx.execute(sql.raw('CLOSE motcua_backup'));
        stats.push(await tableStat(tx, database.schemaName, table));
      }
      await control({ sequences: await readSequences(tx, database.schemaName) });
      await control({ tables: stats });
    });
    let files = 0;
    let fileBytes = 0;
    if (options.files?.kind === 'local') {
      for (const key of listStoreFiles(options.files.dir)) {
        const content = await fs.promises.readFile(path.join(options.files.dir, key));
        await control({ file: { key, bytes: content.length, sha256: crypto.createHash('sha256').update(content).digest('hex') } });
        for (let offset = 0; offset < content.length; offset += FILE_CHUNK) {
          await write(content.subarray(offset, offset + FILE_CHUNK).toString('base64'));
        }
        files++;
        fileBytes += content.length;
        if (files % 100 === 0) say(`${files} files`);
      }
    }
    await control({ end: { files, fileBytes } });
    gzip.end();
    await flowing;
    if (streamError) throw streamError;
    return {
      tables: stats.length,
      rows: stats.reduce((sum, stat) => sum + stat.rows, 0),
      files,
      fileBytes,
      bytes,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    gzip.destroy();
    await flowing;
    throw error;
  }
}

/** The stored files of a local file store, as keys relative to its folder (files being written are left out). */
export function listStoreFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const keys: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const key = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(key);
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) keys.push(key);
    }
  };
  walk('');
  return keys.sort();
}
