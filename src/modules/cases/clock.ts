/**
 * A case's legal clock as an immutable value, driven by the working calendar of its unit:
 * start; pause and resume (the 766 measurement of a dossier's supplement period, a petition's
 * suspension); restart from zero (the one-stop rules: the time limit restarts once the complete
 * dossier arrives — NĐ 61/2018 art. 19(4), replaced by NĐ 118/2025/NĐ-CP, whose article is not
 * confirmed); one reschedule (a new appointment no more than once, ibid. art. 19(9)); extensions
 * of the limit by law (a complex complaint); and a stop that ends the count. Each event returns a
 * new clock and appends to its history the due instant it led to, so every due date a case ever
 * had is kept and explained. Events must come in time order.
 *
 * A pause extends the deadline in the limit's own unit. For working days, working hours and the
 * same day: by the working time it lasted. For calendar days (a complaint's 30 days): by the
 * calendar days it lasted — from the day it began to the day it ended, so a pause begun and ended
 * on the same day moves nothing and one from Monday to Thursday moves the deadline by 3 days —
 * counted on the period's own days (day N + paused days after the day of receipt, then moved to
 * a working day as Civil Code 2015 art. 148(5) says), not added to an already-moved due date.
 */
import { DomainError } from '../../platform/errors/errors.js';
import {
  addCalendarDays,
  addWorkingDaysOfTime,
  addWorkingTime,
  CalendarError,
  computeDueAt,
  countWorkingTime,
  type Instant,
  type TimeLimit,
  toEpochMs,
  type WorkingCalendar,
} from '../calendar/index.js';
import { formatVietnamInstant, localDayNumberOf, MS_PER_HOUR } from '../../platform/time/vietnam-time.js';

/** A closed pause: its working time, and its calendar days (absent on pauses stored before they were kept). */
export type ClockPause = { from: number; to: number; workingMs: number; calendarDays?: number };

export const clockEventKinds = ['start', 'pause', 'resume', 'restart', 'reschedule', 'extend', 'stop'] as const;
export type ClockEventKind = (typeof clockEventKinds)[number];

/** One step of the clock's derivation: what happened, when, and the due instant it led to. */
export type ClockStep = { kind: ClockEventKind; at: number; dueAt: number; note?: string };

/** An extension of the limit granted by law, counted after the statutory due instant. */
export type ClockExtension = { at: number; limit: TimeLimit; reason: string };

export type DeadlineClock = {
  limit: TimeLimit;
  /** Receipt instant of the current count: the first receipt or the latest restart. */
  startedAt: number;
  /** Due instant of the limit from `startedAt`, before pauses and rescheduling. */
  computedDueAt: number;
  /** Closed pauses of the current count and their total working time (and calendar days, for a calendar-day limit). */
  pauses: readonly ClockPause[];
  pausedWorkingMs: number;
  pausedCalendarDays?: number;
  /** Start of the open pause, if paused. */
  pausedAt: number | null;
  /** The new appointment (Mẫu 04), if any; `pausedSinceRescheduleMs` extends it. */
  rescheduledDueAt: number | null;
  rescheduledAt: number | null;
  pausedSinceRescheduleMs: number;
  pausedDaysSinceReschedule?: number;
  rescheduleCount: number;
  restartCount: number;
  lastEventAt: number;
  /** Extensions of the current count, in order (absent on clocks stored before extensions existed). */
  extensions?: readonly ClockExtension[];
  /** When the count ended (decision, result, closure); the due instant no longer moves. */
  stoppedAt?: number | null;
  /** Every event with the due instant it led to (absent on clocks stored before it was kept). */
  history?: readonly ClockStep[];
};

/** The clock after an event, with the event and the due instant it leads to appended to its history. */
function recorded(calendar: WorkingCalendar, clock: DeadlineClock, kind: ClockEventKind, at: number, note?: string): DeadlineClock {
  const step: ClockStep = { kind, at, dueAt: getDueAt(calendar, clock, at), ...(note ? { note } : {}) };
  return { ...clock, history: [...(clock.history ?? []), step] };
}

function checkOrder(clock: DeadlineClock, at: number): void {
  if (at < clock.lastEventAt) throw new DomainError(CalendarError.CLOCK_EVENT_OUT_OF_ORDER, { at: formatVietnamInstant(at) });
}

export function startClock(calendar: WorkingCalendar, options: { receivedAt: Instant; limit: TimeLimit }): DeadlineClock {
  const startedAt = toEpochMs(options.receivedAt);
  return recorded(calendar, countFrom(calendar, startedAt, options.limit), 'start', startedAt);
}

