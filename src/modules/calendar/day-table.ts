/**
 * Precomputed day tables: for every day of the calendar's range, whether it is a working day,
 * how many working days there are up to it, and which day is the k-th working day. Deadline
 * arithmetic then costs a few array reads, with no Date objects and no per-call allocation.
 *
 * Precedence, highest first: the unit's own extra days off / working days; the yearly schedule
 * (its swapped working days, then its days off); rule-derived holidays and their compensatory
 * days (for occasions the schedule does not list); Saturday and Sunday; else a working day.
 *
 * A day is provisional when its status may still change: an unconfirmed schedule entry; a day an
 * unconfirmed rule names while the deployment has not decided on it (on or off); and, in a year
 * without a published schedule, every day off derived from the rules and every bridge day next to
 * one (a working weekday between such a day and the weekend, which a swap often makes a day off).
 */
import { DomainError } from '../../platform/errors/errors.js';
import { fromDayNumber, isoToDayNumber, toDayNumber, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import type { DayReason, YearSchedule } from '../../contracts/calendar.js';
import {
  addCompensatoryDays,
  expandHolidayRules,
  type HolidayDay,
  type HolidayOccasion,
  holidayOccasions,
  type HolidayRule,
  type HolidayRuleSettings,
  isRuleInForce,
  isRuleUndecided,
  listRuleDays,
  WEEKLY_REST,
} from './holiday-rules.js';

/** Why a day is off or worked, with where that comes from (the shared contract's `DayReason`). */
export type { DayReason, DayReasonKind } from '../../contracts/calendar.js';

export type DayTable = {
  firstDay: number;
  lastDay: number;
  /** 1 for a working day, by index `day − firstDay`. */
  isWorking: Uint8Array;
  /** Working days in [firstDay, day], by index. */
  ordinal: Int32Array;
  /** Index of the k-th working day of the range (k from 0). */
  workingIndex: Int32Array;
  /** Reasons other than the plain weekend, by day number. */
  reasons: ReadonlyMap<number, readonly DayReason[]>;
  /** 1 for a provisional day, by index. */
  provisional: Uint8Array;
  /** The years with a published schedule (shipped or stored). */
  scheduledYears: ReadonlySet<number>;
};

export type DayTableInput = {
  firstYear: number;
  lastYear: number;
  rules: readonly HolidayRule[];
  ruleSettings: HolidayRuleSettings;
  schedules: readonly YearSchedule[];
  extraDaysOff: readonly { date: string; reason: string }[];
  extraWorkingDays: readonly { date: string; reason: string }[];
};

export function isWeekendDay(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 6 || weekday === 0;
}

function dayNumberOrThrow(date: string): number {
  const dayNumber = isoToDayNumber(date);
  if (dayNumber === undefined) throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: date });
  return dayNumber;
}

function holidayReason(day: HolidayDay): DayReason {
  return { kind: day.kind, occasion: day.occasion, source: day.legalBasis, isConfirmed: day.isConfirmed };
}

