/**
 * Deadline arithmetic over a loaded calendar. Instants are `Date` or epoch milliseconds (UTC);
 * results are epoch milliseconds. Business time is Vietnamese local time (UTC+7).
 *
 * The receipt day R (ngày tiếp nhận) of an instant is its local day when that day is a working day
 * and the receipt is at or before the same-day limit: the cut-off (15:00:00, when the policy is on)
 * or else the end of that day's working hours. Receipts before opening time or in the lunch break
 * count that day. A later receipt, or one on a non-working day, counts as received at the start of
 * the next working day, which is then R (the cut-off policy, working-hours.ts; legal-rules §1.5.3).
 *
 * Working-day limits (ngày làm việc), N ≥ 1:
 * 1. Day 1 is the first working day after the local day of receipt (legal-rules §1.5.3: "count day 1
 *    as the next working day"; as Civil Code 2015 art. 147(3): the day of the event is not counted).
 * 2. The cut-off is applied once. A receipt before the cut-off has R = its own day, not counted, so
 *    day 1 is the next working day; a receipt after the cut-off is deemed received at the start of
 *    the next working day, which is a whole working day and so is day 1 — moving R and then also
 *    not counting R would push the same dossier back twice for one late hour.
 *    Wed 10:00 + 1 → Thu 17:00; Wed 15:30 + 1 → Thu 17:00 (R = Thu = day 1); Sat + 1 → Mon 17:00.
 * 3. The dossier is due at the end of working hours (17:00) of day N.
 * Same-day limits ('same-day', or 0 working days): due at the end of working hours of R — the same
 * day, or the next working day when received after the cut-off or on a day off ("trả trong ngày;
 * nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", e.g. NĐ 23/2015 art. 21).
 * Working-hour limits count working time from the receipt instant (not before opening time), or
 * from the opening of R when the receipt was moved to R.
 * Calendar-day limits (ngày, e.g. the complaints law) follow the Civil Code 2015: day 1 is the day
 * after the day of receipt (art. 147(3); no cut-off: the event is the receipt itself); the period
 * ends with day N (art. 148(1)), or with the next working day when day N is a weekly rest day or a
 * holiday (art. 148(5)). The due instant is the end of working hours of that day (art. 148(6) ends a
 * day at 24:00; an office's appointment ends when the office closes, the earlier and safer instant).
 * Example: received Wed 09:00, 3 working days → due Mon 17:00; received Wed 15:30 → also Mon 17:00.
 */
import type { TimeLimitUnit } from '../../contracts/calendar.js';
import { localDayNumberOf, localTimeOfDayMs, startOfLocalDayMs } from '../../platform/time/vietnam-time.js';
import { type Instant, toEpochMs, type WorkingCalendar } from './calendar.js';
import { addWorkingHours, endOfWorkOnIndex, invalidLimit, workingDayIndex } from './working-time.js';

export { timeLimitUnits, type TimeLimitUnit } from '../../contracts/calendar.js';
export {
  addWorkingDaysOfTime,
  addWorkingHours,
  addWorkingTime,
  countWorkingHours,
  countWorkingTime,
  instantAtWorkingTime,
  workingTimeCoordinate,
} from './working-time.js';

/** A procedure's time limit as published: a value and its unit (legal-rules §1.5.1); 0 for 'same-day'. */
export type TimeLimit = { value: number; unit: TimeLimitUnit };

/** Table index of the receipt day R of an instant (see the module comment). */
function receiptDayIndex(calendar: WorkingCalendar, ms: number): number {
  const table = calendar.table;
  const index = calendar.indexOfDay(localDayNumberOf(ms));
  if (table.isWorking[index] === 1 && localTimeOfDayMs(ms) <= calendar.sameDayLimitOnIndex(index)) return index;
  return workingDayIndex(calendar, table.ordinal[index]!);
}

/** The receipt day (as a day number) that deadlines count from. */
export function findReceiptDayNumber(calendar: WorkingCalendar, receivedAt: Instant): number {
  return calendar.table.firstDay + receiptDayIndex(calendar, toEpochMs(receivedAt));
}

