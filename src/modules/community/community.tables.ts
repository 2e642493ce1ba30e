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
import { caseEventsTable } from '../cases/index.js';
import { units } from '../org/org.tables.js';
import { residentMatters } from './democracy.tables.js';
import type { PersonFacts } from './legal-aid-hint.js';

type Status = 'received' | 'in_progress' | 'success' | 'failure' | 'stopped' | 'referred';
type Event = 'received' | 'referred' | 'started' | 'session_held' | 'succeeded' | 'failed' | 'stopped' | 'followed_up' | 'escalated';

/** A village's number of households on a date: the denominator of its resident votes and mediator elections. */
export const villageHouseholds = pgTable(
  'village_households',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    source: text('source'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('village_households_unit_as_of_key').on(t.unitId, t.asOf)],
);

/** A grassroots mediation team of a village (Law 35/2013 art. 12). */
export const mediationTeams = pgTable(
  'mediation_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    decisionRef: text('decision_ref'),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    requiresEthnicMinority: boolean('requires_ethnic_minority').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    /** The villages it served before a merger moved it, with their last day. */
    previousUnits: jsonb('previous_units').$type<{ unitId: string; until: string }[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('mediation_teams_unit_idx').on(t.unitId)],
);

/** A mediator, elected by more than half of the village's households and recognised by the commune chairman (art. 8). */
export const mediators = pgTable(
  'mediators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => mediationTeams.id),
    fullName: text('full_name').notNull(),
    sex: text('sex').$type<'female' | 'male'>().notNull(),
    ethnicity: text('ethnicity').notNull(),
    isEthnicMinority: boolean('is_ethnic_minority').notNull(),
    isLeader: boolean('is_leader').notNull(),
    electedOn: date('elected_on', { mode: 'string' }).notNull(),
    method: text('method').$type<'show_of_hands' | 'secret_ballot' | 'household_survey'>().notNull(),
    votesFor: integer('votes_for').notNull(),
    householdsAtElection: integer('households_at_election').notNull(),
    recognitionRef: text('recognition_ref'),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('mediators_team_idx').on(t.teamId)],
);

export const mediationBookCounters = pgTable(
  'mediation_book_counters',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => mediationTeams.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.year] })],
);

/** A case in the team's follow-up book (sổ theo dõi hoạt động hòa giải), on the case core. */
export const mediationCases = pgTable(
  'mediation_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => mediationTeams.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    bookNo: integer('book_no').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    grounds: text('grounds').notNull(),
    parties: jsonb('parties').$type<({ fullName: string; address?: string; phone?: string } & PersonFacts)[]>().notNull(),
    field: text('field').notNull(),
    summary: text('summary').notNull(),
    exclusion: text('exclusion'),
    referredTo: text('referred_to'),
    mediatorIds: jsonb('mediator_ids').$type<string[]>().notNull(),
    chosenByParties: boolean('chosen_by_parties').notNull(),
    status: text('status').$type<Status>().notNull(),
    startDueOn: date('start_due_on', { mode: 'string' }),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
    agreementRef: text('agreement_ref'),
    /** Where a failed or stopped mediation was handed on: once, with the parties' consent. */
    handedOn: jsonb('handed_on').$type<{ target: 'petition' | 'land_dispute' | 'legal_aid'; id: string; at: string }>(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mediation_cases_book_key').on(t.teamId, t.year, t.bookNo),
    index('mediation_cases_unit_received_idx').on(t.unitId, t.receivedAt),
  ],
);

export const mediationCaseEvents = caseEventsTable<Event>('mediation_case_events', {
  caseIdColumn: 'case_id',
  references: () => mediationCases.id,
});

/** A resident decision's vote, judged against all the village's households on the day (Law 10/2022 art. 21). */
export const residentVotes = pgTable(
  'resident_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    item: integer('item').notNull(),
    title: text('title').notNull(),
    form: text('form').$type<'meeting' | 'household_ballot' | 'online'>().notNull(),
    heldAt: timestamp('held_at', { withTimezone: true, mode: 'string' }).notNull(),
    householdsTotal: integer('households_total').notNull(),
    present: integer('present').notNull(),
    yes: integer('yes').notNull(),
    no: integer('no').notNull(),
    threshold: text('threshold').$type<'two_thirds' | 'majority'>().notNull(),
    needed: integer('needed').notNull(),
    passed: boolean('passed').notNull(),
    ballotRequired: boolean('ballot_required').notNull(),
    /** The matter voted on (votes recorded before matters existed have none). */
    matterId: uuid('matter_id').references(() => residentMatters.id),
    clusters: jsonb('clusters').$type<{ name: string; present: number; yes: number; no: number }[]>(),
    ballot: jsonb('ballot').$type<{ teamSize: number; announcedOn: string; issued: number; returned: number }>(),
    /** The decision document (art. 20): sent to the commune within 5 working days of the vote. */
    sendDueOn: date('send_due_on', { mode: 'string' }),
    decisionRef: text('decision_ref'),
    signatories: jsonb('signatories').$type<{ villageHead: string; frontHead: string; householdRepresentatives: string[] }>(),
    sentOn: date('sent_on', { mode: 'string' }),
    /** Items 3–5: recognised (or refused with reasons) within 5 working days of receipt (art. 21(2)). */
    recognitionDueOn: date('recognition_due_on', { mode: 'string' }),
    recognition: text('recognition').$type<'recognised' | 'refused'>(),
    recognitionRef: text('recognition_ref'),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('resident_votes_unit_idx').on(t.unitId, t.heldAt), index('resident_votes_matter_idx').on(t.matterId)],
);

