import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { HandlingLevel, OnlineLevel, ProcedureInput, ProcessingTimeUnit } from '../../contracts/catalog.js';

/** A procedure's identity: its national code. Its rules live in versions. */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    /** The newest version number; bumped by every edit (the If-Match version). */
    latestVersion: integer('latest_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('procedures_code_key').on(t.code)],
);

/**
 * One version of a procedure's rules, in force from `effective_from`. A dossier records the
 * version in force when it was received and keeps it. The full rules are in `data`; the
 * columns beside it are copies for listing, filtering and search.
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    data: jsonb('data').$type<ProcedureInput>().notNull(),
    name: text('name').notNull(),
    sectorName: text('sector_name').notNull(),
    fieldName: text('field_name').notNull(),
    levels: text('levels').array().$type<HandlingLevel[]>().notNull(),
    onlineLevel: text('online_level').$type<OnlineLevel>().notNull(),
    processingUnit: text('processing_unit').$type<ProcessingTimeUnit>().notNull(),
    processingValue: numeric('processing_value', { mode: 'number' }).notNull(),
    isPublished: boolean('is_published').notNull(),
    isSample: boolean('is_sample').notNull().default(false),
    changeNote: text('change_note'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('procedure_versions_key').on(t.procedureId, t.version),
    index('procedure_versions_effective_idx').on(t.procedureId, t.effectiveFrom),
    index('procedure_versions_name_search_idx').using('gin', sql`search_fold(${t.name}) gin_trgm_ops`),
  ],
);
