import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A stored file (a scanned document, a result): where it lives, what it is, and its SHA-256. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What it belongs to, e.g. "dossier", and that record's id. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** e.g. "submitted" (a document received) or "result". */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_owner_idx').on(t.ownerType, t.ownerId)],
);
