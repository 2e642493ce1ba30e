import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';
import { migrate, readMigrations, type Migration } from './migrate.js';
import { openDatabase } from './open-database.js';

/**
 * A new embedded data folder starts from a template: an empty database with every migration
 * applied, made once when the server is built (scripts/build-if-needed.mjs) and kept in dist/.
 * Creating and migrating a cluster takes about 5 s of a first start, unpacking the template about
 * 1 s. The template names the migrations it holds and is used only when they are exactly this
 * version's; otherwise the folder is created and migrated as before.
 */
export const embeddedTemplateFile = path.join(projectRoot, 'dist', 'embedded', 'template.tar');
const manifestOf = (file: string) => `${file}.json`;

/** One digest of the migrations, their order and their contents. */
export function migrationsDigest(migrations: Migration[]): string {
  const hash = crypto.createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.tag} ${migration.hash}\n`);
  return hash.digest('hex');
}

/** The template file holding exactly these migrations (the database's thread reads it as PGlite unpacks it), or undefined when none was built for them. */
export async function findEmbeddedTemplate(migrations: Migration[], file = embeddedTemplateFile): Promise<string | undefined> {
  if (!fs.existsSync(file) || !fs.existsSync(manifestOf(file))) return undefined;
  const manifest = JSON.parse(fs.readFileSync(manifestOf(file), 'utf8')) as { migrations?: unknown };
  return manifest.migrations === migrationsDigest(migrations) ? file : undefined;
}

/** Makes the template: a database in memory, migrated, its data folder written as a tarball (then its manifest). */
export async function writeEmbeddedTemplate(file = embeddedTemplateFile, migrations = readMigrations()): Promise<{ bytes: number }> {
  const database = await openDatabase({ schemaName: 'public' });
  try {
    await migrate(database, migrations);
    const data = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(manifestOf(file), { force: true });
    fs.writeFileSync(`${file}.partial`, data);
    fs.renameSync(`${file}.partial`, file);
    fs.writeFileSync(
      manifestOf(file),
      `${JSON.stringify({ migrations: migrationsDigest(migrations), madeAt: new Date().toISOString() })}\n`,
    );
    return { bytes: data.length };
  } finally {
    await database.close();
  }
}
