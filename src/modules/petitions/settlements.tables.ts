import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type {
  ComplexityCriterion,
  SettlementEventType,
  SettlementKind,
  SettlementResult,
  SettlementStatus,
} from '../../contracts/settlements.js';
import { caseEventsTable, type DeadlineClock } from '../cases/index.js';
import { units } from '../org/org.tables.js';
import type { ClockRuleKey } from './clock-rules.js';
import { petitions } from './petitions.tables.js';

/**
 * The settlement of an accepted petition: one per petition, on the clock of its kind's rule in the
 * rule set of the petition's day of receipt. Its steps are the events; the columns beside the
 * status are what the worklists and the statistics read.
 */
export const settlements = pgTable(
  'petition_settlements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<SettlementKind>().notNull(),
    status: text('status').$type<SettlementStatus>().notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'string' }).notNull(),
    decisionRef: text('decision_ref').notNull(),
    isRemote: boolean('is_remote').notNull(),
    complexity: jsonb('complexity').$type<ComplexityCriterion[]>().notNull(),
    clockRule: text('clock_rule').$type<ClockRuleKey>().notNull(),
    clock: jsonb('clock').$type<DeadlineClock>().notNull(),
    extensionCount: integer('extension_count').notNull().default(0),
    /** Null while suspended (the clock is stopped). */
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    originalDueAt: timestamp('original_due_at', { withTimezone: true, mode: 'string' }).notNull(),
    result: text('result').$type<SettlementResult>(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    isOnTime: boolean('is_on_time'),
    /** The decision's gist; for a recommendation, the answer the petitioner reads. */
    answer: text('answer'),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    previousSettlementId: uuid('previous_settlement_id').references((): AnyPgColumn => settlements.id),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('petition_settlements_petition_key').on(t.petitionId),
    index('petition_settlements_unit_idx').on(t.unitId, t.acceptedAt),
    index('petition_settlements_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.closedAt} is null`),
  ],
);

export const settlementEvents = caseEventsTable<SettlementEventType>('petition_settlement_events', {
  caseIdColumn: 'settlement_id',
  references: () => settlements.id,
});
