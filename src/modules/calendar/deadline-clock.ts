/**
 * A dossier's legal clock as an immutable value: start, pause and resume (a pause extends the
 * deadline by the working time it lasted: the 766 measurement of a supplement period),
 * restart from zero (NĐ 61/2018 art. 19(4): the time limit restarts once the complete dossier
 * arrives) and one reschedule (art. 19(9): a new appointment no more than once). Each event
 * returns a new clock; events must come in time order.
 */
import { DomainError } from '../../platform/errors/errors.js';
import { CalendarError } from './calendar.errors.js';
import { type Instant, toEpochMs, type WorkingCalendar } from './calendar.js';
import { addWorkingTime, computeDueAt, countWorkingTime, type TimeLimit } from './deadlines.js';
import { formatVietnamInstant } from './civil-date.js';

export type ClockPause = { from: number; to: number; workingMs: number };

export type DeadlineClock = {
  limit: TimeLimit;
  /** Receipt instant of the current count: the first receipt or the latest restart. */
  startedAt: number;
  /** Due instant of the limit from `startedAt`, before pauses and rescheduling. */
  computedDueAt: number;
  /** Closed pauses of the current count and their total working time. */
  pauses: readonly ClockPause[];
  pausedWorkingMs: number;
  /** Start of the open pause, if paused. */
  pausedAt: number | null;
  /** The new appointment (Mẫu 04), if any; `pausedSinceRescheduleMs` extends it. */
  rescheduledDueAt: number | null;
  rescheduledAt: number | null;
  pausedSinceRescheduleMs: number;
  rescheduleCount: number;
  restartCount: number;
  lastEventAt: number;
};

function checkOrder(clock: DeadlineClock, at: number): void {
  if (at < clock.lastEventAt) throw new DomainError(CalendarError.CLOCK_EVENT_OUT_OF_ORDER, { at: formatVietnamInstant(at) });
}

export function startClock(calendar: WorkingCalendar, options: { receivedAt: Instant; limit: TimeLimit }): DeadlineClock {
  const startedAt = toEpochMs(options.receivedAt);
  return {
    limit: { ...options.limit },
    startedAt,
    computedDueAt: computeDueAt(calendar, startedAt, options.limit),
    pauses: [],
    pausedWorkingMs: 0,
    pausedAt: null,
    rescheduledDueAt: null,
    rescheduledAt: null,
    pausedSinceRescheduleMs: 0,
    rescheduleCount: 0,
    restartCount: 0,
    lastEventAt: startedAt,
  };
}

export function pauseClock(clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  if (clock.pausedAt !== null) throw new DomainError(CalendarError.CLOCK_ALREADY_PAUSED);
  return { ...clock, pausedAt: ms, lastEventAt: ms };
}

/** Working time of the open pause up to `at` that falls after `since` (0 when not paused). */
function openPauseMs(calendar: WorkingCalendar, clock: DeadlineClock, at: number, since = -Infinity): number {
  if (clock.pausedAt === null) return 0;
  const from = Math.max(clock.pausedAt, since);
  return at > from ? countWorkingTime(calendar, from, at) : 0;
}

export function resumeClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  if (clock.pausedAt === null) throw new DomainError(CalendarError.CLOCK_NOT_PAUSED);
  const workingMs = openPauseMs(calendar, clock, ms);
  const sinceReschedule = clock.rescheduledAt === null ? 0 : openPauseMs(calendar, clock, ms, clock.rescheduledAt);
  return {
    ...clock,
    pauses: [...clock.pauses, { from: clock.pausedAt, to: ms, workingMs }],
    pausedWorkingMs: clock.pausedWorkingMs + workingMs,
    pausedSinceRescheduleMs: clock.pausedSinceRescheduleMs + sinceReschedule,
    pausedAt: null,
    lastEventAt: ms,
  };
}

/**
 * Counts the limit again from zero, as a new receipt at `at` (receipt rules and cut-off apply).
 * Ends an open pause; drops the earlier pauses and any new appointment, but keeps the count of
 * reschedules (one per dossier).
 */
export function restartClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  return {
    ...startClock(calendar, { receivedAt: ms, limit: clock.limit }),
    rescheduleCount: clock.rescheduleCount,
    restartCount: clock.restartCount + 1,
  };
}

/**
 * The due instant as of `asOf`. While paused, the deadline keeps moving: with `asOf` it is the
 * deadline if the clock resumed then; without it, the deadline as of the pause's start.
 */
export function getDueAt(calendar: WorkingCalendar, clock: DeadlineClock, asOf?: Instant): number {
  const at = asOf === undefined ? -Infinity : toEpochMs(asOf);
  if (clock.rescheduledDueAt !== null && clock.rescheduledAt !== null) {
    const paused = clock.pausedSinceRescheduleMs + openPauseMs(calendar, clock, at, clock.rescheduledAt);
    return addWorkingTime(calendar, clock.rescheduledDueAt, paused);
  }
  return getStatutoryDueAt(calendar, clock, asOf);
}

/** The due instant without any reschedule: what the on-time statistics compare against. */
export function getStatutoryDueAt(calendar: WorkingCalendar, clock: DeadlineClock, asOf?: Instant): number {
  const at = asOf === undefined ? -Infinity : toEpochMs(asOf);
  return addWorkingTime(calendar, clock.computedDueAt, clock.pausedWorkingMs + openPauseMs(calendar, clock, at));
}

/** Sets a new appointment, once per dossier; it must be later than the current due instant. */
export function rescheduleClock(
  calendar: WorkingCalendar,
  clock: DeadlineClock,
  options: { newDueAt: Instant; at: Instant },
): DeadlineClock {
  const at = toEpochMs(options.at);
  const newDueAt = toEpochMs(options.newDueAt);
  checkOrder(clock, at);
  if (clock.rescheduleCount >= 1) throw new DomainError(CalendarError.DEADLINE_ALREADY_RESCHEDULED);
  if (newDueAt <= getDueAt(calendar, clock, at)) throw new DomainError(CalendarError.DEADLINE_RESCHEDULE_NOT_LATER);
  return {
    ...clock,
    rescheduledDueAt: newDueAt,
    rescheduledAt: at,
    pausedSinceRescheduleMs: 0,
    rescheduleCount: clock.rescheduleCount + 1,
    lastEventAt: at,
  };
}

export function isClockOverdue(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): boolean {
  const ms = toEpochMs(at);
  return ms > getDueAt(calendar, clock, ms);
}

/** Working time left until the due instant (negative when overdue); frozen while paused. */
export function countRemainingWorkingTime(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): number {
  const ms = toEpochMs(at);
  if (clock.pausedAt !== null && ms >= clock.pausedAt) {
    return countWorkingTime(calendar, clock.pausedAt, getDueAt(calendar, clock));
  }
  return countWorkingTime(calendar, ms, getDueAt(calendar, clock, ms));
}
