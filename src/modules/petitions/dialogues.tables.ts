import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  CommitmentEventType,
  CommitmentStatus,
  DialogueKind,
  DialogueStatus,
  Dialogue as DialogueView,
} from '../../contracts/dialogues.js';
import type { HostBody, ReceptionForm } from '../../contracts/reception.js';
import { caseEventsTable } from '../cases/index.js';
import { units } from '../org/org.tables.js';
import { petitions } from './petitions.tables.js';

/** A dialogue with citizens: invited, then held with minutes, ended by the complainant's absence, or cancelled. */
export const dialogues = pgTable(
  'dialogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<DialogueKind>().notNull(),
    hostBody: text('host_body').$type<HostBody>().notNull(),
    hostName: text('host_name').notNull(),
    coHost: text('co_host'),
    petitionId: uuid('petition_id').references(() => petitions.id),
    title: text('title').notNull(),
    plannedAt: timestamp('planned_at', { withTimezone: true, mode: 'string' }).notNull(),
    heldAt: timestamp('held_at', { withTimezone: true, mode: 'string' }),
    place: text('place').notNull(),
    form: text('form').$type<ReceptionForm>().notNull(),
    invitationRef: text('invitation_ref'),
    invitationSentAt: timestamp('invitation_sent_at', { withTimezone: true, mode: 'string' }),
    status: text('status').$type<DialogueStatus>().notNull(),
    attendeesCount: integer('attendees_count'),
    participants: jsonb('participants').$type<DialogueView['participants']>().notNull(),
    questions: jsonb('questions').$type<DialogueView['questions']>().notNull(),
    agreed: text('agreed'),
    differences: text('differences'),
    minutesRef: text('minutes_ref'),
    copies: integer('copies'),
    absence: jsonb('absence').$type<NonNullable<DialogueView['absence']>>(),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('dialogues_unit_planned_idx').on(t.unitId, t.plannedAt), index('dialogues_petition_idx').on(t.petitionId)],
);

/**
 * A commitment on the case core: made from a dialogue's conclusion or a head's reception
 * conclusion, owned by a unit and a person, due on a date of the calendar, moved on with
 * evidence, confirmed or reopened by the citizens concerned.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    origin: text('origin').$type<'dialogue' | 'reception_session' | 'settlement'>().notNull(),
    originId: uuid('origin_id').notNull(),
    /** The unit whose dialogue or session made it (its public board). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    text: text('text').notNull(),
    publicText: text('public_text').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    expectedEvidence: text('expected_evidence').notNull(),
    status: text('status').$type<CommitmentStatus>().notNull(),
    progressPct: integer('progress_pct').notNull().default(0),
    evidence: jsonb('evidence').$type<{ at: string; text: string; publicText?: string }[]>().notNull(),
    reopenedCount: integer('reopened_count').notNull().default(0),
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('commitments_unit_idx').on(t.unitId, t.dueOn),
    index('commitments_owner_idx').on(t.ownerUnitId, t.status),
    index('commitments_origin_idx').on(t.originId),
  ],
);

export const commitmentEvents = caseEventsTable<CommitmentEventType>('commitment_events', {
  caseIdColumn: 'commitment_id',
  references: () => commitments.id,
});

/** The citizens a commitment was made to, with how to ask them; never shown on the public board. */
export const commitmentBeneficiaries = pgTable(
  'commitment_beneficiaries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** The SHA-256 of the link's token, one per question asked; cleared once answered. */
    tokenHash: text('token_hash'),
    askedAt: timestamp('asked_at', { withTimezone: true, mode: 'string' }),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    answer: text('answer').$type<'yes' | 'no'>(),
    comment: text('comment'),
  },
  (t) => [
    index('commitment_beneficiaries_commitment_idx').on(t.commitmentId),
    uniqueIndex('commitment_beneficiaries_token_key').on(t.tokenHash),
  ],
);
