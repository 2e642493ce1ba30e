/**
 * The Vietnamese lunisolar calendar (âm lịch) at UTC+7, 1900–2100, built from the astronomy
 * in `lunar-astronomy.ts` by the rules Hồ Ngọc Đức describes for the Vietnamese calendar:
 *
 * 1. A month begins on the local day (UTC+7) of a true new moon.
 * 2. Month 11 is the month that contains the day of the winter solstice (Sun at 270°).
 * 3. From one month 11 to the next there are 12 or 13 months. With 13, the first month after
 *    month 11 that contains no major solar term (trung khí, a multiple of 30° of solar
 *    longitude, judged by local days) is the leap month and repeats the previous number.
 * 4. Months 11 and 12 belong to the lunar year of that solstice; months 1–10 to the next.
 *
 * Vietnam's calendar has been computed for UTC+7 since 1968 (the North; the whole country from
 * 1976); earlier calendars followed China's (UTC+8), so dates before then are given here in the
 * UTC+7 calendar, not the one in use at the time.
 * The month table is computed once, on first use (about 2,500 months), then every conversion
 * is a binary search.
 *
 * Borderline months. Over 1900–2100, 2,488 month starts agree with the same rules run on an
 * independent high-precision ephemeris except where the event lies within a minute of local
 * midnight, closer than either model can decide: new moons on 1944-06-20/21, 1967-07-07/08,
 * 2077-11-15/16 and 2085-10-18/19 (Meeus puts them just before midnight; the other model just
 * after), and the autumn equinox at 00:00 on 1938-09-24, the day a month begins (leap month 8
 * here, leap 7 by the other model). No Tết date and no other leap month is affected.
 */
import {
  type CivilDate,
  formatIsoDate,
  fromDayNumber,
  isValidCivilDate,
  JDN_OF_DAY_ZERO,
  toDayNumber,
} from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { DomainError } from '../../platform/errors/errors.js';
import { nearestNewMoonNumber, newMoonDayNumber, sunLongitudeAtLocalMidnight, sunSectorAtLocalMidnight } from './lunar-astronomy.js';

export type LunarDate = { year: number; month: number; day: number; isLeapMonth: boolean };

export type LunarMonth = { year: number; month: number; isLeapMonth: boolean; firstDay: CivilDate; length: 29 | 30 };

export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;

type MonthTable = {
  /** Day number of the first day of each month, plus one sentinel after the last. */
  starts: Int32Array;
  years: Int16Array;
  months: Int8Array;
  leaps: Uint8Array;
  indexByKey: Map<number, number>;
  firstDay: number;
  lastDay: number;
};

let table: MonthTable | undefined;

const monthKey = (year: number, month: number, isLeapMonth: boolean) => year * 32 + month * 2 + (isLeapMonth ? 1 : 0);

/** The local day during which the Sun's apparent longitude reaches 270° (winter solstice). */
export function winterSolsticeDayNumber(year: number): number {
  const first = toDayNumber({ year, month: 12, day: 17 });
  for (let day = first; day < first + 10; day += 1) {
    if (sunLongitudeAtLocalMidnight(day) < 270 && sunLongitudeAtLocalMidnight(day + 1) >= 270) return day;
  }
  throw new Error(`No winter solstice found in December ${year}`);
}

/** New-moon number and first day of month 11 of a year: the month holding the solstice day. */
function findMonth11(year: number): { k: number; day: number } {
  const solstice = winterSolsticeDayNumber(year);
  let k = nearestNewMoonNumber(solstice + JDN_OF_DAY_ZERO);
  while (newMoonDayNumber(k) > solstice) k -= 1;
  while (newMoonDayNumber(k + 1) <= solstice) k += 1;
  return { k, day: newMoonDayNumber(k) };
}

function buildTable(): MonthTable {
  const starts: number[] = [];
  const years: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  let from = findMonth11(LUNAR_FIRST_YEAR - 1);
  for (let year = LUNAR_FIRST_YEAR - 1; year <= LUNAR_LAST_YEAR; year += 1) {
    const to = findMonth11(year + 1);
    const count = to.k - from.k;
    const monthStarts: number[] = [];
    for (let i = 0; i <= count; i += 1) monthStarts.push(i === 0 ? from.day : i === count ? to.day : newMoonDayNumber(from.k + i));
    let leapIndex = -1;
    if (count === 13) {
      for (let i = 1; i < count && leapIndex < 0; i += 1) {
        if (sunSectorAtLocalMidnight(monthStarts[i]!) === sunSectorAtLocalMidnight(monthStarts[i + 1]!)) leapIndex = i;
      }
      if (leapIndex < 0) throw new Error(`No month without a major solar term after the ${year} solstice`);
    } else if (count !== 12) {
      throw new Error(`${count} lunar months between the ${year} and ${year + 1} solstices`);
    }
    let number = 10;
    for (let i = 0; i < count; i += 1) {
      const isLeap = i === leapIndex;
      if (!isLeap) number = (number % 12) + 1;
      starts.push(monthStarts[i]!);
      // 11 and 12 (and their leap months) come before month 1 within one solstice year.
      years.push(number >= 11 ? year : year + 1);
      months.push(number);
      leaps.push(isLeap ? 1 : 0);
    }
    from = to;
  }
  starts.push(from.day);
  const indexByKey = new Map<number, number>();
  for (let i = 0; i < months.length; i += 1) indexByKey.set(monthKey(years[i]!, months[i]!, leaps[i] === 1), i);
  return {
    starts: Int32Array.from(starts),
    years: Int16Array.from(years),
    months: Int8Array.from(months),
    leaps: Uint8Array.from(leaps),
    indexByKey,
    firstDay: toDayNumber({ year: LUNAR_FIRST_YEAR, month: 1, day: 1 }),
    lastDay: toDayNumber({ year: LUNAR_LAST_YEAR, month: 12, day: 31 }),
  };
}

