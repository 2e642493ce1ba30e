import type { Db } from './types.js';
import { openEmbedded } from './embedded-database.js';
import { connectPool } from './pool-database.js';

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
  /** PostgreSQL only: the connection pool, whose counts are read live (metrics); the embedded database is one connection. */
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
  /** PGlite: the file a data folder holding no database yet starts from (the build's template, embedded-template.ts). */
  newFolderTemplate?: (() => Promise<string | undefined>) | undefined;
  /** Pool size on a server. */
  maxConnections?: number;
};

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (!options.databaseUrl) return openEmbedded(options);
  return connectPool(
    {
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      // No JIT: the platform's queries are short, and compiling a plan the planner costs high (a worklist
      // with its permission joins) took 160–440 ms for a query that runs in 2 ms.
      options: `-c search_path=${quoteIdentifier(options.schemaName)},public -c jit=off`,
    },
    { kind: 'postgres', schemaName: options.schemaName },
  );
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
