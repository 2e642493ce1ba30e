import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/org.tables.js';

type Evidence = { kind: 'photo' | 'url' | 'broadcast_log' | 'document'; ref: string; takenOn: string };

/** An item the commune discloses (Law 10/2022 art. 11), due 5 working days after its document. */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    item: integer('item').notNull(),
    title: text('title').notNull(),
    documentRef: text('document_ref'),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('disclosures_unit_idx').on(t.unitId, t.documentDate)],
);

/** A channel an item went out by (art. 12(1)), its consecutive days and its dated evidence. */
export const disclosureChannels = pgTable(
  'disclosure_channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    disclosureId: uuid('disclosure_id')
      .notNull()
      .references(() => disclosures.id),
    kind: text('kind').notNull(),
    place: text('place'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('disclosure_channels_disclosure_idx').on(t.disclosureId)],
);

/** A matter residents decide (art. 15 items 1–6), for a village or the whole commune, and who proposed it (art. 16). */
export const residentMatters = pgTable(
  'resident_matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    scope: text('scope').$type<'village' | 'commune'>().notNull(),
    item: integer('item').notNull(),
    title: text('title').notNull(),
    proposer: text('proposer').$type<'chairman' | 'village_head' | 'citizen_initiative'>().notNull(),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    form: text('form').$type<'meeting' | 'household_ballot' | 'online'>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('resident_matters_unit_idx').on(t.unitId, t.proposedOn)],
);

/** A household's consent to a citizen initiative, valid 3 months (art. 16(3)); the household by its register number. */
export const initiativeConsents = pgTable(
  'initiative_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => residentMatters.id),
    villageUnitId: uuid('village_unit_id')
      .notNull()
      .references(() => units.id),
    householdCode: text('household_code').notNull(),
    consentedOn: date('consented_on', { mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('initiative_consents_household_key').on(t.matterId, t.villageUnitId, t.householdCode, t.consentedOn)],
);

/** A matter put to residents for their opinion before the commune decides (art. 25), with the answer. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    subject: text('subject').notNull(),
    title: text('title').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    channels: jsonb('channels').$type<string[]>().notNull().default([]),
    feedbackCount: integer('feedback_count'),
    feedbackSummary: text('feedback_summary'),
    answer: text('answer'),
    answeredOn: date('answered_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('consultations_unit_idx').on(t.unitId, t.openedOn)],
);

/** A village's year-end community conference (art. 33), once a year. */
export const communityConferences = pgTable(
  'community_conferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendees: integer('attendees').notNull(),
    minutesRef: text('minutes_ref'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('community_conferences_unit_year_key').on(t.unitId, t.year)],
);

/** A finding of the People's Inspection Board or the Community Investment Supervision Board, and its follow-up. */
export const supervisionFindings = pgTable(
  'supervision_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    board: text('board').notNull(),
    subject: text('subject').notNull(),
    finding: text('finding').notNull(),
    recommendation: text('recommendation').notNull(),
    addressedTo: text('addressed_to').notNull(),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    response: text('response'),
    respondedOn: date('responded_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    closingNote: text('closing_note'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('supervision_findings_unit_idx').on(t.unitId, t.foundOn)],
);
