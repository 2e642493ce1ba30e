import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import type { Db } from '../db/types.js';
import type { AccessPolicy } from '../auth/access.js';
import type { PeopleDirectory } from '../auth/people.js';
import type { FileStore } from '../files/file-store.js';
import type { BackgroundJobs } from '../jobs/background-jobs.js';

/** What route modules receive: settings, the database, access and people, the file store and the long jobs running in this process. */
export type AppDeps = {
  config: Config;
  database: Database;
  db: Db;
  access: AccessPolicy;
  people: PeopleDirectory;
  files: FileStore;
  jobs: BackgroundJobs;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
