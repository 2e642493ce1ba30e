import { and, desc, eq } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
  type PgTable,
} from 'drizzle-orm/pg-core';
import type { AuditTrail, CommandContext } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import type { CaseType } from './case-type.js';

/**
 * The append-only history of a case type, one table per type with the same columns: the case,
 * its sequence number (unique per case), the event, when, who, and the event's data.
 */
export function caseEventsTable<Event extends string>(name: string, options: { caseIdColumn: string; references: () => AnyPgColumn }) {
  return pgTable(
    name,
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      caseId: uuid(options.caseIdColumn).notNull().references(options.references),
      seq: integer('seq').notNull(),
      type: text('type').$type<Event>().notNull(),
      at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
      actorId: uuid('actor_id'),
      actorName: text('actor_name').notNull(),
      data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    },
    (t) => [uniqueIndex(`${name}_seq_key`).on(t.caseId, t.seq), index(`${name}_actor_idx`).on(t.actorId, t.at)],
  );
}
export type CaseEventsTable = ReturnType<typeof caseEventsTable>;

/** The table of a case type's rows: at least an id, the status, the version and the time of the last change. */
export type CaseTable = PgTable & { id: AnyPgColumn; status: AnyPgColumn; version: AnyPgColumn; updatedAt: AnyPgColumn };

/** Where a case type keeps its rows and its history. */
export type CaseStore<Status extends string, Event extends string> = {
  type: CaseType<Status, Event>;
  cases: CaseTable;
  events: CaseEventsTable;
};

type AuditNote = { action: string; after?: Record<string, unknown> };
type EventInput<Event extends string> = { event: Event; at: Date; data: Record<string, unknown>; audit: AuditNote };

/**
 * Opens a case: its row with the status its first event gives it (and the columns derived from
 * that status), version 1, its first event (seq 1) and the audit entry — in the caller's
 * transaction. The only way a case of any type comes into being.
 */
export async function openCase<Status extends string, Event extends string>(
  tx: Queryable,
  trail: AuditTrail,
  context: CommandContext,
  store: CaseStore<Status, Event>,
  input: EventInput<Event> & { row: Record<string, unknown> & { id: string } },
): Promise<Status> {
  const status = store.type.requireNext(null, input.event);
  await tx.insert(store.cases).values({ ...input.row, ...store.type.derive?.(status), status, version: 1 } as never);
  await insertEvent(tx, context, store.events, { ...input, caseId: input.row.id, seq: 1 });
  trail.record({ action: input.audit.action, entity: store.type.name, entityId: input.row.id, after: { status, ...input.audit.after } });
  return status;
}

/**
 * Moves a case on by one event: checks the transition table from the status it was read in,
 * writes the new status (and its derived columns), the other changed columns and the next
 * version — only while the row still has the version it was read at — appends the event and
 * records the audit entry, in the caller's transaction. The only place any case's status is written.
 */
export async function advanceCase<Status extends string, Event extends string>(
  tx: Queryable,
  trail: AuditTrail,
  context: CommandContext,
  store: CaseStore<Status, Event>,
  input: EventInput<Event> & { caseId: string; from: { status: Status; version: number }; changes?: Record<string, unknown> },
): Promise<{ status: Status; version: number }> {
  const status = store.type.requireNext(input.from.status, input.event);
  const version = input.from.version + 1;
  const updated = await tx
    .update(store.cases)
    .set({ ...input.changes, ...store.type.derive?.(status), status, version, updatedAt: new Date() } as never)
    .where(and(eq(store.cases.id, input.caseId), eq(store.cases.version, input.from.version)))
    .returning({ id: store.cases.id });
  if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: '?' });
  const [last] = await tx
    .select({ seq: store.events.seq })
    .from(store.events)
    .where(eq(store.events.caseId, input.caseId))
    .orderBy(desc(store.events.seq))
    .limit(1);
  await insertEvent(tx, context, store.events, { ...input, seq: (last?.seq ?? 0) + 1 });
  trail.record({
    action: input.audit.action,
    entity: store.type.name,
    entityId: input.caseId,
    before: { status: input.from.status, version: input.from.version },
    after: { status, ...input.audit.after },
  });
  return { status, version };
}

async function insertEvent(
  tx: Queryable,
  context: CommandContext,
  events: CaseEventsTable,
  input: { caseId: string; seq: number; event: string; at: Date; data: Record<string, unknown> },
) {
  await tx.insert(events).values({
    caseId: input.caseId,
    seq: input.seq,
    type: input.event,
    at: input.at.toISOString(),
    actorId: context.actor.id,
    actorName: context.actor.name,
    data: input.data,
  });
}

/** The events of a case, in order. */
export async function selectCaseEvents<Event extends string>(db: Queryable, events: CaseEventsTable, caseId: string) {
  const rows = await db.select().from(events).where(eq(events.caseId, caseId)).orderBy(events.seq);
  return rows as ((typeof rows)[number] & { type: Event })[];
}