function getTable(): MonthTable {
  table ??= buildTable();
  return table;
}

function outOfRange(value: string): DomainError {
  return new DomainError(CalendarError.CALENDAR_DATE_OUT_OF_RANGE, { value, from: LUNAR_FIRST_YEAR, to: LUNAR_LAST_YEAR });
}

/** The lunar date of a day number (days since 1970-01-01). */
export function lunarDateOfDayNumber(dayNumber: number): LunarDate {
  const t = getTable();
  if (!Number.isInteger(dayNumber) || dayNumber < t.firstDay || dayNumber > t.lastDay) {
    throw outOfRange(Number.isInteger(dayNumber) ? formatIsoDate(fromDayNumber(dayNumber)) : String(dayNumber));
  }
  let low = 0;
  let high = t.months.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (t.starts[middle]! <= dayNumber) low = middle;
    else high = middle - 1;
  }
  return {
    year: t.years[low]!,
    month: t.months[low]!,
    day: dayNumber - t.starts[low]! + 1,
    isLeapMonth: t.leaps[low] === 1,
  };
}

/** Solar (Gregorian) date → Vietnamese lunar date. */
export function solarToLunar(date: CivilDate): LunarDate {
  if (!isValidCivilDate(date)) {
    throw new DomainError(CalendarError.CALENDAR_DATE_INVALID, { value: `${date.year}-${date.month}-${date.day}` });
  }
  return lunarDateOfDayNumber(toDayNumber(date));
}

/** The day number of a lunar date; throws when that date does not exist. */
export function dayNumberOfLunarDate(date: LunarDate): number {
  const t = getTable();
  const index = Number.isInteger(date.month) ? t.indexByKey.get(monthKey(date.year, date.month, date.isLeapMonth)) : undefined;
  const invalid = () =>
    new DomainError(CalendarError.LUNAR_DATE_INVALID, {
      year: date.year,
      month: date.month,
      day: date.day,
      leap: date.isLeapMonth ? ' (nhuận / leap)' : '',
    });
  if (!Number.isInteger(date.year) || date.year < LUNAR_FIRST_YEAR - 1 || date.year > LUNAR_LAST_YEAR + 1) {
    throw outOfRange(`${date.year} (lunar)`);
  }
  if (index === undefined || !Number.isInteger(date.day) || date.day < 1) throw invalid();
  const start = t.starts[index]!;
  const length = t.starts[index + 1]! - start;
  if (date.day > length) throw invalid();
  const dayNumber = start + date.day - 1;
  if (dayNumber < t.firstDay || dayNumber > t.lastDay) throw outOfRange(formatIsoDate(fromDayNumber(dayNumber)));
  return dayNumber;
}

/** Vietnamese lunar date → solar (Gregorian) date. */
export function lunarToSolar(date: LunarDate): CivilDate {
  return fromDayNumber(dayNumberOfLunarDate(date));
}

/** Mùng 1 Tết: the first day of lunar year `year`, as a solar date. */
export function tetDate(year: number): CivilDate {
  return lunarToSolar({ year, month: 1, day: 1, isLeapMonth: false });
}

/** Giỗ Tổ Hùng Vương: day 10 of month 3 of lunar year `year`, as a solar date. */
export function hungKingsDate(year: number): CivilDate {
  return lunarToSolar({ year, month: 3, day: 10, isLeapMonth: false });
}

/** The leap month of a lunar year, if it has one (a leap 11 or 12 belongs to the year before Tết). */
export function findLeapMonth(lunarYear: number): number | undefined {
  const t = getTable();
  for (let month = 1; month <= 12; month += 1) {
    if (t.indexByKey.has(monthKey(lunarYear, month, true))) return month;
  }
  return undefined;
}

/** The months of a lunar year in order, with their first solar day and length. */
export function listLunarMonths(lunarYear: number): LunarMonth[] {
  const t = getTable();
  const result: LunarMonth[] = [];
  for (let i = 0; i < t.months.length; i += 1) {
    if (t.years[i] !== lunarYear) continue;
    result.push({
      year: lunarYear,
      month: t.months[i]!,
      isLeapMonth: t.leaps[i] === 1,
      firstDay: fromDayNumber(t.starts[i]!),
      length: (t.starts[i + 1]! - t.starts[i]!) as 29 | 30,
    });
  }
  return result;
}