export function buildDayTable(input: DayTableInput): DayTable {
  const firstDay = toDayNumber({ year: input.firstYear, month: 1, day: 1 });
  const lastDay = toDayNumber({ year: input.lastYear, month: 12, day: 31 });
  const reasons = new Map<number, DayReason[]>();
  const addReason = (dayNumber: number, reason: DayReason) => {
    const list = reasons.get(dayNumber);
    if (list) list.push(reason);
    else reasons.set(dayNumber, [reason]);
  };

  const nationalOff = new Set<number>();
  const nationalWorked = new Set<number>();
  const coveredByYear = new Map<number, Set<HolidayOccasion>>();
  for (const schedule of input.schedules) {
    if (schedule.year < input.firstYear || schedule.year > input.lastYear) continue;
    if (coveredByYear.has(schedule.year)) {
      throw new DomainError(CalendarError.SCHEDULE_DUPLICATED, { year: schedule.year });
    }
    const covered = new Set<HolidayOccasion>();
    coveredByYear.set(schedule.year, covered);
    for (const entry of schedule.entries) {
      const dayNumber = dayNumberOrThrow(entry.date);
      covered.add(entry.occasion);
      (entry.type === 'swapped-workday' ? nationalWorked : nationalOff).add(dayNumber);
      addReason(dayNumber, {
        kind: entry.type,
        occasion: entry.occasion,
        source: entry.source,
        isConfirmed: entry.isConfirmed,
        ...(entry.note ? { note: entry.note } : {}),
      });
    }
  }

  const ruleHolidaysByYear: HolidayDay[][] = [];
  const ruleDaysOff: HolidayDay[] = [];
  for (let year = input.firstYear; year <= input.lastYear; year += 1) {
    const covered = coveredByYear.get(year);
    const occasions = new Set(holidayOccasions.filter((occasion) => !covered?.has(occasion)));
    const holidays = expandHolidayRules({ year, rules: input.rules, settings: input.ruleSettings, occasions });
    for (const holiday of holidays) {
      nationalOff.add(holiday.dayNumber);
      addReason(holiday.dayNumber, holidayReason(holiday));
    }
    ruleHolidaysByYear.push(holidays);
  }
  const isWeeklyRest = (dayNumber: number) => isWeekendDay(dayNumber) && !nationalWorked.has(dayNumber);
  for (const holidays of ruleHolidaysByYear) {
    ruleDaysOff.push(...holidays);
    for (const compensatory of addCompensatoryDays(holidays, (dayNumber) => nationalOff.has(dayNumber), isWeeklyRest)) {
      nationalOff.add(compensatory.dayNumber);
      addReason(compensatory.dayNumber, holidayReason(compensatory));
      ruleDaysOff.push(compensatory);
    }
  }
  const provisional = markProvisionalDays(input, { firstDay, lastDay, coveredByYear, ruleDaysOff, nationalOff, isWeeklyRest });

  const unitOff = new Set<number>();
  const unitWorked = new Set<number>();
  for (const { date, reason } of input.extraDaysOff) {
    const dayNumber = dayNumberOrThrow(date);
    unitOff.add(dayNumber);
    addReason(dayNumber, { kind: 'unit-day-off', source: reason, isConfirmed: true });
  }
  for (const { date, reason } of input.extraWorkingDays) {
    const dayNumber = dayNumberOrThrow(date);
    if (unitOff.has(dayNumber)) {
      throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: `${date} (both an extra day off and an extra working day)` });
    }
    unitWorked.add(dayNumber);
    addReason(dayNumber, { kind: 'unit-working-day', source: reason, isConfirmed: true });
  }

  const length = lastDay - firstDay + 1;
  const isWorking = new Uint8Array(length);
  const ordinal = new Int32Array(length);
  const indices: number[] = [];
  let count = 0;
  for (let index = 0; index < length; index += 1) {
    const dayNumber = firstDay + index;
    const working = unitOff.has(dayNumber)
      ? false
      : unitWorked.has(dayNumber) || nationalWorked.has(dayNumber) || (!nationalOff.has(dayNumber) && !isWeekendDay(dayNumber));
    if (working) {
      isWorking[index] = 1;
      indices.push(index);
      count += 1;
    }
    ordinal[index] = count;
  }
  return {
    firstDay,
    lastDay,
    isWorking,
    ordinal,
    workingIndex: Int32Array.from(indices),
    reasons,
    provisional,
    scheduledYears: new Set(coveredByYear.keys()),
  };
}

type ProvisionalContext = {
  firstDay: number;
  lastDay: number;
  coveredByYear: ReadonlyMap<number, ReadonlySet<HolidayOccasion>>;
  ruleDaysOff: readonly HolidayDay[];
  nationalOff: ReadonlySet<number>;
  isWeeklyRest: (dayNumber: number) => boolean;
};

/** The provisional days of the range (see the module comment), by index. */
function markProvisionalDays(input: DayTableInput, context: ProvisionalContext): Uint8Array {
  const { firstDay, lastDay, coveredByYear, nationalOff, isWeeklyRest } = context;
  const provisional = new Uint8Array(lastDay - firstDay + 1);
  const mark = (dayNumber: number) => {
    if (dayNumber >= firstDay && dayNumber <= lastDay) provisional[dayNumber - firstDay] = 1;
  };
  for (const schedule of input.schedules) {
    for (const entry of schedule.entries) if (!entry.isConfirmed) mark(dayNumberOrThrow(entry.date));
  }
  const undecided = input.rules.filter((rule) => isRuleUndecided(rule, input.ruleSettings));
  for (let year = input.firstYear; year <= input.lastYear; year += 1) {
    for (const rule of undecided) {
      if (coveredByYear.get(year)?.has(rule.occasion)) continue;
      for (const dayNumber of listRuleDays(rule, year, input.ruleSettings)) if (isRuleInForce(rule, dayNumber)) mark(dayNumber);
    }
  }
  const isWorkingWeekday = (dayNumber: number) => !isWeeklyRest(dayNumber) && !nationalOff.has(dayNumber);
  for (const day of context.ruleDaysOff) {
    if (undecided.includes(day.rule)) mark(day.dayNumber);
    if (coveredByYear.has(fromDayNumber(day.dayNumber).year)) continue;
    mark(day.dayNumber);
    for (const step of [1, -1]) {
      const next = day.dayNumber + step;
      if (isWorkingWeekday(next) && isWeeklyRest(next + step)) mark(next);
    }
  }
  return provisional;
}

/** The weekend reason, described once. */
export const WEEKLY_REST_REASON: DayReason = { kind: 'weekly-rest', source: WEEKLY_REST.legalBasis, isConfirmed: true };
