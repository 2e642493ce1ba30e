import type { Config } from './platform/config.js';
import { openDatabase, type Database } from './platform/db/open-database.js';
import { isMigrated, migrate, readMigrations } from './platform/db/migrate.js';
import { openConfiguredDatabase } from './platform/db/open-configured-database.js';
import { buildApp } from './app.js';
import { safeError } from './platform/http/problem.js';
import type { App } from './platform/http/deps.js';
import { deleteExpiredSessions } from './platform/auth/sessions.js';
import { deleteOldIdempotencyKeys } from './platform/idempotency/idempotency.js';
import { ensureAdministrator } from './modules/org/index.js';
import { findUndecidedRules, formatUndecidedRulesNotice } from './modules/calendar/index.js';
import { dispatchOutbox, markInterruptedMessages } from './platform/outbox/outbox.js';
import { escalateOverdueCommitments, queueDeadlineWarnings, warnReceptionMinimum } from './modules/petitions/index.js';
import { remindDisclosures, warnLegalAidClocks } from './modules/community/index.js';
import { createTransports } from './platform/outbox/transports.js';
import { BackupService, backupFilesOf } from './platform/backup/backup-service.js';
import { listenControlSocket } from './platform/backup/control-socket.js';
import { writeBackup } from './platform/backup/write-backup.js';
import { createLocalFileStore } from './platform/files/file-store.js';
import { createS3FileStore } from './platform/files/s3-file-store.js';
import { createServiceHealth } from './platform/operations/service-health.js';
import { appVersion } from './platform/version.js';
import { createMetrics, trackSchedule } from './platform/metrics/metrics.js';

export type RunningServer = { app: App; database: Database; url: string; close(): Promise<void> };

/**
 * Opens the database (or takes one already open: main.ts opens it while loading the rest), migrates,
 * creates the first administrator if needed, and listens. Closes the database if it cannot start.
 */
export async function startServer(
  config: Config,
  options: { logger?: boolean; print?: (line: string) => void; database?: Database } = {},
): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const migrations = readMigrations();
  const database = options.database ?? (await openConfiguredDatabase(config, migrations));
  let readDatabase: Database | undefined;
  try {
    if (!(await isMigrated(database, migrations))) {
      const report = await migrate(database, migrations);
      if (report.applied.length > 0) print(`migrations applied: ${report.applied.join(', ')}`);
    }
    const admin = await ensureAdministrator(database.db, { password: config.adminPassword });
    if (admin.created && admin.isGenerated) {
      print('');
      print('============================================================');
      print(' First start: administrator account created');
      print(`   username: ${admin.username}`);
      print(`   password: ${admin.password}`);
      print(' This password is shown once; change it after signing in.');
      print('============================================================');
      print('');
    }
    const undecidedRules = formatUndecidedRulesNotice(await findUndecidedRules(database.db));
    if (undecidedRules) print(undecidedRules);
    const metrics = createMetrics({ database });
    const files = config.filesS3 ? createS3FileStore(config.filesS3) : createLocalFileStore(config.filesDir);
    const backups = new BackupService(database, backupFilesOf(config), config.backup, appVersion);
    const health = createServiceHealth(config, database, files, backups);
    metrics.setBackupStatus(() => {
      const [last] = backups.list();
      return { lastSuccessAt: last ? Date.parse(last.createdAt) : undefined };
    });
    readDatabase = config.databaseReadUrl
      ? await openDatabase({ databaseUrl: config.databaseReadUrl, schemaName: config.dbSchema })
      : undefined;
    const app = await buildApp({
      config,
      database,
      ...(readDatabase ? { readDatabase } : {}),
      metrics,
      backups,
      health,
      ...(options.logger === false ? { logger: false } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const interrupted = await markInterruptedMessages(database.db);
    if (interrupted > 0) print(`outbox: ${interrupted} message(s) were being sent when the server stopped; marked uncertain, not resent`);
    const transports = createTransports(config);
    let dispatching: Promise<unknown> = Promise.resolve();
    const outboxDue = trackSchedule(config.outboxIntervalMs);
    const onAttempt = (channel: string, isSent: boolean) => {
      metrics.recordOutboxAttempt(channel, isSent);
      health.recordSend(channel, isSent);
    };
    const outboxTimer = setInterval(() => {
      const scheduledAt = outboxDue();
      dispatching = dispatching
        .then(() => {
          metrics.recordJobRun('outbox_dispatch', scheduledAt, Date.now());
          return dispatchOutbox(database.db, transports, { onAttempt });
        })
        .catch((error: unknown) => app.log.error({ err: safeError(error) }, 'outbox dispatch failed'));
    }, config.outboxIntervalMs);
    outboxTimer.unref();
    const housekeepingDue = trackSchedule(3_600_000);
    const housekeeping = setInterval(() => {
      metrics.recordJobRun('housekeeping', housekeepingDue(), Date.now());
      const report = (what: string) => (error: unknown) => app.log.error({ err: safeError(error) }, `housekeeping: ${what} failed`);
      void deleteExpiredSessions(database.db).catch(report('deleting expired sessions'));
      void deleteOldIdempotencyKeys(database).catch(report('deleting old idempotency keys'));
      void queueDeadlineWarnings(database.db, { withinWorkingDays: config.petitionWarningDays, publicUrl: config.publicUrl }).catch(
        report('queueing petition deadline warnings'),
      );
      void escalateOverdueCommitments(database.db, { publicUrl: config.publicUrl }).catch(report('escalating overdue commitments'));
      void warnReceptionMinimum(database.db, { publicUrl: config.publicUrl, delegatedCounts: config.receptionDelegatedCounts }).catch(
        report('warning of reception minimums'),
      );
      void remindDisclosures(database.db, { publicUrl: config.publicUrl }).catch(report('reminding of disclosures'));
      void warnLegalAidClocks(database.db, { publicUrl: config.publicUrl }).catch(report('warning of legal-aid clocks'));
    }, 3_600_000);
    housekeeping.unref();
    backups.startSchedule(
      (error) => app.log.error({ err: safeError(error) }, 'scheduled backup failed'),
      (made) => app.log.info({ file: made.name, bytes: made.bytes, seconds: made.seconds }, 'scheduled backup written'),
    );
    // With the embedded database, `motcua backup` asks this process for its snapshot.
    const control = config.databaseUrl
      ? undefined
      : await listenControlSocket(
          config.dataDir,
          (out) => writeBackup(database, out, { files: backupFilesOf(config), appVersion }),
          (error) => app.log.error({ err: safeError(error) }, 'backup through the control socket failed'),
        ).catch((error: unknown) => {
          // A path too long for a Unix socket, a folder on a file system without sockets: the server runs on.
          print(`control socket not available (${String((error as Error).message)}): stop the server to run motcua backup`);
          return undefined;
        });
    let closing: Promise<void> | undefined;
    return {
      app,
      database,
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
      close() {
        closing ??= (async () => {
          clearInterval(housekeeping);
          clearInterval(outboxTimer);
          backups.stopSchedule();
          await control?.close();
          await app.close();
          await dispatching;
          await readDatabase?.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await readDatabase?.close();
    await database.close();
    throw error;
  }
}
