/** Every table of the deployment, for Drizzle's typing and drizzle-kit's migration generator. */
import * as auth from '../auth/auth.tables.js';
import * as audit from '../audit/audit.tables.js';
import * as idempotency from '../idempotency/idempotency.tables.js';
import * as org from '../../modules/org/org.tables.js';

export const schema = { ...auth, ...audit, ...idempotency, ...org };
