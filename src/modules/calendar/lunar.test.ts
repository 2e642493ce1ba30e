import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import {
  dayNumberOfLunarDate,
  findLeapMonth,
  hungKingsDate,
  listLunarMonths,
  lunarDateOfDayNumber,
  lunarToSolar,
  solarToLunar,
  tetDate,
} from './lunar.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.info(`lunar.test.ts fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const iso = (date: { year: number; month: number; day: number }) => formatIsoDate(date);
const weekdayName = (date: { year: number; month: number; day: number }) =>
  ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekdayOfDayNumber(toDayNumber(date))];

describe('Tết and Hùng Kings vectors (legal-rules §4.2)', () => {
  const vectors = [
    [2025, '2025-01-29', 'Wed', '2025-04-07', 'Mon'],
    [2026, '2026-02-17', 'Tue', '2026-04-26', 'Sun'],
    [2027, '2027-02-06', 'Sat', '2027-04-16', 'Fri'],
    [2028, '2028-01-26', 'Wed', '2028-04-04', 'Tue'],
    [2029, '2029-02-13', 'Tue', '2029-04-23', 'Mon'],
    [2030, '2030-02-02', 'Sat', '2030-04-12', 'Fri'],
    [2031, '2031-01-23', 'Thu', '2031-04-01', 'Tue'],
  ] as const;
  it.each(vectors)('%i: Tết %s (%s), Giỗ Tổ %s (%s)', (year, tet, tetWeekday, hungKings, hungKingsWeekday) => {
    expect(iso(tetDate(year))).toBe(tet);
    expect(weekdayName(tetDate(year))).toBe(tetWeekday);
    expect(iso(hungKingsDate(year))).toBe(hungKings);
    expect(weekdayName(hungKingsDate(year))).toBe(hungKingsWeekday);
  });

  it('gives the Tết and Hùng Kings days of the 2024 schedule', () => {
    expect(iso(tetDate(2024))).toBe('2024-02-10');
    expect(iso(hungKingsDate(2024))).toBe('2024-04-18');
  });
});

describe('years where Vietnam (UTC+7) and China (UTC+8) start the year on different days', () => {
  it.each([
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ] as const)('%i: Vietnam %s, not China’s %s', (year, vietnam, china) => {
    expect(iso(tetDate(year))).toBe(vietnam);
    expect(iso(tetDate(year))).not.toBe(china);
    expect(solarToLunar(fromIso(china))).not.toMatchObject({ month: 1, day: 1 });
  });

  it('1985: the solstice day 1984-12-21 (UTC+7) falls before the 22 Dec new moon, so month 11 began on 23 Nov', () => {
    const months = listLunarMonths(1984);
    expect(months.find((m) => m.month === 11 && !m.isLeapMonth)?.firstDay).toEqual({ year: 1984, month: 11, day: 23 });
    expect(months.find((m) => m.month === 12)?.firstDay).toEqual({ year: 1984, month: 12, day: 22 });
    // Vietnam then has 13 months to the next month 11 and a leap month 2 in Ất Sửu.
    expect(findLeapMonth(1984)).toBeUndefined();
    expect(findLeapMonth(1985)).toBe(2);
  });
});

function fromIso(text: string) {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

describe('leap months and single dates', () => {
  it.each([
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11],
  ])('lunar year %i has leap month %i', (year, month) => {
    expect(findLeapMonth(year)).toBe(month);
  });

  it('has no leap month in 2024 and 2026', () => {
    expect(findLeapMonth(2024)).toBeUndefined();
    expect(findLeapMonth(2026)).toBeUndefined();
  });

  it('converts the last days of the lunar year before Tết 2024–2026', () => {
    expect(solarToLunar({ year: 2024, month: 2, day: 9 })).toEqual({ year: 2023, month: 12, day: 30, isLeapMonth: false });
    expect(solarToLunar({ year: 2025, month: 1, day: 28 })).toEqual({ year: 2024, month: 12, day: 29, isLeapMonth: false });
    expect(solarToLunar({ year: 2026, month: 2, day: 16 })).toEqual({ year: 2025, month: 12, day: 29, isLeapMonth: false });
  });

  it('converts into and out of the leap sixth month of 2025', () => {
    expect(solarToLunar({ year: 2025, month: 7, day: 25 })).toEqual({ year: 2025, month: 6, day: 1, isLeapMonth: true });
    expect(solarToLunar({ year: 2025, month: 8, day: 23 })).toEqual({ year: 2025, month: 7, day: 1, isLeapMonth: false });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, isLeapMonth: true })).toEqual({ year: 2025, month: 7, day: 25 });
  });

  it('rejects lunar dates that do not exist, and dates outside 1900–2100', () => {
    const codeOf = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return undefined;
    };
    expect(codeOf(() => lunarToSolar({ year: 2024, month: 6, day: 1, isLeapMonth: true }))).toBe(CalendarError.LUNAR_DATE_INVALID);
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 12, day: 30, isLeapMonth: false }))).toBe(CalendarError.LUNAR_DATE_INVALID);
    expect(codeOf(() => lunarToSolar({ year: 2025, month: 13, day: 1, isLeapMonth: false }))).toBe(CalendarError.LUNAR_DATE_INVALID);
    expect(codeOf(() => solarToLunar({ year: 2025, month: 2, day: 29 }))).toBe(CalendarError.CALENDAR_DATE_INVALID);
    expect(codeOf(() => solarToLunar({ year: 1899, month: 12, day: 31 }))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
    expect(codeOf(() => solarToLunar({ year: 2101, month: 1, day: 1 }))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
  });
});

describe('the whole range 1900–2100', () => {
  const first = toDayNumber({ year: 1900, month: 1, day: 1 });
  const last = toDayNumber({ year: 2100, month: 12, day: 31 });

  it('round-trips every day: lunarToSolar(solarToLunar(d)) = d', () => {
    let checked = 0;
    for (let day = first; day <= last; day += 1) {
      const solar = fromDayNumber(day);
      const back = lunarToSolar(solarToLunar(solar));
      if (back.year !== solar.year || back.month !== solar.month || back.day !== solar.day) {
        throw new Error(`${iso(solar)} came back as ${iso(back)}`);
      }
      checked += 1;
    }
    expect(checked).toBe(73_414);
  });

  it('round-trips random days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(dayNumberOfLunarDate(lunarDateOfDayNumber(day))).toBe(day);
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('has months of 29 or 30 days, years of 12 or 13 months, a leap month only in 13-month years, Tết 21 Jan – 20 Feb', () => {
    for (let year = 1901; year <= 2100; year += 1) {
      const months = listLunarMonths(year);
      const leaps = months.filter((m) => m.isLeapMonth);
      expect([12, 13]).toContain(months.length);
      expect(leaps.length).toBe(months.length - 12);
      for (const month of months) expect([29, 30]).toContain(month.length);
      const tet = toDayNumber(tetDate(year));
      expect(tet).toBeGreaterThanOrEqual(toDayNumber({ year, month: 1, day: 21 }));
      expect(tet).toBeLessThanOrEqual(toDayNumber({ year, month: 2, day: 20 }));
    }
  });
});
