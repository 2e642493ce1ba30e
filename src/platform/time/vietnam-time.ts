/**
 * Vietnam's time, in one place: civil (Gregorian) dates as plain values and as day numbers, with
 * no Date objects — a day number counts days since 1970-01-01 (day 0), so consecutive days
 * differ by one and a weekday is a modulo — and instants read in Vietnam's time. Business time
 * is Vietnam's, UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving), so a fixed offset is
 * exact and does not depend on the ICU data of the machine.
 */

export type CivilDate = { year: number; month: number; day: number };

/** `YYYY-MM-DD`. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as in `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Vietnam's offset from UTC, in milliseconds (Asia/Ho_Chi_Minh has had no DST since 1975). */
export const VIETNAM_OFFSET_MS = 7 * MS_PER_HOUR;

/** Julian Day Number of day number 0 (1970-01-01). */
export const JDN_OF_DAY_ZERO = 2_440_588;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidCivilDate(date: CivilDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (era arithmetic, valid for any year). */
export function toDayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function weekdayOfDayNumber(dayNumber: number): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; `undefined` when malformed or not a real date (e.g. 2025-02-29). */
export function findCivilDate(text: string): CivilDate | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(date) ? date : undefined;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function isoToDayNumber(text: IsoDate): number | undefined {
  const date = findCivilDate(text);
  return date ? toDayNumber(date) : undefined;
}

export function dayNumberToIso(dayNumber: number): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber));
}

/** The Vietnamese local day of an instant (epoch milliseconds). */
export function localDayNumberOf(epochMs: number): number {
  return Math.floor((epochMs + VIETNAM_OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds since Vietnamese local midnight of an instant. */
export function localTimeOfDayMs(epochMs: number): number {
  const shifted = epochMs + VIETNAM_OFFSET_MS;
  return shifted - Math.floor(shifted / MS_PER_DAY) * MS_PER_DAY;
}

/** The instant of Vietnamese local midnight that starts a day. */
export function startOfLocalDayMs(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - VIETNAM_OFFSET_MS;
}

/**
 * The instant of a Vietnamese local date and time (`HH:MM` or minutes since midnight).
 * Handy in tests and fixtures: `vietnamInstant('2025-04-25', '09:00')`.
 */
export function vietnamInstant(date: IsoDate | CivilDate, time: string | number = 0): number {
  const civil = typeof date === 'string' ? findCivilDate(date) : date;
  if (!civil || !isValidCivilDate(civil)) throw new RangeError(`Not a date: ${String(date)}`);
  const minutes = typeof time === 'number' ? time : parseClockTime(time);
  if (minutes === undefined) throw new RangeError(`Not a time of day: ${String(time)}`);
  return startOfLocalDayMs(toDayNumber(civil)) + minutes * MS_PER_MINUTE;
}

/** Formats an instant as Vietnamese local `YYYY-MM-DD HH:MM` (seconds dropped). */
export function formatVietnamInstant(epochMs: number): string {
  const day = localDayNumberOf(epochMs);
  const minutes = Math.floor(localTimeOfDayMs(epochMs) / MS_PER_MINUTE);
  return `${dayNumberToIso(day)} ${formatClockTime(minutes)}`;
}

const clockPattern = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** `HH:MM` (00:00–24:00) → minutes since midnight; `undefined` when malformed. */
export function parseClockTime(text: string): number | undefined {
  const match = clockPattern.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}

export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return dayNumberToIso(localDayNumberOf(now.getTime()));
}

/** The instant Vietnamese local midnight starts a date (`YYYY-MM-DD`), in epoch milliseconds. */
export function startOfVietnamDate(date: IsoDate): number {
  const dayNumber = isoToDayNumber(date);
  if (dayNumber === undefined) throw new RangeError(`Not a date: ${date}`);
  return startOfLocalDayMs(dayNumber);
}

/** An instant as ISO 8601 in Vietnam's time: `2026-02-23T17:00:00+07:00`. */
export function formatInstantIso(epochMs: number): string {
  const seconds = Math.floor((((epochMs % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE) / 1000);
  return `${formatVietnamInstant(epochMs).replace(' ', 'T')}:${String(seconds).padStart(2, '0')}+07:00`;
}

export type VietnamParts = { year: number; month: number; day: number; hour: number; minute: number };

/** The wall-clock parts of an ISO instant in Vietnam's time. */
export function vietnamParts(iso: string): VietnamParts {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** A Date whose UTC fields carry Vietnam's wall-clock time (what a spreadsheet cell should hold). */
export function vietnamWallClock(iso: string): Date {
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS);
}

/** An instant as people in Vietnam read it: "08:30 24/01/2025". */
export function vietnamClock(iso: string, separator = ' '): string {
  const p = vietnamParts(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.hour)}:${pad(p.minute)}${separator}${pad(p.day)}/${pad(p.month)}/${p.year}`;
}
