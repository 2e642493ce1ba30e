import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './types.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  schemaName: string;
  /** Runs raw SQL with parameters and returns the rows; for migrations, reports and bulk paths. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters. */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball, to start other databases from (tests, backups). */
  dumpDataDir?: () => Promise<Blob>;
  /** PostgreSQL only: the connection pool, whose counts are read live (metrics). */
  pool?: DatabasePool;
};

/** What the metrics read of a connection pool; pg's Pool has these as live properties. */
export type DatabasePool = { readonly totalCount: number; readonly idleCount: number; readonly waitingCount: number };

export type OpenDatabaseOptions = {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined with no databaseUrl means in memory. */
  dataDir?: string | undefined;
  schemaName: string;
  /** A PGlite data-folder dump (from dumpDataDir) to start from, for fast test databases. */
  loadDataDir?: Blob | undefined;
  /** PGlite: what a data folder holding no database yet starts from (the build's template, embedded-template.ts). */
  newFolderTemplate?: (() => Promise<Blob | undefined>) | undefined;
  /** Pool size on a server. */
  maxConnections?: number;
};

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openServer(options.databaseUrl, options) : openEmbedded(options);
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { pgcrypto }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pgcrypto'),
    import('drizzle-orm/pglite'),
  ]);
  let lock: DataDirLock | undefined;
  let pgDir: string | undefined;
  if (options.dataDir) {
    lock = lockDataDir(options.dataDir);
    pgDir = path.join(options.dataDir, 'pg');
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  try {
    const isNewFolder = pgDir !== undefined && !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
    const loadDataDir = options.loadDataDir ?? (isNewFolder ? await options.newFolderTemplate?.() : undefined);
    const client = new PGlite({
      ...(pgDir ? { dataDir: pgDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      extensions: { pg_trgm, unaccent, pgcrypto },
    });
    await client.waitReady;
    await client.exec(searchPathStatement(options.schemaName));
    const db = drizzle({ client }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      schemaName: options.schemaName,
      async query<Row>(text: string, params?: unknown[]) {
        const result = await client.query<Row>(text, params);
        return result.rows;
      },
      async exec(text: string) {
        await client.exec(text);
      },
      async dumpDataDir() {
        return client.dumpDataDir('none');
      },
      async close() {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openServer(databaseUrl: string, options: OpenDatabaseOptions): Promise<Database> {
  const [{ default: pg }, { drizzle }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  // timestamptz and date come back as strings parsed the same way PGlite parses them.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    // No JIT: the platform's queries are short, and compiling a plan the planner costs high (a worklist
    // with its permission joins) took 160–440 ms for a query that runs in 2 ms.
    options: `-c search_path=${quoteIdentifier(options.schemaName)},public -c jit=off`,
  });
  const db = drizzle({ client: pool }) as unknown as Db;
  await db.execute(sql`select 1`);
  return {
    db,
    kind: 'postgres',
    schemaName: options.schemaName,
    pool,
    async query<Row>(text: string, params?: unknown[]) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async close() {
      await pool.end();
    },
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function searchPathStatement(schemaName: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schemaName)};` + `SET search_path TO ${quoteIdentifier(schemaName)}, public;`;
}
