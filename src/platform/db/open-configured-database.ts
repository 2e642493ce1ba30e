import type { Config } from '../config.js';
import { findEmbeddedTemplate } from './embedded-template.js';
import type { Migration } from './migrate.js';
import { openDatabase, type Database } from './open-database.js';

/** The deployment's database as configured: the server of DATABASE_URL, or the embedded one in the data folder. */
export function openConfiguredDatabase(config: Config, migrations: Migration[]): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schemaName: config.dbSchema,
    // The template holds the public schema, where an embedded database keeps its tables.
    newFolderTemplate: async () => (config.dbSchema === 'public' ? findEmbeddedTemplate(migrations) : undefined),
  });
}
