import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../contracts/auth.js';
import type { SuccessionKind, SuccessionShare, UnitType } from '../../contracts/org.js';
import { accounts } from '../../platform/auth/auth.tables.js';

/**
 * Administrative units and agencies as one tree of any depth, with history: a unit is
 * its code plus its validity period (new communes reuse old codes for other units).
 * `path` lists the ids from the root down to the unit ("/a/b/c/"), so a subtree is
 * `path LIKE '/a/b/%'`, index-backed.
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type').$type<UnitType>().notNull(),
    /** The official designation as written in Vietnamese: Tỉnh, Thành phố, Huyện, Xã, Phường, Đặc khu... */
    designation: text('designation'),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    legalBasis: text('legal_basis'),
    address: text('address'),
    /**
     * The agency that acts for the unit, apart from its territory (legal-rules §8.3): its full name
     * ("Ủy ban nhân dân xã Bắc Mê"), its identifier for document exchange (QCVN 102:2016, e.g.
     * "000.00.31.H36": the prefix of its dossier codes), the place name of its date lines ("Bắc Mê")
     * and its head's title ("Chủ tịch"). Null: derived from the unit (agency-profile.ts).
     */
    agencyName: text('agency_name'),
    agencyIdentifier: text('agency_identifier'),
    placeName: text('place_name'),
    headTitle: text('head_title'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_agency_identifier_key').on(t.agencyIdentifier, sql`coalesce(${t.validFrom}, '0001-01-01'::date)`),
    uniqueIndex('units_code_valid_from_key').on(t.code, sql`coalesce(${t.validFrom}, '0001-01-01'::date)`),
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').on(sql`${t.path} text_pattern_ops`),
    index('units_name_search_idx').using('gin', sql`search_fold(${t.name}) gin_trgm_ops`),
  ],
);

/** How units came from one another at a reform: merged, split, renamed, boundaries adjusted, dissolved. */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<SuccessionKind>().notNull(),
    /** full: the whole old unit went in; partial: a part of it. */
    share: text('share').$type<SuccessionShare>().notNull().default('full'),
    effectiveDate: date('effective_date').notNull(),
    legalBasis: text('legal_basis'),
  },
  (t) => [uniqueIndex('unit_successions_pair_key').on(t.fromUnitId, t.toUnitId), index('unit_successions_to_idx').on(t.toUnitId)],
);

/** A person working for the deployment; id equals the sign-in account's id. */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => accounts.id),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    title: text('title'),
    /** The unit the person belongs to (for lists and the default unit switcher). */
    unitId: uuid('unit_id').references(() => units.id),
    isActive: integer('is_active').notNull().default(1),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_unit_idx').on(t.unitId), index('staff_name_search_idx').using('gin', sql`search_fold(${t.fullName}) gin_trgm_ops`)],
);

/** A role held at a unit, reaching its whole subtree; no unit means the whole deployment. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_assignments_key').on(t.staffId, t.role, sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index('role_assignments_unit_idx').on(t.unitId),
  ],
);
