/**
 * Working-time arithmetic over a loaded calendar. Working time (giờ làm việc) is clock time inside
 * the working-hours windows in force on a working day (with the default 08:00–12:00 and 13:00–17:00,
 * 8 hours a day; with seasonal hours, each day with its season's windows). Every instant maps to
 * W = working milliseconds since the start of the calendar's range (flat outside the windows);
 * adding returns the earliest instant with the target W, so a due instant is inside a window or
 * exactly at a window's end.
 *
 * "Working days of working time" (a step's budget of half a day, a clock extended by 2 working
 * days) count in days, each day with its own length: D = working days before the instant's day +
 * the share of that day's working time already elapsed. Half a day is half of the day it falls in,
 * so a budget means the same share of a summer day as of a winter day.
 */
import { DomainError } from '../../platform/errors/errors.js';
import { localDayNumberOf, localTimeOfDayMs, MS_PER_HOUR, startOfLocalDayMs } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { type Instant, toEpochMs, type WorkingCalendar } from './calendar.js';
import { findWorkingDayOfCoordinate } from './hours-table.js';
import { timeOfDayForElapsed, workingMsElapsedAt } from './working-hours.js';

export function invalidLimit(): DomainError {
  return new DomainError(CalendarError.TIME_LIMIT_INVALID);
}

export function beyondRange(calendar: WorkingCalendar): DomainError {
  return new DomainError(CalendarError.CALENDAR_DATE_OUT_OF_RANGE, {
    value: 'a deadline',
    from: calendar.firstYear,
    to: calendar.lastYear,
  });
}

/** Table index of the k-th working day of the range (k from 0); throws past the range. */
export function workingDayIndex(calendar: WorkingCalendar, k: number): number {
  const index = calendar.table.workingIndex[k];
  if (index === undefined) throw beyondRange(calendar);
  return index;
}

/** The end of working hours (in force that day) of the day at a table index. */
export function endOfWorkOnIndex(calendar: WorkingCalendar, index: number): number {
  return startOfLocalDayMs(calendar.table.firstDay + index) + calendar.hoursOnIndex(index).lastEndMs;
}

/** Where an instant falls: its day's table index, working days before that day, working time elapsed in it. */
function locate(calendar: WorkingCalendar, ms: number): { index: number; daysBefore: number; elapsed: number } {
  const table = calendar.table;
  const index = calendar.indexOfDay(localDayNumberOf(ms));
  const isWorking = table.isWorking[index]!;
  const elapsed = isWorking === 1 ? workingMsElapsedAt(calendar.hoursOnIndex(index), localTimeOfDayMs(ms)) : 0;
  return { index, daysBefore: table.ordinal[index]! - isWorking, elapsed };
}

/** W: working milliseconds from the start of the calendar's range up to an instant. */
export function workingTimeCoordinate(calendar: WorkingCalendar, instant: Instant): number {
  const { daysBefore, elapsed } = locate(calendar, toEpochMs(instant));
  return calendar.hoursTable.msBefore[daysBefore]! + elapsed;
}

/** The earliest instant whose working-time coordinate is `coordinate` (> 0). */
export function instantAtWorkingTime(calendar: WorkingCalendar, coordinate: number): number {
  if (!(coordinate > 0)) throw beyondRange(calendar);
  const hoursTable = calendar.hoursTable;
  const k = findWorkingDayOfCoordinate(hoursTable, coordinate);
  if (k === undefined) throw beyondRange(calendar);
  const index = workingDayIndex(calendar, k);
  const elapsed = coordinate - hoursTable.msBefore[k]!;
  return startOfLocalDayMs(calendar.table.firstDay + index) + timeOfDayForElapsed(calendar.hoursOnIndex(index), elapsed);
}

/** Adds working milliseconds to an instant (no receipt rules). Adding 0 returns the instant. */
export function addWorkingTime(calendar: WorkingCalendar, from: Instant, workingMs: number): number {
  const start = toEpochMs(from);
  if (!Number.isFinite(workingMs) || workingMs < 0) throw invalidLimit();
  const amount = Math.round(workingMs);
  if (amount === 0) return start;
  return instantAtWorkingTime(calendar, workingTimeCoordinate(calendar, start) + amount);
}

export function addWorkingHours(calendar: WorkingCalendar, from: Instant, hours: number): number {
  return addWorkingTime(calendar, from, hours * MS_PER_HOUR);
}

/** Working milliseconds between two instants (negative when `to` is before `from`). */
export function countWorkingTime(calendar: WorkingCalendar, from: Instant, to: Instant): number {
  return workingTimeCoordinate(calendar, to) - workingTimeCoordinate(calendar, from);
}

export function countWorkingHours(calendar: WorkingCalendar, from: Instant, to: Instant): number {
  return countWorkingTime(calendar, from, to) / MS_PER_HOUR;
}

/** D: working days from the start of the range up to an instant, with the elapsed share of its day. */
export function workingDayCoordinate(calendar: WorkingCalendar, instant: Instant): number {
  const { index, daysBefore, elapsed } = locate(calendar, toEpochMs(instant));
  return elapsed === 0 ? daysBefore : daysBefore + elapsed / calendar.hoursOnIndex(index).dayLengthMs;
}

/**
 * Adds working days of working time (fractions allowed) to an instant, each day with the length of
 * the hours in force on it. Whole days from the end of a day end at the end of a later day; adding
 * 0 returns the instant.
 */
export function addWorkingDaysOfTime(calendar: WorkingCalendar, from: Instant, days: number): number {
  const start = toEpochMs(from);
  if (!Number.isFinite(days) || days < 0) throw invalidLimit();
  if (days === 0) return start;
  // Rounded to a nanoday so that whole days stay whole after floating-point sums.
  const target = Math.round((workingDayCoordinate(calendar, start) + days) * 1e9) / 1e9;
  const k = Math.ceil(target) - 1;
  const index = workingDayIndex(calendar, k);
  const hours = calendar.hoursOnIndex(index);
  const elapsed = Math.max(1, Math.round((target - k) * hours.dayLengthMs));
  return startOfLocalDayMs(calendar.table.firstDay + index) + timeOfDayForElapsed(hours, elapsed);
}
