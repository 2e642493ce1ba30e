import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Responses to create requests, kept by Idempotency-Key so a retried request is answered, not repeated. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** null while the first request is still running */
    status: integer('status'),
    contentType: text('content_type'),
    location: text('location'),
    etag: text('etag'),
    body: text('body'),
    /** set inside the command's transaction: the change committed (even if its response was never stored) */
    committedAt: timestamp('committed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
