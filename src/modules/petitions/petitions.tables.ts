import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
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
import type {
  Petition,
  PetitionChannel,
  PetitionEventType,
  PetitionField,
  PetitionKind,
  PetitionStatus,
} from '../../contracts/petitions.js';
import { caseEventsTable, type DeadlineClock } from '../cases/index.js';
import type { ClockRuleKey } from './clock-rules.js';
import { staff, units } from '../org/org.tables.js';

export type PetitionLocation = { lat?: number; long?: number; address?: string };

/**
 * A petition as recorded in the unit's petition book: numbered per unit and year. The row holds
 * no identity of whoever wrote it: that lives in `petitioner_identities`, read only under an
 * identity clearance.
 */
export const petitions = pgTable(
  'petitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    bookNo: integer('book_no').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    channel: text('channel').$type<PetitionChannel>().notNull(),
    kind: text('kind').$type<PetitionKind>().notNull(),
    status: text('status').$type<PetitionStatus>().notNull(),
    contentSummary: text('content_summary').notNull(),
    forwardedBy: text('forwarded_by'),
    forwardLetterRef: text('forward_letter_ref'),
    signerCount: integer('signer_count').notNull(),
    isAnonymous: boolean('is_anonymous').notNull(),
    /** Who is complained about or denounced, and the decision in question (matched without spaces, case or diacritics). */
    respondent: text('respondent'),
    decisionRef: text('decision_ref'),
    /** Set once the petition is or may be a denunciation (at intake or by a classification), never cleared. */
    identityProtected: boolean('identity_protected').notNull().default(false),
    /** The clock rules in force on the day of receipt, kept for the petition's whole life. */
    ruleSetVersion: text('rule_set_version').notNull(),
    /** The classification (null until classified); its field, eligibility and skipped level also as columns, for the statistics. */
    classification: jsonb('classification').$type<NonNullable<Petition['classification']>>(),
    field: text('field').$type<PetitionField>(),
    isEligible: boolean('is_eligible'),
    isSkippedLevel: boolean('is_skipped_level'),
    duplicateOf: uuid('duplicate_of').references((): AnyPgColumn => petitions.id),
    /** The mixed petition this one was split from, one part per content. */
    splitFrom: uuid('split_from').references((): AnyPgColumn => petitions.id),
    duplicateCount: integer('duplicate_count').notNull().default(0),
    outcomeTo: text('outcome_to'),
    /** The public code a citizen tracks a petition sent online by (the portal, Open311); null for the others. */
    trackingCode: text('tracking_code'),
    /** The place a reflection is about (Open311, the portal), and the kind of problem reported there. */
    location: jsonb('location').$type<PetitionLocation>(),
    serviceCode: text('service_code'),
    /** The legal clock of the step in hand (processing, or a denunciation's initial handling), stopped once handled. */
    clockRule: text('clock_rule').$type<ClockRuleKey>(),
    clock: jsonb('clock').$type<DeadlineClock>(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    handledAt: timestamp('handled_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('petitions_book_key').on(t.unitId, t.year, t.bookNo),
    index('petitions_unit_received_idx').on(t.unitId, t.receivedAt),
    index('petitions_duplicate_of_idx').on(t.duplicateOf),
    index('petitions_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.handledAt} is null`),
    uniqueIndex('petitions_tracking_code_key').on(t.trackingCode),
    index('petitions_decision_ref_idx').on(sql`decision_key(${t.decisionRef})`),
    index('petitions_summary_search_idx').using('gin', sql`search_fold(${t.contentSummary}) gin_trgm_ops`),
  ],
);

export const petitionEvents = caseEventsTable<PetitionEventType>('petition_events', {
  caseIdColumn: 'petition_id',
  references: () => petitions.id,
});

/** The last book number given per unit and year. */
export const petitionBookCounters = pgTable(
  'petition_book_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** The protected store: who wrote a petition (citizen-relations §1.2). */
export const petitionerIdentities = pgTable('petitioner_identities', {
  petitionId: uuid('petition_id')
    .primaryKey()
    .references(() => petitions.id),
  fullName: text('full_name').notNull(),
  idNumber: text('id_number'),
  phone: text('phone'),
  address: text('address'),
  email: text('email'),
});

/** Who may read denouncers' identities at a unit (and the units under it), granted and revoked by a leader or administrator. */
export const identityClearances = pgTable(
  'identity_clearances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    grantedAt: timestamp('granted_at', { withTimezone: true, mode: 'string' }).notNull(),
    grantedBy: text('granted_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    revokedBy: text('revoked_by'),
  },
  (t) => [
    index('identity_clearances_staff_idx').on(t.staffId),
    uniqueIndex('identity_clearances_held_key')
      .on(t.staffId, t.unitId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/** Every read of an identity: who, when, which petition, why. */
export const identityAccessLog = pgTable(
  'identity_access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    purpose: text('purpose').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('identity_access_log_petition_idx').on(t.petitionId, t.at)],
);

/** Requests to protect a denouncer or relatives, and the measures decided (arts. 47–58): read only under an identity clearance. */
export const protectionRequests = pgTable(
  'petition_protection_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'string' }).notNull(),
    requestedBy: text('requested_by').notNull(),
    measuresAsked: jsonb('measures_asked').$type<string[]>().notNull(),
    status: text('status').notNull(),
    measuresGranted: jsonb('measures_granted').$type<string[]>().notNull().default([]),
    decisionRef: text('decision_ref'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
    reason: text('reason'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('petition_protection_requests_petition_idx').on(t.petitionId)],
);

/** A batch of petition records exported for the national database (its interface is not public: a file, acknowledged by hand). */
export const petitionSyncBatches = pgTable('petition_sync_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  createdBy: text('created_by').notNull(),
  count: integer('count').notNull(),
  records: jsonb('records').$type<Record<string, unknown>[]>().notNull(),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'string' }),
});

/** Where each petition stands with the national database: the state of the record last exported (its versions' stamp). */
export const petitionSyncState = pgTable('petition_sync_state', {
  petitionId: uuid('petition_id')
    .primaryKey()
    .references(() => petitions.id),
  stamp: text('stamp').notNull(),
  batchId: uuid('batch_id')
    .notNull()
    .references(() => petitionSyncBatches.id),
  state: text('state').$type<'exported' | 'acknowledged'>().notNull(),
  exportedAt: timestamp('exported_at', { withTimezone: true, mode: 'string' }).notNull(),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'string' }),
});

/** An officer's finding that a duplicate candidate is not the same matter: the pair leaves the review queue. */
export const duplicateReviews = pgTable(
  'petition_duplicate_reviews',
  {
    petitionId: uuid('petition_id')
      .notNull()
      .references(() => petitions.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => petitions.id),
    decision: text('decision').notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.petitionId, t.candidateId] })],
);
