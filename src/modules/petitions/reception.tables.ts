import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PetitionField } from '../../contracts/petitions.js';
import type {
  HostBody,
  HostRole,
  ReceptionForm,
  ReceptionKind,
  RefusalReason,
  SessionStatus,
  VisitNature,
  VisitOutcome,
} from '../../contracts/reception.js';
import { staff, units } from '../org/org.tables.js';
import { petitions } from './petitions.tables.js';

/** A host's reception session: planned and published ahead, then held (by the host or on the host's behalf) or cancelled. */
export const receptionSessions = pgTable(
  'reception_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    hostBody: text('host_body').$type<HostBody>().notNull(),
    hostRole: text('host_role').$type<HostRole>().notNull(),
    hostName: text('host_name').notNull(),
    kind: text('kind').$type<ReceptionKind>().notNull(),
    form: text('form').$type<ReceptionForm>().notNull(),
    place: text('place').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    published: boolean('published').notNull(),
    connectedPoints: jsonb('connected_points').$type<string[]>().notNull(),
    status: text('status').$type<SessionStatus>().notNull(),
    heldByName: text('held_by_name'),
    delegated: boolean('delegated').notNull().default(false),
    recordingRef: text('recording_ref'),
    note: text('note'),
    pointsNotifiedAt: timestamp('points_notified_at', { withTimezone: true, mode: 'string' }),
    pointsConfirmedAt: timestamp('points_confirmed_at', { withTimezone: true, mode: 'string' }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('reception_sessions_unit_date_idx').on(t.unitId, t.date)],
);

/** The last entry number of the reception log per unit and year. */
export const receptionLogCounters = pgTable(
  'reception_log_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/**
 * The reception log (sổ tiếp công dân): one entry per content received from a citizen or a group.
 * A group's contents that differ are entries sharing `group_id`; visits on the same matter share
 * `matter_id`. The citizens themselves are in `reception_visitors`.
 */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    sessionId: uuid('session_id').references(() => receptionSessions.id),
    year: integer('year').notNull(),
    entryNo: integer('entry_no').notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true, mode: 'string' }).notNull(),
    kind: text('kind').$type<ReceptionKind>().notNull(),
    peopleCount: integer('people_count').notNull(),
    groupId: uuid('group_id').notNull(),
    matterId: uuid('matter_id').notNull(),
    isRepeat: boolean('is_repeat').notNull(),
    appointmentRef: text('appointment_ref'),
    contentSummary: text('content_summary').notNull(),
    priorHandling: text('prior_handling'),
    request: text('request'),
    nature: text('nature').$type<VisitNature>().notNull(),
    field: text('field').$type<PetitionField>(),
    outcome: text('outcome').$type<VisitOutcome>().notNull(),
    outcomeTo: text('outcome_to'),
    refusalReason: text('refusal_reason').$type<RefusalReason>(),
    documents: jsonb('documents').$type<string[]>().notNull(),
    officerId: uuid('officer_id').references(() => staff.id),
    officerName: text('officer_name').notNull(),
    petitionId: uuid('petition_id').references(() => petitions.id),
    /** A denunciation's citizens are read only under an identity clearance. */
    identityProtected: boolean('identity_protected').notNull(),
    answerDueAt: timestamp('answer_due_at', { withTimezone: true, mode: 'string' }),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    answer: text('answer'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reception_visits_entry_key').on(t.unitId, t.year, t.entryNo),
    index('reception_visits_unit_visited_idx').on(t.unitId, t.visitedAt),
    index('reception_visits_session_idx').on(t.sessionId),
    index('reception_visits_matter_idx').on(t.matterId),
    index('reception_visits_summary_search_idx').using('gin', sql`search_fold(${t.contentSummary}) gin_trgm_ops`),
  ],
);

/** Each citizen of a log entry: the log's personal data, never in the entry's row, its audit entry or a URL. */
export const receptionVisitors = pgTable(
  'reception_visitors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    seq: integer('seq').notNull(),
    role: text('role').notNull(),
    fullName: text('full_name').notNull(),
    idNumber: text('id_number'),
    phone: text('phone'),
    address: text('address'),
    email: text('email'),
  },
  (t) => [uniqueIndex('reception_visitors_seq_key').on(t.visitId, t.seq), index('reception_visitors_id_number_idx').on(t.idNumber)],
);

/** A citizen's booking of a published session, with the matter stated; the host reads it with the person's history. */
export const receptionBookings = pgTable(
  'reception_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => receptionSessions.id),
    queueNo: integer('queue_no').notNull(),
    fullName: text('full_name').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone'),
    matter: text('matter').notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('reception_bookings_queue_key').on(t.sessionId, t.queueNo),
    uniqueIndex('reception_bookings_person_key').on(t.sessionId, t.idNumber),
  ],
);
