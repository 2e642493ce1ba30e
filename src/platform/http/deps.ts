import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import type { Db } from '../db/types.js';
import type { AccessPolicy } from '../auth/access.js';
import type { PeopleDirectory } from '../auth/people.js';
import type { FileStore } from '../files/file-store.js';
import type { BackgroundJobs } from '../jobs/background-jobs.js';
import type { Metrics } from '../metrics/metrics.js';
import type { BackupService } from '../backup/backup-service.js';
import type { ServiceHealth } from '../operations/service-health.js';

/** What route modules receive: settings, the database, access and people, the file store, the long jobs running in this process and the metrics. */
export type AppDeps = {
  config: Config;
  database: Database;
  db: Db;
  /** Where the public pages read: the read replica (DATABASE_READ_URL), else `db`. It may lag behind `db` a little. */
  readDb: Db;
  access: AccessPolicy;
  people: PeopleDirectory;
  files: FileStore;
  jobs: BackgroundJobs;
  metrics: Metrics;
  /** The server's own backups (schedule, folder, "back up now"). */
  backups: BackupService;
  /** The state of the outside services, for /readyz and the operations page. */
  health: ServiceHealth;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
