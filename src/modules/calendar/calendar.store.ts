import { eq } from 'drizzle-orm';
import type { Db, Queryable } from '../../platform/db/types.js';
import { loadCalendar, type WorkingCalendar } from './calendar.js';
import type { UnitCalendarSettingsInput, YearSchedule } from '../../contracts/calendar.js';
import { calendarSchedules, calendarSettings, unitCalendars } from './calendar.tables.js';
import { type HolidayRule, type HolidayRuleSettings, listUndecidedRules } from './holiday-rules.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { OFFICIAL_SCHEDULES } from './schedules.js';

export const deploymentSettingsId = 'deployment';

/** How long a loaded calendar is trusted before the tables are read again (changes by other processes). */
const freshForMs = 30_000;

type Entry = { calendar: WorkingCalendar; loadedAt: number };
type Cache = { base?: Entry; units: Map<string, Entry> };
const caches = new WeakMap<object, Cache>();

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { units: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Forgets loaded calendars after a change to schedules, rule settings or a unit's calendar. */
export function invalidateCalendars(db: Db): void {
  caches.delete(db);
}

/** The shipped official schedules, each replaced by the stored one of the same year. */
export async function loadSchedules(db: Queryable): Promise<{ schedule: YearSchedule; source: 'stored' | 'shipped'; version: number }[]> {
  const stored = await db.select().from(calendarSchedules);
  const byYear = new Map<number, { schedule: YearSchedule; source: 'stored' | 'shipped'; version: number }>();
  for (const schedule of OFFICIAL_SCHEDULES) byYear.set(schedule.year, { schedule, source: 'shipped', version: 0 });
  for (const row of stored) byYear.set(row.year, { schedule: row.data, source: 'stored', version: row.version });
  return [...byYear.values()].sort((a, b) => a.schedule.year - b.schedule.year);
}

/** The deployment's rule settings, with the version for If-Match and who saved them last. */
export async function loadRuleSettings(
  db: Queryable,
): Promise<{ ruleSettings: HolidayRuleSettings; version: number; updatedBy: string | null; updatedAt: Date | null }> {
  const [row] = await db.select().from(calendarSettings).where(eq(calendarSettings.id, deploymentSettingsId));
  return {
    ruleSettings: row?.ruleSettings ?? {},
    version: row?.version ?? 0,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/**
 * The unconfirmed holiday rules the deployment has not decided on yet (in force now or to come),
 * for the start-up output and the officer app: each is at its default until an administrator
 * switches it on or off (PUT /api/v1/calendar/rules, or the officer app's calendar page).
 */
export async function findUndecidedRules(
  db: Queryable,
  today = todayInVietnam(),
): Promise<Pick<HolidayRule, 'occasion' | 'name' | 'legalBasis' | 'effectiveFrom' | 'confidence' | 'isEnabledByDefault'>[]> {
  const { ruleSettings } = await loadRuleSettings(db);
  return listUndecidedRules(ruleSettings, today).map(({ occasion, name, legalBasis, effectiveFrom, confidence, isEnabledByDefault }) => ({
    occasion,
    name,
    legalBasis,
    effectiveFrom,
    confidence,
    isEnabledByDefault,
  }));
}

export async function loadUnitSettings(db: Queryable, unitId: string): Promise<{ settings: UnitCalendarSettingsInput; version: number }> {
  const [row] = await db.select().from(unitCalendars).where(eq(unitCalendars.unitId, unitId));
  return { settings: row?.data ?? {}, version: row?.version ?? 0 };
}

/**
 * The working calendar of a unit (or of the deployment when no unit is given): statutory
 * rules with the deployment's switches, the yearly schedules, and the unit's own settings.
 * Every deadline in the platform is computed on one of these.
 */
export async function calendarFor(db: Db, unitId?: string | null): Promise<WorkingCalendar> {
  const cache = cacheOf(db);
  const now = Date.now();
  if (!cache.base || now - cache.base.loadedAt > freshForMs) {
    const [schedules, { ruleSettings }] = await Promise.all([loadSchedules(db), loadRuleSettings(db)]);
    cache.base = { calendar: loadCalendar({ schedules: schedules.map((entry) => entry.schedule), ruleSettings }), loadedAt: now };
    cache.units.clear();
  }
  if (!unitId) return cache.base.calendar;
  const known = cache.units.get(unitId);
  if (known && now - known.loadedAt <= freshForMs) return known.calendar;
  const { settings, version } = await loadUnitSettings(db, unitId);
  const calendar = version === 0 ? cache.base.calendar : cache.base.calendar.withUnit(settings);
  cache.units.set(unitId, { calendar, loadedAt: now });
  return calendar;
}
