/**
 * Deadline arithmetic over a loaded calendar. Instants are `Date` or epoch milliseconds (UTC);
 * results are epoch milliseconds. Business time is Vietnamese local time (UTC+7).
 *
 * Working-day limits (ngày làm việc), the convention used everywhere here:
 * 1. The receipt day (ngày tiếp nhận) is the local day of receipt when that day is a working
 *    day and the receipt is at or before the same-day limit: the cut-off (15:00:00, when the
 *    policy is on) or else the end of working hours (17:00). Receipts before opening time or in
 *    the lunch break count that day. Any later receipt, or one on a non-working day, has the
 *    next working day as its receipt day (NĐ 61/2018 art. 18; legal-rules §1.5.3).
 * 2. The receipt day itself is not counted (as Civil Code 2015 art. 147: a period in days starts
 *    on the day after the event); day 1 is the first working day after it (§1.5.3, §1.5.4).
 * 3. The dossier is due at the end of working hours (17:00) of day N. N = 0 means "the same
 *    day": due at the end of the receipt day, so "same day, or the next working day if received
 *    after 15:00" (NĐ 23/2015 art. 21) falls out of the same rule.
 * Example: received Wed 09:00, 3 working days → due Mon 17:00; received Wed 15:30 → due Tue 17:00.
 * Hour limits (`computeDueAt`) count from the receipt instant, or from opening time of the
 * receipt day when rule 1 moves it; calendar-day limits count from the day of receipt.
 *
 * Working time (giờ làm việc) is clock time inside the unit's working-hours windows on working
 * days: with the default 07:30–11:30 and 13:30–17:00 that is 7 h 30 min a day. Working-time
 * arithmetic maps every instant to W = working milliseconds since the start of the calendar
 * (flat outside the windows); adding returns the earliest instant with the target W, so a due
 * instant is inside a window or exactly at a window's end.
 */
import type { TimeLimitUnit } from '../../contracts/calendar.js';
import { DomainError } from '../../platform/errors/errors.js';
import { localDayNumberOf, localTimeOfDayMs, MS_PER_HOUR, startOfLocalDayMs } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { type Instant, toEpochMs, type WorkingCalendar } from './calendar.js';
import { timeOfDayForElapsed, workingMsElapsedAt } from './working-hours.js';

export { timeLimitUnits, type TimeLimitUnit } from '../../contracts/calendar.js';

/** A procedure's time limit as published: a value and its unit (legal-rules §1.5.1). */
export type TimeLimit = { value: number; unit: TimeLimitUnit };

function invalidLimit(): DomainError {
  return new DomainError(CalendarError.TIME_LIMIT_INVALID);
}

function beyondRange(calendar: WorkingCalendar): DomainError {
  return new DomainError(CalendarError.CALENDAR_DATE_OUT_OF_RANGE, {
    value: 'a deadline',
    from: calendar.firstYear,
    to: calendar.lastYear,
  });
}

/** Table index of the k-th working day of the range (k from 0); throws past the range. */
function workingDayIndex(calendar: WorkingCalendar, k: number): number {
  const index = calendar.table.workingIndex[k];
  if (index === undefined) throw beyondRange(calendar);
  return index;
}

/** Table index of the receipt day of an instant (rule 1 above). */
function receiptDayIndex(calendar: WorkingCalendar, ms: number): number {
  const table = calendar.table;
  const index = calendar.indexOfDay(localDayNumberOf(ms));
  if (table.isWorking[index] === 1 && localTimeOfDayMs(ms) <= calendar.sameDayLimitMs) return index;
  return workingDayIndex(calendar, table.ordinal[index]!);
}

/** The receipt day (as a day number) that deadlines count from. */
export function findReceiptDayNumber(calendar: WorkingCalendar, receivedAt: Instant): number {
  return calendar.table.firstDay + receiptDayIndex(calendar, toEpochMs(receivedAt));
}

/** Due instant of a working-day limit: end of working hours of the N-th working day after the receipt day. */
export function addWorkingDays(calendar: WorkingCalendar, receivedAt: Instant, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw invalidLimit();
  const table = calendar.table;
  const receipt = receiptDayIndex(calendar, toEpochMs(receivedAt));
  const due = workingDayIndex(calendar, table.ordinal[receipt]! - 1 + days);
  return startOfLocalDayMs(table.firstDay + due) + calendar.workingHours.lastEndMs;
}

/**
 * Working days from the receipt day of `from` to the local day of `to`: the inverse of
 * `addWorkingDays` (a result on the due date counts N). 0 when `to` is on the receipt day or before.
 */
