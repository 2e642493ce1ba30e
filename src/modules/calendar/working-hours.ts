/**
 * Working hours (giờ làm việc: the time that counts towards deadlines) and opening hours
 * (giờ tiếp nhận: when the counter receives dossiers) are separate notions. A centre that
 * receives on Saturday morning is open then, but Saturday stays a non-working day for
 * deadlines unless the unit's calendar says otherwise (legal-rules §4.1, a local decision).
 * Working hours may change with the season (many provinces work 07:00–11:30 and 13:30–17:00
 * from 1 May to 30 September, 07:30–11:30 and 13:00–17:00 otherwise): a unit sets its seasons
 * with the days of the year they run, and each day counts with the hours in force on it.
 * All times are Vietnamese local time (UTC+7, no DST).
 */
import { parseMonthDay, type SeasonalHours } from '../../contracts/calendar.js';
import { DomainError } from '../../platform/errors/errors.js';
import { daysInMonth, MS_PER_MINUTE, parseClockTime, type Weekday } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';

/** A window of the day, `HH:MM`–`HH:MM`, end exclusive for presence and inclusive for deadlines. */
export type TimeWindow = { start: string; end: string };

/**
 * Default working hours: 08:00–12:00 and 13:00–17:00, the 8-hour working day of the 40-hour week
 * of civil servants (Quyết định 188/1999/QĐ-TTg; legal-rules §1.5.1). The clock times themselves
 * are the province's decision: a unit sets its own, and its seasons.
 */
export const DEFAULT_WORKING_HOURS: readonly TimeWindow[] = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

/** Opening hours per weekday; a weekday left out is open during working hours on working days. */
export type OpeningHours = readonly { weekday: Weekday; windows: readonly TimeWindow[] }[];

/**
 * The afternoon cut-off: a dossier received after `cutOff` counts as received on the next working
 * day. The one-stop rules in force since 2025-07-01 are Nghị định 118/2025/NĐ-CP; whether it kept
 * the 15:00 rule of the decree it replaced (NĐ 61/2018 art. 18: paper dossiers received after
 * 15:00 are transferred at the start of the next working day) is not confirmed, and sectoral
 * same-day procedures say the same ("nếu nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo",
 * e.g. NĐ 23/2015 art. 21). Hence a policy a unit or procedure may switch off or move.
 */
export type CutOffPolicy = { isEnabled: boolean; cutOff: string; legalBasis: string };

export const DEFAULT_CUT_OFF_POLICY: CutOffPolicy = {
  isEnabled: true,
  cutOff: '15:00',
  legalBasis:
    'Nghị định 118/2025/NĐ-CP (cơ chế một cửa, từ 01/7/2025): giữ mốc 15 giờ của Nghị định 61/2018/NĐ-CP Điều 18 (đã hết hiệu lực) hay không chưa được xác nhận; thủ tục trả trong ngày: nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
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

/** A season of working hours, compiled: its days of the year as `month * 100 + day`, both inclusive. */
export type CompiledSeason = { name: string; from: number; to: number; hours: CompiledWorkingHours };

function monthDayKey(text: string, field: string): number {
  const parsed = parseMonthDay(text);
  if (!parsed) throw invalid(`${field}: ${text} must be a day of the year as MM-DD.`);
  return parsed.month * 100 + parsed.day;
}

/** A day of the year (`month * 100 + day`) as `MM-DD`. */
export function formatMonthDayKey(key: number): string {
  return `${String(Math.floor(key / 100)).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`;
}

/** A date's day of the year as `month * 100 + day`; 29 February has the hours of 28 February. */
export function monthDayKeyOf(month: number, day: number): number {
  return month === 2 && day === 29 ? 228 : month * 100 + day;
}

/** Whether a day of the year (`month * 100 + day`) is inside a season, which may run over the new year. */
export function isInSeason(season: Pick<CompiledSeason, 'from' | 'to'>, key: number): boolean {
  return season.from <= season.to ? key >= season.from && key <= season.to : key >= season.from || key <= season.to;
}

/** Validates and compiles seasons: well-formed windows, and no day of the year in two seasons. */
export function compileSeasons(seasons: readonly SeasonalHours[]): CompiledSeason[] {
  const compiled = seasons.map((season, index) => ({
    name: season.name,
    from: monthDayKey(season.from, `Season ${index + 1}`),
    to: monthDayKey(season.to, `Season ${index + 1}`),
    hours: compileWorkingHours(season.windows),
  }));
  for (let month = 1; month <= 12; month += 1) {
    for (let day = 1; day <= daysInMonth(2001, month); day += 1) {
      const key = month * 100 + day;
      const holding = compiled.filter((season) => isInSeason(season, key));
      if (holding.length > 1) throw invalid(`Seasons ${holding.map((season) => season.name).join(' and ')} overlap.`);
    }
  }
  return compiled;
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
