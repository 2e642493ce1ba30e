import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { commandContext, etag, readIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { getUnit } from '../org/index.js';
import { formatInstantIso } from '../../platform/time/vietnam-time.js';
import { CalendarPermission } from './calendar.policy.js';
import {
  CalendarYear,
  CalendarYearQuery,
  DueQuery,
  DueResult,
  HolidayRules,
  RuleSettingsUpdate,
  SavedRuleSettings,
  ScheduleList,
  UnitCalendar,
  UnitCalendarSettings,
  YearSchedule,
} from '../../contracts/calendar.js';
import { calendarFor, loadRuleSettings, loadSchedules, loadUnitSettings } from './calendar.store.js';
import { computeDueAt, findReceiptDayNumber, type TimeLimit } from './deadlines.js';
import { dayNumberToIso } from '../../platform/time/vietnam-time.js';
import { describeHolidayRules } from './rule-decisions.js';
import { formatMonthDayKey } from './working-hours.js';
import { deleteYearSchedule, saveRuleSettings, saveUnitCalendar, saveYearSchedule } from './use-cases/save-calendar-data.js';

const tags = ['calendar'];

export function registerCalendarRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const requireReader = async (request: Parameters<typeof requirePrincipal>[0]) => {
    const principal = requirePrincipal(request);
    await access.requireSomewhere(principal, CalendarPermission['calendar.read']);
    return principal;
  };

  app.get('/api/v1/calendar/years/:year', {
    schema: {
      tags,
      summary: "A year's working calendar for the deployment or a unit: every day with why it is (not) a working day",
      params: z.object({ year: z.coerce.number().int().min(2014).max(2100) }),
      querystring: CalendarYearQuery,
      response: { 200: CalendarYear },
    },
    handler: async (request) => {
      await requireReader(request);
      const { year } = request.params;
      if (request.query.unitId) await getUnit(db, request.query.unitId);
      const calendar = await calendarFor(db, request.query.unitId);
      const schedule = (await loadSchedules(db)).find((entry) => entry.schedule.year === year);
      const days = [];
      const first = Date.UTC(year, 0, 1);
      for (let ms = first; new Date(ms).getUTCFullYear() === year; ms += 86_400_000) {
        days.push(calendar.describeDay(new Date(ms).toISOString().slice(0, 10)));
      }
      return {
        year,
        unitId: request.query.unitId ?? null,
        scheduleSource: schedule?.source ?? ('none' as const),
        isProvisional: schedule === undefined,
        confidence: !schedule
          ? ('provisional' as const)
          : days.some((day) => day.isProvisional)
            ? ('partly-confirmed' as const)
            : ('confirmed' as const),
        workingHours: [...calendar.workingHours.windows],
        seasonalHours: calendar.seasons.map((season) => ({
          name: season.name,
          from: formatMonthDayKey(season.from),
          to: formatMonthDayKey(season.to),
          windows: [...season.hours.windows],
        })),
        cutOff: calendar.cutOffPolicy,
        workingDays: days.filter((day) => day.isWorkingDay).length,
        days: days.map((day) => ({ ...day, reasons: [...day.reasons] })),
      };
    },
  });

  app.get('/api/v1/calendar/due', {
    schema: {
      tags,
      summary: 'The due instant of a time limit counted from a receipt instant',
      querystring: DueQuery,
      response: { 200: DueResult },
    },
    handler: async (request) => {
      await requireReader(request);
      const q = request.query;
      const limit: TimeLimit =
        q.workingDays !== undefined
          ? { value: q.workingDays, unit: 'working-days' }
          : q.workingHours !== undefined
            ? { value: q.workingHours, unit: 'working-hours' }
            : q.calendarDays !== undefined
              ? { value: q.calendarDays, unit: 'calendar-days' }
              : { value: 0, unit: 'same-day' };
      const calendar = await calendarFor(db, q.unitId);
      const start = Date.parse(q.start);
      return {
        start: formatInstantIso(start),
        receiptDay: dayNumberToIso(findReceiptDayNumber(calendar, start)),
        limit,
        dueAt: formatInstantIso(computeDueAt(calendar, start, limit)),
      };
    },
  });

  app.get('/api/v1/calendar/schedules', {
    schema: { tags, summary: 'The yearly official schedules (stored ones replace shipped ones)', response: { 200: ScheduleList } },
    handler: async (request) => {
      await requireReader(request);
      return {
        items: (await loadSchedules(db)).map((entry) => ({
          year: entry.schedule.year,
          source: entry.source,
          version: entry.version,
          schedule: entry.schedule,
        })),
      };
    },
  });

  app.get('/api/v1/calendar/schedules/:year', {
    schema: {
      tags,
      summary: "A year's schedule as JSON (export)",
      params: z.object({ year: z.coerce.number().int().min(1901).max(2100) }),
      response: { 200: YearSchedule },
    },
    handler: async (request, reply) => {
      await requireReader(request);
      const entry = (await loadSchedules(db)).find((item) => item.schedule.year === request.params.year);
      if (!entry) throw new DomainError(PlatformError.NOT_FOUND);
      reply.header('etag', etag(entry.version));
      return entry.schedule;
    },
  });

  app.put('/api/v1/calendar/schedules/:year', {
    schema: {
      tags,
      summary: "Set a year's schedule (import JSON); If-Match: the current version (0 for a shipped or missing one)",
      params: z.object({ year: z.coerce.number().int().min(1901).max(2100) }),
      body: z.unknown(),
      response: { 200: YearSchedule },
    },
    handler: async (request, reply) => {
      const saved = await saveYearSchedule(deps, requirePrincipal(request), commandContext(request), {
        year: request.params.year,
        schedule: request.body,
        expectedVersion: readIfMatchVersion(request),
      });
      reply.header('etag', etag(saved.version));
      return saved.schedule;
    },
  });

  app.delete('/api/v1/calendar/schedules/:year', {
    schema: {
      tags,
      summary: 'Remove a stored schedule (the shipped one, if any, applies again)',
      params: z.object({ year: z.coerce.number().int().min(1901).max(2100) }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await deleteYearSchedule(deps, requirePrincipal(request), commandContext(request), {
        year: request.params.year,
        expectedVersion: readIfMatchVersion(request),
      });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/calendar/rules', {
    schema: {
      tags,
      summary:
        "The statutory holiday rules with their legal basis, confidence and the deployment's decision on each; the unconfirmed rules still undecided",
      response: { 200: HolidayRules },
    },
    handler: async (request, reply) => {
      await requireReader(request);
      const { ruleSettings, ...meta } = await loadRuleSettings(db);
      reply.header('etag', etag(meta.version));
      return describeHolidayRules(ruleSettings, meta);
    },
  });

  app.put('/api/v1/calendar/rules', {
    schema: {
      tags,
      summary: 'Decide statutory rules (e.g. switch Vietnam Culture Day on or off) deployment-wide; who decided and when is kept',
      body: RuleSettingsUpdate,
      response: { 200: SavedRuleSettings },
    },
    handler: async (request, reply) => {
      const saved = await saveRuleSettings(deps, requirePrincipal(request), commandContext(request), {
        ruleSettings: request.body.ruleSettings as never,
        expectedVersion: readIfMatchVersion(request),
      });
      reply.header('etag', etag(saved.version));
      return saved;
    },
  });

  app.get('/api/v1/units/:id/calendar', {
    schema: { tags, summary: "A unit's own calendar settings", params: z.object({ id: z.uuid() }), response: { 200: UnitCalendar } },
    handler: async (request, reply) => {
      await requireReader(request);
      await getUnit(db, request.params.id);
      const result = await loadUnitSettings(db, request.params.id);
      reply.header('etag', etag(result.version));
      return { version: result.version, settings: UnitCalendarSettings.parse(result.settings) };
    },
  });

  app.put('/api/v1/units/:id/calendar', {
    schema: {
      tags,
      summary: "Set a unit's calendar: extra days off or worked, working hours and their seasons, opening hours, cut-off",
      params: z.object({ id: z.uuid() }),
      body: UnitCalendarSettings,
      response: { 200: UnitCalendar },
    },
    handler: async (request, reply) => {
      await getUnit(db, request.params.id);
      const saved = await saveUnitCalendar(deps, requirePrincipal(request), commandContext(request), {
        unitId: request.params.id,
        settings: request.body,
        expectedVersion: readIfMatchVersion(request),
      });
      reply.header('etag', etag(saved.version));
      return { version: saved.version, settings: UnitCalendarSettings.parse(saved.settings) };
    },
  });
}