type ModelStatus = 'registered' | 'launched' | 'recognised' | 'discontinued';
type ModelEvent = 'registered' | 'launched' | 'monitored' | 'evaluated' | 'recognised' | 'replicated' | 'discontinued';

/** A "Dân vận khéo" model or exemplar, on the case core. */
export const mobilisationModels = pgTable(
  'mobilisation_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    category: text('category').$type<'model' | 'exemplar'>().notNull(),
    ownerOrganisation: text('owner_organisation').notNull(),
    field: text('field').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    objectives: text('objectives'),
    replicatesId: uuid('replicates_id'),
    status: text('status').$type<ModelStatus>().notNull(),
    recognitions: jsonb('recognitions')
      .$type<{ level: 'grassroots' | 'district' | 'province'; decisionRef: string; on: string }[]>()
      .notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('mobilisation_models_unit_idx').on(t.unitId, t.registeredOn),
    index('mobilisation_models_replicates_idx').on(t.replicatesId),
  ],
);

export const mobilisationModelEvents = caseEventsTable<ModelEvent>('mobilisation_model_events', {
  caseIdColumn: 'model_id',
  references: () => mobilisationModels.id,
});

/** A contest (organiser, rules, period) and its entries. */
export const contests = pgTable(
  'contests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    organiser: text('organiser').notNull(),
    rules: text('rules'),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('contests_unit_idx').on(t.unitId, t.opensOn)],
);

export const contestEntries = pgTable(
  'contest_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contestId: uuid('contest_id')
      .notNull()
      .references(() => contests.id),
    title: text('title').notNull(),
    author: text('author').notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    score: integer('score'),
    prize: text('prize'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('contest_entries_contest_idx').on(t.contestId)],
);

type LegalAidStatus = 'accepted' | 'in_progress' | 'completed' | 'stopped';
type LegalAidEvent = 'accepted' | 'proof_received' | 'assigned' | 'completed' | 'stopped';

/** The last legal-aid case number of a unit and year (the code's sequence). */
export const legalAidCounters = pgTable(
  'legal_aid_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** A legal-aid case on the case core, with its clocks: proof of eligibility and assignment. */
export const legalAidCases = pgTable(
  'legal_aid_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'string' }).notNull(),
    requester: jsonb('requester').$type<{ fullName: string; address?: string }>().notNull(),
    group: text('group').notNull(),
    form: text('form').notNull(),
    field: text('field').notNull(),
    summary: text('summary').notNull(),
    source: text('source').notNull(),
    sourceId: uuid('source_id'),
    status: text('status').$type<LegalAidStatus>().notNull(),
    proofDueAt: timestamp('proof_due_at', { withTimezone: true, mode: 'string' }),
    proofReceivedAt: timestamp('proof_received_at', { withTimezone: true, mode: 'string' }),
    assignDueAt: timestamp('assign_due_at', { withTimezone: true, mode: 'string' }).notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'string' }),
    assignee: text('assignee'),
    qualityScore: integer('quality_score'),
    immediateGround: text('immediate_ground').$type<'deadline_near' | 'court_appointed' | 'prevent_harm'>(),
    deadlineOn: date('deadline_on', { mode: 'string' }),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('legal_aid_cases_code_key').on(t.unitId, t.code), index('legal_aid_cases_unit_idx').on(t.unitId, t.acceptedAt)],
);

export const legalAidEvents = caseEventsTable<LegalAidEvent>('legal_aid_events', {
  caseIdColumn: 'case_id',
  references: () => legalAidCases.id,
});

/** A legal-aid request refused at once with its reason (Law 11/2017 art. 30(3)). */
export const legalAidRefusals = pgTable(
  'legal_aid_refusals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }).notNull(),
    requester: jsonb('requester').$type<{ fullName: string; address?: string }>().notNull(),
    summary: text('summary').notNull(),
    reason: text('reason').notNull(),
    explanation: text('explanation').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('legal_aid_refusals_unit_idx').on(t.unitId, t.answeredAt)],
);
