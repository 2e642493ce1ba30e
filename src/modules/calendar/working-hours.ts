/**
 * Working hours (giờ làm việc: the time that counts towards deadlines) and opening hours
 * (giờ tiếp nhận: when the counter receives dossiers) are separate notions. A centre that
 * receives on Saturday morning is open then, but Saturday stays a non-working day for
 * deadlines unless the unit's calendar says otherwise (legal-rules §4.1, a local decision).
 * All times are Vietnamese local time (UTC+7, no DST).
 */
import { DomainError } from '../../platform/errors/errors.js';
import { MS_PER_MINUTE, parseClockTime, type Weekday } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';

/** A window of the day, `HH:MM`–`HH:MM`, end exclusive for presence and inclusive for deadlines. */
export type TimeWindow = { start: string; end: string };

/** Default civil-service working hours: 07:30–11:30 and 13:30–17:00 (7 h 30 min a day). */
export const DEFAULT_WORKING_HOURS: readonly TimeWindow[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

/** Opening hours per weekday; a weekday left out is open during working hours on working days. */
export type OpeningHours = readonly { weekday: Weekday; windows: readonly TimeWindow[] }[];

/**
 * The afternoon cut-off: a dossier received after `cutOff` counts from the next working day.
 * NĐ 61/2018 art. 18 (paper dossiers received after 15:00 are transferred at the start of the
 * next working day) and sectoral same-day procedures ("nếu nhận sau 15 giờ thì trả trong ngày
 * làm việc tiếp theo"). Decree 61/2018 was replaced by NĐ 118/2025 on 2025-07-01; whether the
 * 15:00 rule was kept is unconfirmed, hence a policy a unit or procedure may switch off or move.
 */
export type CutOffPolicy = { isEnabled: boolean; cutOff: string; legalBasis: string };

export const DEFAULT_CUT_OFF_POLICY: CutOffPolicy = {
  isEnabled: true,
  cutOff: '15:00',
  legalBasis:
    'Nghị định 61/2018/NĐ-CP Điều 18 (tiếp nhận sau 15 giờ chuyển vào đầu ngày làm việc tiếp theo); NĐ 118/2025/NĐ-CP from 2025-07-01, cut-off to be confirmed',
};

/** Working hours in milliseconds since local midnight, ready for arithmetic. */
export type CompiledWorkingHours = {
  windows: readonly TimeWindow[];
  starts: Float64Array;
  ends: Float64Array;
  /** Working milliseconds before each window within a day. */
  before: Float64Array;
  /** Working milliseconds in one working day. */
  dayLengthMs: number;
  firstStartMs: number;
  lastEndMs: number;
};

export type CompiledOpeningHours = Partial<Record<Weekday, CompiledWorkingHours>>;

function invalid(reason: string): DomainError {
  return new DomainError(CalendarError.WORKING_HOURS_INVALID, { reason });
}

/** Validates and compiles windows: well-formed, each non-empty, sorted and not overlapping. */
export function compileWorkingHours(windows: readonly TimeWindow[]): CompiledWorkingHours {
  if (windows.length === 0) throw invalid('At least one window is needed.');
  const starts = new Float64Array(windows.length);
  const ends = new Float64Array(windows.length);
  const before = new Float64Array(windows.length);
  let total = 0;
  let previousEnd = -1;
  windows.forEach((window, index) => {
    const start = parseClockTime(window.start);
    const end = parseClockTime(window.end);
    if (start === undefined || end === undefined) throw invalid(`Window ${index + 1}: times must be HH:MM.`);
    if (start >= end) throw invalid(`Window ${index + 1}: ${window.start} is not before ${window.end}.`);
    if (start < previousEnd) throw invalid(`Window ${index + 1}: windows must be in order and not overlap.`);
    starts[index] = start * MS_PER_MINUTE;
    ends[index] = end * MS_PER_MINUTE;
    before[index] = total;
    total += (end - start) * MS_PER_MINUTE;
    previousEnd = end;
  });
  return {
    windows: windows.map((window) => ({ ...window })),
    starts,
    ends,
    before,
    dayLengthMs: total,
    firstStartMs: starts[0]!,
    lastEndMs: ends[windows.length - 1]!,
  };
}

export function compileOpeningHours(openingHours: OpeningHours): CompiledOpeningHours {
  const result: CompiledOpeningHours = {};
  for (const { weekday, windows } of openingHours) {
    if (result[weekday]) throw invalid(`Opening hours list weekday ${weekday} twice.`);
    if (windows.length > 0) result[weekday] = compileWorkingHours(windows);
  }
  return result;
}

/** The cut-off as milliseconds since local midnight, validated. */
export function compileCutOff(policy: CutOffPolicy): number {
  const minutes = parseClockTime(policy.cutOff);
  if (minutes === undefined) throw invalid(`Cut-off ${policy.cutOff} must be HH:MM.`);
  return minutes * MS_PER_MINUTE;
}

/** Working milliseconds of a day elapsed at a time of day (flat across breaks). */
export function workingMsElapsedAt(hours: CompiledWorkingHours, timeOfDayMs: number): number {
  const { starts, ends, before } = hours;
  for (let index = starts.length - 1; index >= 0; index -= 1) {
    const start = starts[index]!;
    if (timeOfDayMs > start) return before[index]! + Math.min(timeOfDayMs, ends[index]!) - start;
  }
  return 0;
}

/**
 * The earliest time of day at which `elapsedMs` (0 < elapsedMs ≤ day length) of working time
 * has passed; exactly at a window's end when the amount fills it.
 */
export function timeOfDayForElapsed(hours: CompiledWorkingHours, elapsedMs: number): number {
  const { starts, ends, before } = hours;
  for (let index = 0; index < starts.length; index += 1) {
    const length = ends[index]! - starts[index]!;
    if (elapsedMs <= before[index]! + length) return starts[index]! + (elapsedMs - before[index]!);
  }
  return hours.lastEndMs;
}

/** Whether a time of day is inside a window (start inclusive, end exclusive). */
export function isWithinWindows(hours: CompiledWorkingHours, timeOfDayMs: number): boolean {
  for (let index = 0; index < hours.starts.length; index += 1) {
    if (timeOfDayMs >= hours.starts[index]! && timeOfDayMs < hours.ends[index]!) return true;
  }
  return false;
}
