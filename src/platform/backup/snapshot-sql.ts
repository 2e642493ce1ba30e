/** The catalogue queries a backup and a restore share: tables, columns, sequences, constraints, checksums. */
import { sql } from 'drizzle-orm';
import { quoteIdentifier } from '../db/open-database.js';
import { rowsOf, type Queryable } from '../db/types.js';
import type { SequenceState, TableStat } from './backup-format.js';

export async function rawRows<Row>(tx: Queryable, text: string): Promise<Row[]> {
  return rowsOf<Row>(await tx.execute(sql.raw(text)));
}

/** Session settings that make every value print the same text on any server and in PGlite. */
export async function fixTextSettings(tx: Queryable): Promise<void> {
  await tx.execute(sql.raw(`SET LOCAL TimeZone = 'UTC'`));
  await tx.execute(sql.raw(`SET LOCAL DateStyle = 'ISO, YMD'`));
  await tx.execute(sql.raw(`SET LOCAL IntervalStyle = 'postgres'`));
  await tx.execute(sql.raw(`SET LOCAL extra_float_digits = 1`));
}

export const qualified = (schema: string, table: string) => `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The schema's tables (a partitioned table once, through its parent), without the migrations ledger. */
export async function listTables(tx: Queryable, schema: string): Promise<string[]> {
  const rows = await rawRows<{ name: string }>(
    tx,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${literal(schema)} AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'motcua_migrations'
      ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Every table of the schema, the migrations ledger included: a restore target must have none. */
export async function countTables(tx: Queryable, schema: string): Promise<number> {
  const [row] = await rawRows<{ n: number | string }>(
    tx,
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${literal(schema)} AND c.relkind IN ('r', 'p')`,
  );
  return Number(row?.n ?? 0);
}

/** The columns a row is written with (generated columns are computed again). */
export async function insertableColumns(tx: Queryable, schema: string, table: string): Promise<string[]> {
  const rows = await rawRows<{ name: string }>(
    tx,
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ${literal(qualified(schema, table))}::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
  );
  return rows.map((row) => row.name);
}

export async function readSequences(tx: Queryable, schema: string): Promise<SequenceState[]> {
  const names = await rawRows<{ name: string }>(
    tx,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${literal(schema)} AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = await rawRows<{ last_value: string | number; is_called: boolean }>(
      tx,
      `SELECT last_value::text AS last_value, is_called FROM ${qualified(schema, name)}`,
    );
    states.push({ name, lastValue: String(row!.last_value), isCalled: row!.is_called });
  }
  return states;
}

export type ForeignKey = { table: string; name: string; definition: string };

export async function listForeignKeys(tx: Queryable, schema: string): Promise<ForeignKey[]> {
  return rawRows<ForeignKey>(
    tx,
    `SELECT cl.relname AS "table", co.conname AS name, pg_get_constraintdef(co.oid) AS definition
       FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE co.contype = 'f' AND n.nspname = ${literal(schema)} ORDER BY cl.relname, co.conname`,
  );
}

/**
 * A table's row count and a checksum of its rows that does not depend on their physical order:
 * the md5 of the sorted md5s of each row's text. `where` narrows the rows (e.g. the audit log up to a sequence number).
 */
export async function tableStat(tx: Queryable, schema: string, table: string, where?: string): Promise<TableStat> {
  const [row] = await rawRows<{ n: number | string; checksum: string }>(
    tx,
    `SELECT count(*) AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS checksum
       FROM (SELECT md5(t::text) AS h FROM ${qualified(schema, table)} AS t${where ? ` WHERE ${where}` : ''}) AS rows`,
  );
  return { table, rows: Number(row!.n), checksum: row!.checksum };
}

export async function tableStats(tx: Queryable, schema: string, tables: string[]): Promise<TableStat[]> {
  const stats: TableStat[] = [];
  for (const table of tables) stats.push(await tableStat(tx, schema, table));
  return stats;
}
