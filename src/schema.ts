/** Every table of the deployment, for drizzle-kit's migration generator (`npm run db:generate`). */
export * from './platform/auth/auth.tables.js';
export * from './platform/audit/audit.tables.js';
export * from './platform/idempotency/idempotency.tables.js';
export * from './platform/outbox/outbox.tables.js';
export * from './platform/files/files.tables.js';
export * from './modules/org/org.tables.js';
export * from './modules/catalog/catalog.tables.js';
export * from './modules/calendar/calendar.tables.js';
export * from './modules/dossiers/dossiers.tables.js';
export * from './modules/ratings/ratings.tables.js';
export * from './modules/petitions/petitions.tables.js';
export * from './modules/petitions/settlements.tables.js';
export * from './modules/petitions/reception.tables.js';
export * from './modules/petitions/dialogues.tables.js';
export * from './modules/community/community.tables.js';
export * from './modules/community/democracy.tables.js';
export * from './modules/reports/reports.tables.js';
