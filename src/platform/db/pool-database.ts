import type { Pool, PoolConfig } from 'pg';
import { sql } from 'drizzle-orm';
import type { Db } from './types.js';
import type { Database } from './open-database.js';

const importDriver = () => Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
let driver: ReturnType<typeof importDriver> | undefined;

/** node-postgres and its drizzle adapter, loaded once; the embedded database loads them while its thread opens. */
export function loadDriver(): ReturnType<typeof importDriver> {
  driver ??= importDriver();
  return driver;
}

/**
 * A database reached through node-postgres: a PostgreSQL server, or the embedded database's own
 * thread (embedded-database.ts), which speaks the same protocol. One driver, so both answer alike.
 */
export async function connectPool(config: PoolConfig, details: Pick<Database, 'kind' | 'schemaName'>): Promise<Database & { pool: Pool }> {
  const [{ default: pg }, { drizzle }] = await loadDriver();
  // bigint counts come back as numbers (the platform's counts stay far below 2^53).
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  const pool = new pg.Pool(config);
  // A connection that fails while idle is dropped by the pool and replaced on the next query; without
  // a listener the error would end the process.
  pool.on('error', () => {});
  const db = drizzle({ client: pool }) as unknown as Db;
  try {
    await db.execute(sql`select 1`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db,
    ...details,
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
