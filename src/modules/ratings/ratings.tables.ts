import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  AspectLevel,
  FeedbackFinding,
  FeedbackStatus,
  FeedbackSubject,
  RatingChannel,
  RatingLevel,
  RatingTransaction,
} from '../../contracts/ratings.js';
import { dossiers } from '../dossiers/dossiers.tables.js';
import { units } from '../org/org.tables.js';

/**
 * A citizen's rating of one dossier transaction (the intake at the counter, or the return of
 * the result), tied to the officer who served them. One rating per transaction.
 * Stored as (scale, level) so another scale can be mapped later (legal-rules §3.4).
 */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** intake | return */
    transaction: text('transaction').$type<RatingTransaction>().notNull(),
    /** The unit where the transaction happened (the dossier's receiving unit). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The officer who served the citizen in that transaction (account / staff id). */
    officerId: uuid('officer_id'),
    officerName: text('officer_name').notNull(),
    procedureCode: text('procedure_code').notNull(),
    /** kiosk | qr | online */
    channel: text('channel').$type<RatingChannel>().notNull(),
    scale: text('scale').notNull().default('counter-4'),
    /** very_satisfied | satisfied | no_opinion | unsatisfied */
    level: text('level').$type<RatingLevel>().notNull(),
    /** good | fair | poor — the officer's attitude, optional */
    attitude: text('attitude').$type<AspectLevel>(),
    /** good | fair | poor — timeliness, optional */
    timeliness: text('timeliness').$type<AspectLevel>(),
    comment: text('comment'),
    transactionAt: timestamp('transaction_at', { withTimezone: true, mode: 'string' }).notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** The kiosk the rating came from, for its short "add details" window. */
    kioskId: uuid('kiosk_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('ratings_transaction_key').on(t.dossierId, t.transaction),
    index('ratings_unit_rated_idx').on(t.unitId, t.ratedAt),
    index('ratings_officer_rated_idx').on(t.officerId, t.ratedAt),
    // The "dislikes" of Decision 766 indicator 5.4, read over a period without the other ratings.
    index('ratings_unit_unsatisfied_idx')
      .on(t.unitId, t.ratedAt)
      .where(sql`${t.level} = 'unsatisfied'`),
  ],
);

/** A tablet at a counter, facing the citizen; paired by an officer, it shows that officer's last transaction. */
export const ratingKiosks = pgTable(
  'rating_kiosks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    officerId: uuid('officer_id').notNull(),
    officerName: text('officer_name').notNull(),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('rating_kiosks_token_key').on(t.tokenHash), index('rating_kiosks_officer_idx').on(t.officerId)],
);

/** An unsatisfied rating with a comment: a feedback item the unit's leader answers by a deadline. */
export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ratingId: uuid('rating_id')
      .notNull()
      .references(() => ratings.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    dossierId: uuid('dossier_id').notNull(),
    dossierCode: text('dossier_code'),
    officerName: text('officer_name').notNull(),
    comment: text('comment').notNull(),
    /** open | answered */
    status: text('status').$type<FeedbackStatus>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    answeredBy: text('answered_by'),
    /** What the item is about (Decision 766 indicator 5.1), set when the leader answers; null until classified. */
    subject: text('subject').$type<FeedbackSubject>(),
    /** What the verification found; a disproven complaint does not count against the officer (TT 01/2018 indicator 7). */
    finding: text('finding').$type<FeedbackFinding>(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('feedback_items_rating_key').on(t.ratingId), index('feedback_items_unit_idx').on(t.unitId, t.status)],
);

/** Ratings per unit, officer and Vietnam day by level; kept by a trigger on `ratings` (migration 0009). */
export const ratingDailyCounts = pgTable(
  'rating_daily_counts',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The officer, or the nil UUID when the transaction had none. */
    officerId: uuid('officer_id').notNull(),
    day: date('day').notNull(),
    verySatisfied: integer('very_satisfied').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    noOpinion: integer('no_opinion').notNull().default(0),
    unsatisfied: integer('unsatisfied').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.officerId, t.day] })],
);
