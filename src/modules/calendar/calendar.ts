/**
 * A loaded working calendar: statutory rules + yearly schedules + one unit's overrides, with
 * that unit's working hours (and their seasons), opening hours and cut-off policy. Build it once
 * (per unit) and share it; its day and hours tables are computed on first use and then read-only.
 */
import { DomainError } from '../../platform/errors/errors.js';
import {
  type CivilDate,
  dayNumberToIso,
  type IsoDate,
  isoToDayNumber,
  isValidCivilDate,
  localDayNumberOf,
  localTimeOfDayMs,
  toDayNumber,
  type Weekday,
  weekdayOfDayNumber,
} from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import type { UnitCalendarSettingsInput, YearSchedule } from '../../contracts/calendar.js';
import { buildDayTable, type DayReason, type DayTable, isWeekendDay, WEEKLY_REST_REASON } from './day-table.js';
import { buildHoursTable, type HoursTable } from './hours-table.js';
import { DEFAULT_HOLIDAY_RULES, type HolidayRule, type HolidayRuleSettings } from './holiday-rules.js';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from './lunar.js';
import { OFFICIAL_SCHEDULES } from './schedules.js';
import {
  type CompiledOpeningHours,
  type CompiledSeason,
  type CompiledWorkingHours,
  compileCutOff,
  compileOpeningHours,
  compileSeasons,
  compileWorkingHours,
  type CutOffPolicy,
  DEFAULT_CUT_OFF_POLICY,
  DEFAULT_WORKING_HOURS,
  isWithinWindows,
} from './working-hours.js';

/** An instant: a `Date` or epoch milliseconds (UTC). */
export type Instant = Date | number;

/** The first year the shipped rules cover completely (Labour Code 2012 in force 2013-05-01). */
export const DEFAULT_FIRST_YEAR = 2014;
export const DEFAULT_LAST_YEAR = LUNAR_LAST_YEAR;

export type CalendarOptions = {
  rules?: readonly HolidayRule[];
  ruleSettings?: HolidayRuleSettings;
  schedules?: readonly YearSchedule[];
  unit?: UnitCalendarSettingsInput;
  firstYear?: number;
  lastYear?: number;
};

export type DayStatus = {
  date: IsoDate;
  weekday: Weekday;
  isWorkingDay: boolean;
  /** The day's status may still change (see day-table.ts). */
  isProvisional: boolean;
  reasons: readonly DayReason[];
};

export function toEpochMs(instant: Instant): number {
  const value = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(value)) throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: String(instant) });
  return value;
}

