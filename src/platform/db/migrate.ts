import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { quoteIdentifier, type Database } from './open-database.js';
import { rowsOf } from './types.js';
import { projectRoot } from '../project-root.js';

export const migrationsDir = path.join(projectRoot, 'migrations');

type JournalEntry = { idx: number; tag: string; breakpoints: boolean };
export type Migration = { tag: string; hash: string; statements: string[] };

/** Reads the ordered SQL migrations that drizzle-kit generated (plus hand-written custom ones). */
export function readMigrations(dir = migrationsDir): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = fs.readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
      return {
        tag: entry.tag,
        hash: crypto.createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.length > 0),
      };
    });
}

export type MigrationReport = { applied: string[]; alreadyApplied: number };

/**
 * Applies the pending migrations in one transaction, under an advisory lock so that two
 * processes starting together against one server do not both migrate. Generated SQL names
 * the schema "public"; it is rewritten to the deployment's schema (MOTCUA_DB_SCHEMA).
 */
export async function migrate(database: Database, migrations = readMigrations()): Promise<MigrationReport> {
  const schemaName = quoteIdentifier(database.schemaName);
  const table = `${schemaName}.motcua_migrations`;
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'motcua:migrate'}))`);
    await tx.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS ${schemaName}`));
    await tx.execute(
      sql.raw(
        `CREATE TABLE IF NOT EXISTS ${table} (tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      ),
    );
    const result = await tx.execute(sql.raw(`SELECT tag, hash FROM ${table}`));
    const done = new Map(rowsOf<{ tag: string; hash: string }>(result).map((row) => [row.tag, row.hash]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const knownHash = done.get(migration.tag);
      if (knownHash !== undefined) {
        if (knownHash !== migration.hash) {
          throw new Error(`Migration ${migration.tag} was changed after it was applied; migrations are forward-only`);
        }
        continue;
      }
      for (const statement of migration.statements) {
        await tx.execute(sql.raw(statement.replaceAll('"public".', `${schemaName}.`)));
      }
      await tx.execute(sql`INSERT INTO ${sql.raw(table)} (tag, hash) VALUES (${migration.tag}, ${migration.hash})`);
      applied.push(migration.tag);
    }
    return { applied, alreadyApplied: done.size };
  });
}

/**
 * Whether every migration is applied as it is written, in one query and without a transaction or a
 * lock: the usual start. Only on the database's own connection (not inside a transaction); a
 * missing table or schema answers false, and `migrate` then does the work.
 */
export async function isMigrated(database: Database, migrations = readMigrations()): Promise<boolean> {
  const table = `${quoteIdentifier(database.schemaName)}.motcua_migrations`;
  const known = await database.query<{ tag: string; hash: string }>(`SELECT tag, hash FROM ${table}`).catch((error: unknown) => {
    // A new database: no schema (3F000) or no migrations table (42P01) yet.
    if (['3F000', '42P01'].includes((error as { code?: string }).code ?? '')) return undefined;
    throw error;
  });
  if (!known || known.length !== migrations.length) return false;
  const hashes = new Map(known.map((row) => [row.tag, row.hash]));
  return migrations.every((migration) => hashes.get(migration.tag) === migration.hash);
}

export type MigrationPlan = { pending: Migration[]; applied: number; changed: string[] };

/** What `migrate` would do, without doing it: the pending migrations, and the applied ones whose file changed since. */
export async function planMigrations(database: Database, migrations = readMigrations()): Promise<MigrationPlan> {
  const table = `${quoteIdentifier(database.schemaName)}.motcua_migrations`;
  const [exists] = await database.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [table]);
  const done = new Map(
    exists?.found
      ? (await database.query<{ tag: string; hash: string }>(`SELECT tag, hash FROM ${table}`)).map((row) => [row.tag, row.hash])
      : [],
  );
  return {
    pending: migrations.filter((migration) => !done.has(migration.tag)),
    applied: done.size,
    changed: migrations
      .filter((migration) => done.has(migration.tag) && done.get(migration.tag) !== migration.hash)
      .map((migration) => migration.tag),
  };
}
