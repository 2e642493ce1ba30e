/** Every table of the deployment, for Drizzle's typing and drizzle-kit's migration generator. */
import * as auth from '../auth/auth.tables.js';
import * as audit from '../audit/audit.tables.js';
import * as idempotency from '../idempotency/idempotency.tables.js';
import * as outbox from '../outbox/outbox.tables.js';
import * as files from '../files/files.tables.js';
import * as org from '../../modules/org/org.tables.js';
import * as catalog from '../../modules/catalog/catalog.tables.js';
import * as calendar from '../../modules/calendar/calendar.tables.js';
import * as dossiers from '../../modules/dossiers/dossiers.tables.js';
import * as ratings from '../../modules/ratings/ratings.tables.js';

export const schema = { ...auth, ...audit, ...idempotency, ...outbox, ...files, ...org, ...calendar, ...catalog, ...dossiers, ...ratings };