function countFrom(calendar: WorkingCalendar, startedAt: number, limit: TimeLimit): DeadlineClock {
  return {
    limit: { ...limit },
    startedAt,
    computedDueAt: computeDueAt(calendar, startedAt, limit),
    pauses: [],
    pausedWorkingMs: 0,
    pausedCalendarDays: 0,
    pausedAt: null,
    rescheduledDueAt: null,
    rescheduledAt: null,
    pausedSinceRescheduleMs: 0,
    pausedDaysSinceReschedule: 0,
    rescheduleCount: 0,
    restartCount: 0,
    lastEventAt: startedAt,
    extensions: [],
    stoppedAt: null,
  };
}

export function pauseClock(clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  if (clock.pausedAt !== null) throw new DomainError(CalendarError.CLOCK_ALREADY_PAUSED);
  // Pausing does not move the due instant yet: the resume says by how much it moved.
  const dueAt = clock.history?.at(-1)?.dueAt ?? clock.computedDueAt;
  return { ...clock, pausedAt: ms, lastEventAt: ms, history: [...(clock.history ?? []), { kind: 'pause', at: ms, dueAt }] };
}

/** Working time of the open pause up to `at` that falls after `since` (0 when not paused). */
function openPauseMs(calendar: WorkingCalendar, clock: DeadlineClock, at: number, since = -Infinity): number {
  if (clock.pausedAt === null) return 0;
  const from = Math.max(clock.pausedAt, since);
  return at > from ? countWorkingTime(calendar, from, at) : 0;
}

/** Calendar days from the local day of `from` to that of `to` (0 within one day). */
function calendarDaysBetween(from: number, to: number): number {
  return Math.max(0, localDayNumberOf(to) - localDayNumberOf(from));
}

/** Calendar days of the open pause up to `at` that fall after `since` (0 when not paused). */
function openPauseDays(clock: DeadlineClock, at: number, since = -Infinity): number {
  if (clock.pausedAt === null) return 0;
  const from = Math.max(clock.pausedAt, since);
  return at > from ? calendarDaysBetween(from, at) : 0;
}

function isCalendarDayLimit(clock: DeadlineClock): boolean {
  return clock.limit.unit === 'calendar-days';
}

/** Closed pauses' calendar days (from their instants for pauses stored before they were kept). */
function pausedDays(clock: DeadlineClock): number {
  return clock.pausedCalendarDays ?? clock.pauses.reduce((total, pause) => total + calendarDaysBetween(pause.from, pause.to), 0);
}

export function resumeClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  if (clock.pausedAt === null) throw new DomainError(CalendarError.CLOCK_NOT_PAUSED);
  const workingMs = openPauseMs(calendar, clock, ms);
  const calendarDays = openPauseDays(clock, ms);
  const since = clock.rescheduledAt;
  const resumed: DeadlineClock = {
    ...clock,
    pauses: [...clock.pauses, { from: clock.pausedAt, to: ms, workingMs, calendarDays }],
    pausedWorkingMs: clock.pausedWorkingMs + workingMs,
    pausedCalendarDays: pausedDays(clock) + calendarDays,
    pausedSinceRescheduleMs: clock.pausedSinceRescheduleMs + (since === null ? 0 : openPauseMs(calendar, clock, ms, since)),
    pausedDaysSinceReschedule: (clock.pausedDaysSinceReschedule ?? 0) + (since === null ? 0 : openPauseDays(clock, ms, since)),
    pausedAt: null,
    lastEventAt: ms,
  };
  return recorded(calendar, resumed, 'resume', ms);
}

/**
 * Counts the limit again from zero, as a new receipt at `at` (receipt rules and cut-off apply).
 * Ends an open pause; drops the earlier pauses and any new appointment, but keeps the count of
 * reschedules (one per dossier).
 */
export function restartClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  const restarted: DeadlineClock = {
    ...countFrom(calendar, ms, clock.limit),
    rescheduleCount: clock.rescheduleCount,
    restartCount: clock.restartCount + 1,
    history: clock.history ?? [],
  };
  return recorded(calendar, restarted, 'restart', ms);
}

/**
 * The due instant as of `asOf`. While paused, the deadline keeps moving: with `asOf` it is the
 * deadline if the clock resumed then; without it, the deadline as of the pause's start.
 */
export function getDueAt(calendar: WorkingCalendar, clock: DeadlineClock, asOf?: Instant): number {
  const at = measuredAt(clock, asOf);
  const { rescheduledDueAt, rescheduledAt } = clock;
  if (rescheduledDueAt !== null && rescheduledAt !== null) {
    if (isCalendarDayLimit(clock)) {
      const days = (clock.pausedDaysSinceReschedule ?? 0) + openPauseDays(clock, at, rescheduledAt);
      return days === 0 ? rescheduledDueAt : addCalendarDays(calendar, rescheduledDueAt, days);
    }
    const paused = clock.pausedSinceRescheduleMs + openPauseMs(calendar, clock, at, rescheduledAt);
    return addWorkingTime(calendar, rescheduledDueAt, paused);
  }
  return getStatutoryDueAt(calendar, clock, asOf);
}

