import { ConfigError, readConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/data-dir-lock.js';
import { readMigrations } from './platform/db/migrate.js';
import { openConfiguredDatabase } from './platform/db/open-configured-database.js';

/** `npm start`: serve the platform until SIGTERM or SIGINT, then stop cleanly. */
async function main(): Promise<void> {
  const config = readConfig();
  // The database opens (the embedded one on its own thread) while the rest of the server loads.
  const [database, { startServer }] = await Promise.all([openConfiguredDatabase(config, readMigrations()), import('./server.js')]);
  const server = await startServer(config, { database });
  const where = config.databaseUrl ? `PostgreSQL server (schema ${config.dbSchema})` : `embedded PGlite in ${config.dataDir}`;
  process.stdout.write(`motcua serving ${server.url} — officer app ${server.url}/app, API docs ${server.url}/docs — data: ${where}\n`);

  const stop = (signal: string) => {
    process.stdout.write(`${signal} received: finishing requests in flight and closing the database\n`);
    const force = setTimeout(() => {
      process.stderr.write('shutdown took longer than 10 s; exiting\n');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) {
    process.stderr.write(`motcua: ${error.message}\n`);
  } else {
    process.stderr.write(`motcua failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
