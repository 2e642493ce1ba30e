import { date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReportContent, FreeText } from '../../contracts/report-documents.js';
import type { ResolvedPeriod } from '../../contracts/report-runs.js';
import { units } from '../org/org.tables.js';

/**
 * Figures a unit declares rather than the platform counts: its programme indicators ("24/28 xã đạt
 * chuẩn nông thôn mới") and the opening balances of registry figures for the time before it used
 * the platform. Printed as declared, never added to a counted figure.
 */
export const reportDeclarations = pgTable(
  'report_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<'indicator' | 'opening'>().notNull(),
    figureId: text('figure_id'),
    label: text('label').notNull(),
    value: doublePrecision('value').notNull(),
    denominator: doublePrecision('denominator'),
    unitWord: text('unit_word'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    source: text('source'),
    declaredBy: text('declared_by').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('report_declarations_unit_idx').on(t.unitId, t.periodFrom)],
);

/**
 * A periodic report: drafted live from the registry, signed (its content frozen as it was then),
 * sent. Regenerating a signed report prints the frozen content, whatever was recorded since.
 */
export const reportRuns = pgTable(
  'report_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<'dan_van' | 'reception_petitions' | 'community'>().notNull(),
    period: jsonb('period').$type<ResolvedPeriod>().notNull(),
    status: text('status').$type<'draft' | 'signed' | 'sent'>().notNull().default('draft'),
    number: text('number'),
    signerTitle: text('signer_title').notNull(),
    signerName: text('signer_name'),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    freeText: jsonb('free_text').$type<FreeText>().notNull(),
    /** The content as signed; null while a draft (computed when read). */
    content: jsonb('content').$type<ReportContent>(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'string' }),
    signedBy: text('signed_by'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
    sentTo: jsonb('sent_to').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('report_runs_unit_idx').on(t.unitId, t.createdAt)],
);