/**
 * Due instant of a working-day limit: the end of working hours of the N-th working day after the
 * day of receipt; for N = 0, of the receipt day R.
 */
export function addWorkingDays(calendar: WorkingCalendar, receivedAt: Instant, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw invalidLimit();
  const ms = toEpochMs(receivedAt);
  if (days === 0) return endOfWorkOnIndex(calendar, receiptDayIndex(calendar, ms));
  const receivedOn = calendar.indexOfDay(localDayNumberOf(ms));
  return endOfWorkOnIndex(calendar, workingDayIndex(calendar, calendar.table.ordinal[receivedOn]! - 1 + days));
}

/** Due instant of a same-day limit: the end of working hours of the receipt day R. */
export function findSameDayDueAt(calendar: WorkingCalendar, receivedAt: Instant): number {
  return addWorkingDays(calendar, receivedAt, 0);
}

/**
 * Which day of a working-day count the local day of `to` is, for a receipt at `from`: working days
 * after the day of receipt up to that day (the inverse of `addWorkingDays` for N ≥ 1: a result on
 * the due date counts N). 0 on the day of receipt or before.
 */
export function countWorkingDays(calendar: WorkingCalendar, from: Instant, to: Instant): number {
  const table = calendar.table;
  const receivedOn = calendar.indexOfDay(localDayNumberOf(toEpochMs(from)));
  // An instant exactly at midnight ends the day before (a window may end at 24:00).
  const end = calendar.indexOfDay(localDayNumberOf(toEpochMs(to) - 1));
  return Math.max(0, table.ordinal[end]! - table.ordinal[receivedOn]!);
}

/** Working days in the inclusive range of two dates' local days (order-insensitive). */
export function countWorkingDaysInRange(calendar: WorkingCalendar, first: Instant, last: Instant): number {
  const table = calendar.table;
  const a = calendar.indexOfDay(localDayNumberOf(toEpochMs(first)));
  const b = calendar.indexOfDay(localDayNumberOf(toEpochMs(last)));
  const [low, high] = a <= b ? [a, b] : [b, a];
  return table.ordinal[high]! - table.ordinal[low]! + table.isWorking[low]!;
}

/**
 * When an hour-based clock starts: the receipt instant if it counts that day, but not before
 * opening time; else the opening of the receipt day R.
 */
export function findCountingStart(calendar: WorkingCalendar, receivedAt: Instant): number {
  const ms = toEpochMs(receivedAt);
  const index = receiptDayIndex(calendar, ms);
  const opening = startOfLocalDayMs(calendar.table.firstDay + index) + calendar.hoursOnIndex(index).firstStartMs;
  return Math.max(ms, opening);
}

/**
 * Due instant of a calendar-day limit (Civil Code 2015 arts. 147–148, see the module comment): the
 * end of working hours of the N-th day after the day of receipt, or of the next working day when
 * that day is not a working day. 0 days: the end of the day of receipt, or of the next working day
 * when received after working hours or on a day off.
 */
export function addCalendarDays(calendar: WorkingCalendar, receivedAt: Instant, days: number): number {
  if (!Number.isInteger(days) || days < 0) throw invalidLimit();
  const ms = toEpochMs(receivedAt);
  const table = calendar.table;
  const last = calendar.indexOfDay(localDayNumberOf(ms) + days);
  const due = table.isWorking[last] === 1 ? last : workingDayIndex(calendar, table.ordinal[last]!);
  const dueAt = endOfWorkOnIndex(calendar, due);
  if (dueAt >= ms) return dueAt;
  // Only for 0 days received after working hours: the end of the next working day.
  return endOfWorkOnIndex(calendar, workingDayIndex(calendar, table.ordinal[due]!));
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
    case 'same-day':
      return findSameDayDueAt(calendar, receivedAt);
    default: {
      const unreachable: never = limit.unit;
      throw new Error(`Unknown time-limit unit ${String(unreachable)}`);
    }
  }
}
