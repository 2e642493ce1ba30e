import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/platform/db/migrate.js';
import { openDatabase, quoteIdentifier, type Database } from '../../src/platform/db/open-database.js';

/**
 * Where one run of the HTTP scenarios keeps its data: a fresh PGlite folder in a temporary
 * directory, or a fresh schema on the PostgreSQL server of DATABASE_URL. On PGlite only one
 * process may open the folder, so the bench opens it while the server is stopped.
 */
export type BenchTarget = {
  label: 'PGlite' | 'PostgreSQL';
  /** The environment the motcua server starts with. */
  env: Record<string, string>;
  open(options?: { maxConnections?: number }): Promise<Database>;
  dispose(): Promise<void>;
};

export function pgliteTarget(): BenchTarget {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-'));
  return {
    label: 'PGlite',
    env: { MOTCUA_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir, schemaName: 'public' }),
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function postgresTarget(databaseUrl: string): BenchTarget {
  const schemaName = `bench_${crypto.randomBytes(5).toString('hex')}`;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-files-'));
  return {
    label: 'PostgreSQL',
    env: { DATABASE_URL: databaseUrl, MOTCUA_DB_SCHEMA: schemaName, MOTCUA_DATA_DIR: filesDir },
    open: (options = {}) => openDatabase({ databaseUrl, schemaName, ...options }),
    async dispose() {
      const database = await openDatabase({ databaseUrl, schemaName });
      try {
        await database.exec(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schemaName)} CASCADE`);
      } finally {
        await database.close();
      }
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** Opens the target, runs `work`, closes it again (so that the server may open a PGlite folder next). */
export async function withTarget<T>(
  target: BenchTarget,
  work: (database: Database) => Promise<T>,
  options?: { maxConnections?: number },
): Promise<T> {
  const database = await target.open(options);
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}
