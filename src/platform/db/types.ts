import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The one database type every repository uses, on PGlite and on a server alike. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** A transaction handle; the same API as Db, so repositories take either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What a repository takes: the database, or a transaction already open on it. */
export type Queryable = Db | Tx;

/** The rows of a raw `db.execute(sql...)` result; both drivers answer with `{ rows }`. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}
