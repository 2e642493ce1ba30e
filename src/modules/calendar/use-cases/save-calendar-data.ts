import { eq } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { CalendarPermission } from '../calendar.policy.js';
import { type RuleSettings, UnitCalendarSettings, type UnitCalendarSettingsInput, type YearSchedule } from '../../../contracts/calendar.js';
import { loadCalendar } from '../calendar.js';
import { publicRuleSettings, withDecisions } from '../rule-decisions.js';
import { parseYearSchedule } from '../calendar.schemas.js';
import { deploymentSettingsId, invalidateCalendars, loadRuleSettings, loadSchedules, loadUnitSettings } from '../calendar.store.js';
import { calendarSchedules, calendarSettings, unitCalendars } from '../calendar.tables.js';
import { holidayOccasions, type HolidayRuleSettings } from '../holiday-rules.js';

type Deps = { db: Db; access: AccessPolicy };

async function requireManager(deps: Deps, principal: Principal, unitId: string | null): Promise<void> {
  await deps.access.require(principal, CalendarPermission['calendar.manage'], unitId);
}

function checkVersion(expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) throw new DomainError(PlatformError.VERSION_MISMATCH, { current });
}

/** Sets a year's official schedule (adds a new year or corrects a shipped one); If-Match guards a stored one. */
export async function saveYearSchedule(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { year: number; schedule: unknown; expectedVersion?: number | undefined },
): Promise<{ schedule: YearSchedule; version: number }> {
  await requireManager(deps, principal, null);
  const schedule = parseYearSchedule(input.schedule);
  if (schedule.year !== input.year) {
    throw validationError([
      {
        field: 'year',
        code: 'year_mismatch',
        message: {
          vi: `Lịch là của năm ${schedule.year}, không phải ${input.year}.`,
          en: `The schedule is for ${schedule.year}, not ${input.year}.`,
        },
      },
    ]);
  }
  const result = await runCommand(deps.db, context, async (tx, audit) => {
    const current = (await loadSchedules(tx)).find((entry) => entry.schedule.year === input.year);
    checkVersion(input.expectedVersion, current?.version ?? 0);
    const version = (current?.source === 'stored' ? current.version : 0) + 1;
    await tx
      .insert(calendarSchedules)
      .values({ year: input.year, data: schedule, version, updatedBy: context.actor.name })
      .onConflictDoUpdate({
        target: calendarSchedules.year,
        set: { data: schedule, version, updatedBy: context.actor.name, updatedAt: new Date() },
      });
    audit.record({
      action: 'calendar.schedule_save',
      entity: 'calendar_schedule',
      entityId: String(input.year),
      before: current ? { source: current.source, entries: current.schedule.entries } : null,
      after: { entries: schedule.entries },
    });
    return { schedule, version };
  });
  invalidateCalendars(deps.db);
  return result;
}

/** Removes a stored schedule: the year falls back to the shipped one, or to the statutory rules alone. */
export async function deleteYearSchedule(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { year: number; expectedVersion?: number | undefined },
): Promise<void> {
  await requireManager(deps, principal, null);
  await runCommand(deps.db, context, async (tx, audit) => {
    const [row] = await tx.select().from(calendarSchedules).where(eq(calendarSchedules.year, input.year));
    if (!row) throw new DomainError(PlatformError.NOT_FOUND);
    checkVersion(input.expectedVersion, row.version);
    await tx.delete(calendarSchedules).where(eq(calendarSchedules.year, input.year));
    audit.record({
      action: 'calendar.schedule_delete',
      entity: 'calendar_schedule',
      entityId: String(input.year),
      before: { entries: row.data.entries },
    });
  });
  invalidateCalendars(deps.db);
}

/**
 * Switches statutory rules on or off deployment-wide (e.g. Vietnam Culture Day: deciding an
 * unconfirmed rule) or picks the day next to 2/9. Each switch keeps who set it and when.
 */
export async function saveRuleSettings(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { ruleSettings: HolidayRuleSettings; expectedVersion?: number | undefined },
): Promise<{ ruleSettings: RuleSettings; version: number }> {
  await requireManager(deps, principal, null);
  const unknown = Object.keys(input.ruleSettings).filter((key) => !(holidayOccasions as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((key) => ({
        field: `ruleSettings.${key}`,
        code: 'unknown_occasion',
        message: { vi: 'Không có ngày lễ này.', en: 'No such holiday.' },
      })),
    );
  }
  const result = await runCommand(deps.db, context, async (tx, audit) => {
    const current = await loadRuleSettings(tx);
    checkVersion(input.expectedVersion, current.version);
    const version = current.version + 1;
    const now = new Date();
    const ruleSettings = withDecisions(current.ruleSettings, input.ruleSettings, { by: context.actor.name, at: now });
    await tx
      .insert(calendarSettings)
      .values({ id: deploymentSettingsId, ruleSettings, version, updatedBy: context.actor.name, updatedAt: now })
      .onConflictDoUpdate({
        target: calendarSettings.id,
        set: { ruleSettings, version, updatedBy: context.actor.name, updatedAt: now },
      });
    audit.record({
      action: 'calendar.rules_save',
      entity: 'calendar_settings',
      entityId: deploymentSettingsId,
      before: publicRuleSettings(current.ruleSettings),
      after: publicRuleSettings(ruleSettings),
    });
    return { ruleSettings: publicRuleSettings(ruleSettings), version };
  });
  invalidateCalendars(deps.db);
  return result;
}

/**
 * A unit's own calendar settings: extra days, working hours and their seasons, opening hours,
 * cut-off policy. Hours, seasons and cut-off are checked as the calendar reads them (windows in
 * order and not overlapping, seasons not overlapping) before anything is written.
 */
export async function saveUnitCalendar(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { unitId: string; settings: UnitCalendarSettingsInput; expectedVersion?: number | undefined },
): Promise<{ settings: UnitCalendarSettingsInput; version: number }> {
  await requireManager(deps, principal, input.unitId);
  const parsed = UnitCalendarSettings.parse(input.settings);
  loadCalendar().withUnit(parsed);
  const result = await runCommand(deps.db, context, async (tx, audit) => {
    const current = await loadUnitSettings(tx, input.unitId);
    checkVersion(input.expectedVersion, current.version);
    const version = current.version + 1;
    await tx
      .insert(unitCalendars)
      .values({ unitId: input.unitId, data: parsed, version, updatedBy: context.actor.name })
      .onConflictDoUpdate({
        target: unitCalendars.unitId,
        set: { data: parsed, version, updatedBy: context.actor.name, updatedAt: new Date() },
      });
    audit.record({
      action: 'calendar.unit_save',
      entity: 'unit_calendar',
      entityId: input.unitId,
      before: current.settings as Record<string, unknown>,
      after: parsed as Record<string, unknown>,
    });
    return { settings: parsed, version };
  });
  invalidateCalendars(deps.db);
  return result;
}
