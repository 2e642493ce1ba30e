/** The composition root: the platform's HTTP server with every module's routes, over one set of dependencies. */
import type { FastifyServerOptions } from 'fastify';
import { registerCalendarRoutes } from './modules/calendar/index.js';
import { registerCatalogRoutes, registerDemoCatalogueRoutes } from './modules/catalog/index.js';
import { registerDossierRoutes } from './modules/dossiers/index.js';
import { createAccessPolicy, createPeopleDirectory, registerOrgRoutes } from './modules/org/index.js';
import {
  registerCommunityRoutes,
  registerDisclosureRoutes,
  registerLegalAidRoutes,
  registerImportRoutes,
  registerMatterRoutes,
  registerSupervisionRoutes,
  registerModelRoutes,
} from './modules/community/index.js';
import {
  registerPetitionFileRoutes,
  registerPetitionLetterRoutes,
  registerPetitionRoutes,
  registerProtectionRoutes,
  registerSettlementRoutes,
  registerSyncRoutes,
  registerReceptionRoutes,
  registerDialogueRoutes,
} from './modules/petitions/index.js';
import { registerPortalRoutes } from './modules/portal/index.js';
import { registerRatingRoutes } from './modules/ratings/index.js';
import { registerReportRoutes } from './modules/reports/index.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/open-database.js';
import { createLocalFileStore } from './platform/files/file-store.js';
import { createS3FileStore } from './platform/files/s3-file-store.js';
import type { App, AppDeps } from './platform/http/deps.js';
import { createHttpApp } from './platform/http/http-app.js';
import { BackupService, backupFilesOf } from './platform/backup/backup-service.js';
import { createServiceHealth, type ServiceHealth } from './platform/operations/service-health.js';
import { appVersion } from './platform/version.js';
import { BackgroundJobs } from './platform/jobs/background-jobs.js';
import { createMetrics, type Metrics } from './platform/metrics/metrics.js';
import { registerWebApp } from './platform/http/web-app.js';

export type BuildAppOptions = {
  config: Config;
  database: Database;
  /** The read replica for the public pages (DATABASE_READ_URL); `database` when absent. */
  readDatabase?: Database;
  /** false in tests; a pino options object or true in the server. */
  logger?: FastifyServerOptions['logger'];
  /** The server passes its own, to record its timers and the outbox in it; otherwise a new one. */
  metrics?: Metrics;
  /** The server's backups and the services' health, when the caller drives them too (the schedule, the dispatcher). */
  backups?: BackupService;
  health?: ServiceHealth;
};

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config, database } = options;
  const files = config.filesS3 ? createS3FileStore(config.filesS3) : createLocalFileStore(config.filesDir);
  const backups = options.backups ?? new BackupService(database, backupFilesOf(config), config.backup, appVersion);
  const deps: AppDeps = {
    config,
    database,
    db: database.db,
    readDb: (options.readDatabase ?? database).db,
    access: createAccessPolicy(database.db),
    people: createPeopleDirectory(database.db),
    files,
    jobs: new BackgroundJobs(),
    metrics: options.metrics ?? createMetrics({ database }),
    backups,
    health: options.health ?? createServiceHealth(config, database, files, backups),
  };
  const app = await createHttpApp(deps, options.logger === undefined ? {} : { logger: options.logger });
  deps.jobs.onUnexpected = (error) => app.log.error({ err: error }, 'a background job failed');
  // A job writes in one transaction: the database closes only after the running ones end.
  app.addHook('onClose', () => deps.jobs.settle());
  registerOrgRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerDemoCatalogueRoutes(app, deps);
  registerDossierRoutes(app, deps);
  registerRatingRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerPetitionRoutes(app, deps);
  registerSettlementRoutes(app, deps);
  registerPetitionLetterRoutes(app, deps);
  registerPetitionFileRoutes(app, deps);
  registerProtectionRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerReceptionRoutes(app, deps);
  registerDialogueRoutes(app, deps);
  registerCommunityRoutes(app, deps);
  registerModelRoutes(app, deps);
  registerLegalAidRoutes(app, deps);
  registerDisclosureRoutes(app, deps);
  registerMatterRoutes(app, deps);
  registerSupervisionRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerPortalRoutes(app, deps);
  await registerWebApp(app);
  return app;
}