/**
 * The due instant without any reschedule: what the on-time statistics compare against. Pauses
 * move it in the limit's unit (see the module comment); extensions granted by law are then
 * counted from it, in order — except days added to a calendar-day limit, which count on the
 * period's own days with the pauses.
 */
export function getStatutoryDueAt(calendar: WorkingCalendar, clock: DeadlineClock, asOf?: Instant): number {
  const at = measuredAt(clock, asOf);
  const extensions = clock.extensions ?? [];
  if (isCalendarDayLimit(clock)) {
    // Days added by extensions count on the period's own days, as pauses do: a 30-day limit extended
    // twice by 30 days ends on day 90 (moved to a working day), never later because day 30 or 60 was
    // a day off.
    const inDays = extensions.filter((extension) => extension.limit.unit === 'calendar-days');
    const days = pausedDays(clock) + openPauseDays(clock, at) + inDays.reduce((sum, extension) => sum + extension.limit.value, 0);
    const base = days === 0 ? clock.computedDueAt : addCalendarDays(calendar, clock.startedAt, clock.limit.value + days);
    return extensions
      .filter((extension) => extension.limit.unit !== 'calendar-days')
      .reduce((dueAt, extension) => extendedDueAt(calendar, dueAt, extension.limit), base);
  }
  const base = addWorkingTime(calendar, clock.computedDueAt, clock.pausedWorkingMs + openPauseMs(calendar, clock, at));
  return extensions.reduce((dueAt, extension) => extendedDueAt(calendar, dueAt, extension.limit), base);
}

/**
 * A due instant carried on by an extension: working time added to it (working days of working
 * time, each day as long as the hours in force on it), or days counted after its day.
 */
function extendedDueAt(calendar: WorkingCalendar, dueAt: number, limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working-days':
      return addWorkingDaysOfTime(calendar, dueAt, limit.value);
    case 'working-hours':
      return addWorkingTime(calendar, dueAt, limit.value * MS_PER_HOUR);
    case 'calendar-days':
      return addCalendarDays(calendar, dueAt, limit.value);
    case 'same-day':
      // "The same day" adds nothing to a due instant already set.
      return dueAt;
  }
}

/** The instant a question about the clock is asked at: never after the count stopped. */
function measuredAt(clock: DeadlineClock, asOf: Instant | undefined): number {
  const at = asOf === undefined ? -Infinity : toEpochMs(asOf);
  return clock.stoppedAt == null ? at : Math.min(at === -Infinity ? clock.stoppedAt : at, clock.stoppedAt);
}

/**
 * Extends the limit as the law allows (e.g. a complex complaint: up to 45 days instead of 30):
 * the extension is counted from the current statutory due instant, in the limit's unit.
 */
export function extendClock(
  calendar: WorkingCalendar,
  clock: DeadlineClock,
  options: { by: TimeLimit; at: Instant; reason: string },
): DeadlineClock {
  const at = toEpochMs(options.at);
  checkOrder(clock, at);
  if (clock.stoppedAt != null) throw new DomainError(CalendarError.CLOCK_STOPPED);
  const extended: DeadlineClock = {
    ...clock,
    extensions: [...(clock.extensions ?? []), { at, limit: { ...options.by }, reason: options.reason }],
    lastEventAt: at,
  };
  return recorded(calendar, extended, 'extend', at, options.reason);
}

/** Ends the count (a decision issued, a result ready, a case closed): the due instant no longer moves. */
export function stopClock(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant, note?: string): DeadlineClock {
  const ms = toEpochMs(at);
  checkOrder(clock, ms);
  if (clock.stoppedAt != null) throw new DomainError(CalendarError.CLOCK_STOPPED);
  return recorded(calendar, { ...clock, stoppedAt: ms, lastEventAt: ms }, 'stop', ms, note);
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
  const rescheduled: DeadlineClock = {
    ...clock,
    rescheduledDueAt: newDueAt,
    rescheduledAt: at,
    pausedSinceRescheduleMs: 0,
    pausedDaysSinceReschedule: 0,
    rescheduleCount: clock.rescheduleCount + 1,
    lastEventAt: at,
  };
  return recorded(calendar, rescheduled, 'reschedule', at);
}

export function isClockOverdue(calendar: WorkingCalendar, clock: DeadlineClock, at: Instant): boolean {
  const ms = measuredAt(clock, at);
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