export function countWorkingDays(calendar: WorkingCalendar, from: Instant, to: Instant): number {
  const table = calendar.table;
  const receipt = receiptDayIndex(calendar, toEpochMs(from));
  // An instant exactly at midnight ends the day before (a window may end at 24:00).
  const end = calendar.indexOfDay(localDayNumberOf(toEpochMs(to) - 1));
  return Math.max(0, table.ordinal[end]! - table.ordinal[receipt]!);
}

/** Working days in the inclusive range of two dates' local days (order-insensitive). */
export function countWorkingDaysInRange(calendar: WorkingCalendar, first: Instant, last: Instant): number {
  const table = calendar.table;
  const a = calendar.indexOfDay(localDayNumberOf(toEpochMs(first)));
  const b = calendar.indexOfDay(localDayNumberOf(toEpochMs(last)));
  const [low, high] = a <= b ? [a, b] : [b, a];
  return table.ordinal[high]! - table.ordinal[low]! + table.isWorking[low]!;
}

/** W: working milliseconds from the start of the calendar's range up to an instant. */
export function workingTimeCoordinate(calendar: WorkingCalendar, instant: Instant): number {
  const ms = toEpochMs(instant);
  const table = calendar.table;
  const index = calendar.indexOfDay(localDayNumberOf(ms));
  const isWorking = table.isWorking[index]!;
  const daysBefore = table.ordinal[index]! - isWorking;
  const today = isWorking === 1 ? workingMsElapsedAt(calendar.workingHours, localTimeOfDayMs(ms)) : 0;
  return daysBefore * calendar.workingHours.dayLengthMs + today;
}

/** The earliest instant whose working-time coordinate is `coordinate` (> 0). */
export function instantAtWorkingTime(calendar: WorkingCalendar, coordinate: number): number {
  const dayLength = calendar.workingHours.dayLengthMs;
  if (!(coordinate > 0)) throw beyondRange(calendar);
  const dayOrdinal = Math.ceil(coordinate / dayLength);
  const index = workingDayIndex(calendar, dayOrdinal - 1);
  const elapsed = coordinate - (dayOrdinal - 1) * dayLength;
  return startOfLocalDayMs(calendar.table.firstDay + index) + timeOfDayForElapsed(calendar.workingHours, elapsed);
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

/**
 * When an hour-based clock starts: the receipt instant if it counts that day (rule 1), but not
 * before opening time; else the start of working hours of the receipt day.
 */
export function findCountingStart(calendar: WorkingCalendar, receivedAt: Instant): number {
  const ms = toEpochMs(receivedAt);
  const index = receiptDayIndex(calendar, ms);
  const opening = startOfLocalDayMs(calendar.table.firstDay + index) + calendar.workingHours.firstStartMs;
  return Math.max(ms, opening);
}

/**
 * Due instant of a calendar-day limit (ngày, e.g. the complaints law): the end of working hours
 * of the N-th day after the day of receipt; when that day is not a working day, of the next
 * working day (Civil Code 2015 arts. 147–148). No cut-off: the event day is the receipt day.
 */
export function addCalendarDays(calendar: WorkingCalendar, receivedAt: Instant, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw invalidLimit();
  const ms = toEpochMs(receivedAt);
  const table = calendar.table;
  const last = calendar.indexOfDay(localDayNumberOf(ms) + days);
  const due = table.isWorking[last] === 1 ? last : workingDayIndex(calendar, table.ordinal[last]!);
  const dueAt = startOfLocalDayMs(table.firstDay + due) + calendar.workingHours.lastEndMs;
  if (dueAt >= ms) return dueAt;
  // Only for 0 days received after working hours: the end of the next working day.
  return startOfLocalDayMs(table.firstDay + workingDayIndex(calendar, table.ordinal[due]!)) + calendar.workingHours.lastEndMs;
}

/** The due instant of a time limit for a dossier received at `receivedAt`. */
export function computeDueAt(calendar: WorkingCalendar, receivedAt: Instant, limit: TimeLimit): number {
  if (!Number.isFinite(limit.value) || limit.value < 0) throw invalidLimit();
  switch (limit.unit) {
    case 'working-days':
      return addWorkingDays(calendar, receivedAt, limit.value);
    case 'working-hours':
      return addWorkingHours(calendar, findCountingStart(calendar, receivedAt), limit.value);
    case 'calendar-days':
      return addCalendarDays(calendar, receivedAt, limit.value);
    default: {
      const unreachable: never = limit.unit;
      throw new Error(`Unknown time-limit unit ${String(unreachable)}`);
    }
  }
}