export class WorkingCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** The unit's working hours: on every day outside its seasons (all days when it has none). */
  readonly workingHours: CompiledWorkingHours;
  readonly seasons: readonly CompiledSeason[];
  readonly openingHours: CompiledOpeningHours;
  readonly cutOffPolicy: CutOffPolicy;
  private readonly cutOffMs: number;
  private dayTable: DayTable | undefined;
  private hoursTableValue: HoursTable | undefined;

  constructor(readonly options: CalendarOptions = {}) {
    this.firstYear = options.firstYear ?? DEFAULT_FIRST_YEAR;
    this.lastYear = options.lastYear ?? DEFAULT_LAST_YEAR;
    if (
      !Number.isInteger(this.firstYear) ||
      !Number.isInteger(this.lastYear) ||
      this.firstYear < LUNAR_FIRST_YEAR + 1 ||
      this.lastYear > LUNAR_LAST_YEAR ||
      this.firstYear > this.lastYear
    ) {
      throw new DomainError(CalendarError.CALENDAR_DATE_OUT_OF_RANGE, {
        value: `${this.firstYear}–${this.lastYear}`,
        from: LUNAR_FIRST_YEAR + 1,
        to: LUNAR_LAST_YEAR,
      });
    }
    const unit = options.unit ?? {};
    this.workingHours = compileWorkingHours(unit.workingHours ?? DEFAULT_WORKING_HOURS);
    this.seasons = compileSeasons(unit.seasonalHours ?? []);
    this.openingHours = compileOpeningHours(unit.openingHours ?? []);
    this.cutOffPolicy = unit.cutOff ?? DEFAULT_CUT_OFF_POLICY;
    this.cutOffMs = compileCutOff(this.cutOffPolicy);
  }

  /** The day table, built on first use. */
  get table(): DayTable {
    this.dayTable ??= buildDayTable({
      firstYear: this.firstYear,
      lastYear: this.lastYear,
      rules: this.options.rules ?? DEFAULT_HOLIDAY_RULES,
      ruleSettings: this.options.ruleSettings ?? {},
      schedules: this.options.schedules ?? OFFICIAL_SCHEDULES,
      extraDaysOff: this.options.unit?.extraDaysOff ?? [],
      extraWorkingDays: this.options.unit?.extraWorkingDays ?? [],
    });
    return this.dayTable;
  }

  /** The working hours in force on each day and the working time before each working day, built on first use. */
  get hoursTable(): HoursTable {
    this.hoursTableValue ??= buildHoursTable(this.table, this.workingHours, this.seasons);
    return this.hoursTableValue;
  }

  /** The working hours in force on the day of a table index. */
  hoursOnIndex(index: number): CompiledWorkingHours {
    const hoursTable = this.hoursTable;
    return hoursTable.hours[hoursTable.hoursIndex[index]!]!;
  }

  /** The working hours in force on a date (its season's, or the unit's). */
  hoursOn(date: IsoDate | CivilDate): CompiledWorkingHours {
    return this.hoursOnIndex(this.indexOfDay(dayNumberOf(date)));
  }

  /** Latest time of day (ms) at which a receipt still counts on that day: the cut-off, or the end of that day's work. */
  sameDayLimitOnIndex(index: number): number {
    const lastEnd = this.hoursOnIndex(index).lastEndMs;
    return this.cutOffPolicy.isEnabled ? Math.min(this.cutOffMs, lastEnd) : lastEnd;
  }

  /** Whether a day's status may still change (an unconfirmed or undecided basis, or no published schedule). */
  isProvisionalDay(date: IsoDate | CivilDate): boolean {
    return this.table.provisional[this.indexOfDay(dayNumberOf(date))] === 1;
  }

  /** Whether a year has a published schedule (shipped or stored). */
  hasSchedule(year: number): boolean {
    return this.table.scheduledYears.has(year);
  }

  /** The table index of a day number; throws when outside the calendar's years. */
  indexOfDay(dayNumber: number): number {
    const table = this.table;
    if (!(dayNumber >= table.firstDay && dayNumber <= table.lastDay)) {
      throw new DomainError(CalendarError.CALENDAR_DATE_OUT_OF_RANGE, {
        value: dayNumberToIso(dayNumber),
        from: this.firstYear,
        to: this.lastYear,
      });
    }
    return dayNumber - table.firstDay;
  }

  /** A calendar with the same national data and another unit's settings. */
  withUnit(unit: UnitCalendarSettingsInput): WorkingCalendar {
    return new WorkingCalendar({ ...this.options, unit });
  }

  isWorkingDay(date: IsoDate | CivilDate): boolean {
    return this.table.isWorking[this.indexOfDay(dayNumberOf(date))] === 1;
  }

  describeDay(date: IsoDate | CivilDate): DayStatus {
    const dayNumber = dayNumberOf(date);
    const index = this.indexOfDay(dayNumber);
    const isWorkingDay = this.table.isWorking[index] === 1;
    const isProvisional = this.table.provisional[index] === 1;
    const listed = this.table.reasons.get(dayNumber) ?? [];
    const reasons = isWeekendDay(dayNumber) ? [WEEKLY_REST_REASON, ...listed] : listed;
    return { date: dayNumberToIso(dayNumber), weekday: weekdayOfDayNumber(dayNumber), isWorkingDay, isProvisional, reasons };
  }

  /** The days of a year that differ from a plain Monday–Friday week: holidays, swaps, unit days. */
  listExceptionalDays(year: number): DayStatus[] {
    const result: DayStatus[] = [];
    const first = toDayNumber({ year, month: 1, day: 1 });
    const last = toDayNumber({ year, month: 12, day: 31 });
    for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
      const isWorkingDay = this.table.isWorking[this.indexOfDay(dayNumber)] === 1;
      if (isWorkingDay === isWeekendDay(dayNumber) || this.table.reasons.has(dayNumber)) {
        result.push(this.describeDay(dayNumberToIso(dayNumber)));
      }
    }
    return result;
  }

  /** Inside the working-hours windows of a working day (start inclusive, end exclusive). */
  isWorkingTime(instant: Instant): boolean {
    const ms = toEpochMs(instant);
    const index = this.indexOfDay(localDayNumberOf(ms));
    return this.table.isWorking[index] === 1 && isWithinWindows(this.hoursOnIndex(index), localTimeOfDayMs(ms));
  }

  /**
   * Whether the counter receives dossiers at an instant. On a working day: the opening hours of
   * that weekday, else the working hours in force that day. On a weekend day that is not a holiday,
   * compensatory or unit day off: only the opening hours listed for that weekday (e.g. Saturday morning).
   */
  isOpenAt(instant: Instant): boolean {
    const ms = toEpochMs(instant);
    const dayNumber = localDayNumberOf(ms);
    const weekday = weekdayOfDayNumber(dayNumber);
    const timeOfDay = localTimeOfDayMs(ms);
    const opening = this.openingHours[weekday];
    const index = this.indexOfDay(dayNumber);
    if (this.table.isWorking[index] === 1) {
      const hours = this.hoursOnIndex(index);
      return isWithinWindows(isWeekendDay(dayNumber) ? hours : (opening ?? hours), timeOfDay);
    }
    const isClosedDay = (this.table.reasons.get(dayNumber) ?? []).some((reason) => reason.kind !== 'weekly-rest');
    return !isClosedDay && opening !== undefined && isWithinWindows(opening, timeOfDay);
  }
}

function dayNumberOf(date: IsoDate | CivilDate): number {
  if (typeof date === 'string') {
    const dayNumber = isoToDayNumber(date);
    if (dayNumber === undefined) throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: date });
    return dayNumber;
  }
  if (!isValidCivilDate(date)) {
    throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: `${date.year}-${date.month}-${date.day}` });
  }
  return toDayNumber(date);
}

/** Loads a calendar: the shipped rules and schedules unless given, and one unit's settings. */
export function loadCalendar(options: CalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}

/**
 * The provisional days (day-table.ts) from the local day of `from` to the local day of `to`, both
 * included, in date order: an intake whose appointment crosses one can warn that the appointment
 * may move when the year's schedule is published or the deployment decides on a rule. Days outside
 * the calendar's years are left out.
 */
export function findProvisionalDays(calendar: WorkingCalendar, from: Instant, to: Instant): IsoDate[] {
  const table = calendar.table;
  const first = Math.max(localDayNumberOf(toEpochMs(from)), table.firstDay);
  const last = Math.min(localDayNumberOf(toEpochMs(to)), table.lastDay);
  const days: IsoDate[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
    if (table.provisional[dayNumber - table.firstDay] === 1) days.push(dayNumberToIso(dayNumber));
  }
  return days;
}
