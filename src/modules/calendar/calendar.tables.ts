import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/org.tables.js';
import type { UnitCalendarSettingsInput, YearSchedule } from '../../contracts/calendar.js';
import type { HolidayRuleSettings } from './holiday-rules.js';

/** A year's official schedule as an administrator set it; it replaces the shipped one for that year. */
export const calendarSchedules = pgTable('calendar_schedules', {
  year: integer('year').primaryKey(),
  data: jsonb('data').$type<YearSchedule>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Deployment-wide switches of the statutory rules (e.g. Vietnam Culture Day on from its effective date). */
export const calendarSettings = pgTable('calendar_settings', {
  id: text('id').primaryKey(),
  ruleSettings: jsonb('rule_settings').$type<HolidayRuleSettings>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A unit's own calendar: extra days off or worked, working and opening hours, the afternoon cut-off. */
export const unitCalendars = pgTable('unit_calendars', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  data: jsonb('data').$type<UnitCalendarSettingsInput>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
