import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Messages to send (email, SMS), written in the same transaction as the change that causes
 * them, then delivered by the dispatcher with retries. status: pending → sending → sent, or
 * failed after the last attempt, or uncertain when the process stopped between sending and
 * recording it (never sent again automatically: no message goes out twice).
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** What the message is about, e.g. "dossier.received"; with the subject id, one message per event. */
    topic: text('topic').notNull(),
    subjectId: text('subject_id'),
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outbox_messages_dedupe_key').on(t.dedupeKey), index('outbox_messages_due_idx').on(t.status, t.nextAttemptAt)],
);
