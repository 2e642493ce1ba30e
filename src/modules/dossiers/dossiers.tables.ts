import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  Applicant,
  Delivery,
  DocumentReceived,
  DossierChannel,
  DossierEventType,
  DossierOutcome,
  DossierStatus,
  TaskStatus,
} from '../../contracts/dossiers.js';
import { caseEventsTable } from '../cases/index.js';
import { units } from '../org/org.tables.js';

export type { DocumentReceived };

/**
 * A dossier: one application under one version of a procedure. The columns are the current
 * state derived from `dossier_events` in the same transaction (status, due dates, counters);
 * the events are the record.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The national dossier code; set when the dossier is received (complete). */
    code: text('code'),
    /** Random secret printed in the receipt's QR code, for public tracking without the phone. */
    trackingSecret: text('tracking_secret').notNull(),
    receivingUnitId: uuid('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    procedureCode: text('procedure_code').notNull(),
    procedureVersion: integer('procedure_version').notNull(),
    procedureName: text('procedure_name').notNull(),
    channel: text('channel').$type<DossierChannel>().notNull(),
    applicant: jsonb('applicant').$type<Applicant>().notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number'),
    applicantPhone: text('applicant_phone').notNull(),
    documents: jsonb('documents').$type<DocumentReceived[]>().notNull(),
    setCount: integer('set_count').notNull().default(1),
    delivery: text('delivery').$type<Delivery>().notNull(),
    status: text('status').$type<DossierStatus>().notNull(),
    nationalStatus: integer('national_status').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }),
    /** The appointment on the receipt, moved only by a reschedule (apology). */
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    /** The first appointment, kept for statistics. */
    originalDueAt: timestamp('original_due_at', { withTimezone: true, mode: 'string' }),
    /** The deadline clock (pauses, restarts, reschedule) as the calendar module keeps it. */
    clock: jsonb('clock'),
    supplementCount: integer('supplement_count').notNull().default(0),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    /** End of processing for the on-time rule: result ready, stopped or refused, or withdrawn. */
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    returnedAt: timestamp('returned_at', { withTimezone: true, mode: 'string' }),
    outcome: text('outcome').$type<DossierOutcome>(),
    receivedBy: uuid('received_by'),
    /** The entry of the receiving unit's tracking book for the year of receipt (Mẫu 06): "quyển số {year}, số thứ tự {entry}". */
    bookYear: integer('book_year'),
    bookEntry: integer('book_entry'),
    /**
     * The number of the slip of a dossier turned away at intake before it had a code — the guidance
     * slip (Mẫu 02, "15/HDHS") of a guided one, the refusal (Mẫu 03, "03/TCHS") of a refused one:
     * from 1 through the year, per receiving unit and kind, given by a trigger in the transaction
     * that turns it away (migration 0013), so gap-free.
     */
    intakeSlipYear: integer('intake_slip_year'),
    intakeSlipNumber: integer('intake_slip_number'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_code_key').on(t.code),
    uniqueIndex('dossiers_tracking_secret_key').on(t.trackingSecret),
    index('dossiers_unit_received_idx').on(t.receivingUnitId, t.receivedAt),
    index('dossiers_status_idx').on(t.receivingUnitId, t.status),
    index('dossiers_due_idx').on(t.dueAt),
    index('dossiers_phone_idx').on(t.applicantPhone),
    index('dossiers_id_number_idx').on(t.applicantIdNumber),
    index('dossiers_applicant_search_idx').using('gin', sql`search_fold(${t.applicantName}) gin_trgm_ops`),
  ],
);

/** The append-only history of a dossier (the case core's event table); its status is the fold of these. */
export const dossierEvents = caseEventsTable<DossierEventType>('dossier_events', {
  caseIdColumn: 'dossier_id',
  references: () => dossiers.id,
});

/**
 * The daily sequence of dossier codes per code prefix (the receiving agency's identifier):
 * incremented in the intake transaction, so gap-free; keyed by the prefix, not the unit, so two
 * units that share a prefix (a retired commune and the new one reusing its code) never issue the
 * same code.
 */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    prefix: text('prefix').notNull(),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.day] })],
);

/**
 * The tracking book of each receiving unit (Mẫu 06): one book a year, its entries numbered from 1
 * through the year (Circular 01/2018 art. 10); a dossier takes its entry number when received.
 */
export const dossierBookCounters = pgTable(
  'dossier_book_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** The last intake slip number of each receiving unit, year and kind ('guidance' or 'refusal'); see `dossiers.intakeSlipNumber`. */
export const dossierIntakeSlipCounters = pgTable(
  'dossier_intake_slip_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    kind: text('kind').$type<'guidance' | 'refusal'>().notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year, t.kind] })],
);

/**
 * The procedure's steps as tasks of one dossier, each at a handling unit with its own due time
 * (the process-control slip, Mẫu 05): one row per time a step is worked on, so a return to an
 * earlier step opens a new row and the slip keeps every hand-over.
 */
export const dossierTasks = pgTable(
  'dossier_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    stepIndex: integer('step_index').notNull(),
    name: text('name').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    /** The step's time budget in half working hours (8 hours to a working day). */
    budgetHalfHours: integer('budget_half_hours').notNull(),
    status: text('status').$type<TaskStatus>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    handedOverBy: text('handed_over_by'),
    finishedBy: text('finished_by'),
    /** Who handed the step on and who finished it (their staff ids), for scoring each officer on their own step. */
    handedOverById: uuid('handed_over_by_id'),
    finishedById: uuid('finished_by_id'),
    outcome: text('outcome').$type<DossierOutcome>(),
    note: text('note'),
  },
  (t) => [index('dossier_tasks_dossier_idx').on(t.dossierId), index('dossier_tasks_unit_status_idx').on(t.unitId, t.status)],
);

/**
 * Per receiving unit and Vietnam day: dossiers received, and dossiers finished early, on time or
 * late. Kept by a trigger on `dossiers` (migrations 0009, 0039), so it always equals the counts over
 * the rows themselves; the indicators read a year as 365 rows instead of scanning every dossier.
 *
 * The four `open_*` columns count only the dossiers whose appointment never moved (the others are
 * judged one by one, period-end.ts), each on the Vietnam day of one instant of its life, so that
 * their sums up to a day D give the dossiers unfinished at the end of D, and how many of them were
 * past their appointment then (dossier-statistics.ts, `countOpenAtFirstAppointment`):
 * - `open_from` on the day of receipt, `open_to` on the day processing ended;
 * - `overdue_from` on the day of the later of receipt and appointment, `overdue_to` on the day of
 *   the later of appointment and end.
 */
export const dossierDailyCounts = pgTable(
  'dossier_daily_counts',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    day: date('day').notNull(),
    received: integer('received').notNull().default(0),
    receivedOnline: integer('received_online').notNull().default(0),
    early: integer('early').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    late: integer('late').notNull().default(0),
    openFrom: integer('open_from').notNull().default(0),
    openTo: integer('open_to').notNull().default(0),
    overdueFrom: integer('overdue_from').notNull().default(0),
    overdueTo: integer('overdue_to').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);
