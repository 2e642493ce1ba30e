import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained record of every change. A trigger (migration 0002) refuses
 * UPDATE and DELETE; each row's hash covers its content and the previous row's hash in its
 * lane: the log is a few chains side by side (audit.ts), so that writers do not all queue
 * behind one lock. The rows before the lanes (all lane 0) are lane 0's beginning.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    lane: smallint('lane').notNull().default(0),
  },
  (t) => [
    index('audit_log_lane_seq_idx').on(t.lane, t.seq),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_at_idx').on(t.at),
  ],
);
