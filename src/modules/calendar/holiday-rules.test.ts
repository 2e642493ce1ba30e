import { describe, expect, it } from 'vitest';
import { dayNumberToIso, toDayNumber, weekdayOfDayNumber } from '../../platform/time/vietnam-time.js';
import { loadCalendar } from './calendar.js';
import { isWeekendDay } from './day-table.js';
import { addCompensatoryDays, DEFAULT_HOLIDAY_RULES, expandHolidayRules, type HolidayRuleSettings } from './holiday-rules.js';

/** Non-working weekdays and worked weekend days of a year, from rules only (no schedule). */
function offWeekdaysFromRules(year: number, ruleSettings: HolidayRuleSettings = {}) {
  const calendar = loadCalendar({ schedules: [], ruleSettings });
  return calendar
    .listExceptionalDays(year)
    .filter((day) => !day.isWorkingDay)
    .map((day) => `${day.date}:${day.reasons.map((reason) => `${reason.kind}/${reason.occasion ?? ''}`).join('+')}`);
}

describe('statutory rules (Labour Code art. 112) without a yearly schedule', () => {
  it('every rule carries a legal basis and a validity period', () => {
    for (const rule of DEFAULT_HOLIDAY_RULES) {
      expect(rule.legalBasis.length).toBeGreaterThan(10);
      expect(rule.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('2026 by the rules alone: Tết = last day of the lunar year + mùng 1–4; Hùng Kings on Sunday gives Monday', () => {
    const days = offWeekdaysFromRules(2026);
    expect(days).toEqual([
      '2026-01-01:holiday/new-year',
      '2026-02-16:holiday/lunar-new-year',
      '2026-02-17:holiday/lunar-new-year',
      '2026-02-18:holiday/lunar-new-year',
      '2026-02-19:holiday/lunar-new-year',
      '2026-02-20:holiday/lunar-new-year',
      '2026-04-26:weekly-rest/+holiday/hung-kings',
      '2026-04-27:compensatory-off/hung-kings',
      '2026-04-30:holiday/victory-day',
      '2026-05-01:holiday/labour-day',
      '2026-09-01:holiday/national-day',
      '2026-09-02:holiday/national-day',
    ]);
  });

  it('2024 by the rules alone differs from the official schedule (8–14 Feb): eve 9 Feb + 10–13 Feb, weekend days compensated 14–15 Feb', () => {
    const tet = offWeekdaysFromRules(2024).filter((day) => day.startsWith('2024-02'));
    expect(tet).toEqual([
      '2024-02-09:holiday/lunar-new-year',
      '2024-02-10:weekly-rest/+holiday/lunar-new-year',
      '2024-02-11:weekly-rest/+holiday/lunar-new-year',
      '2024-02-12:holiday/lunar-new-year',
      '2024-02-13:holiday/lunar-new-year',
      '2024-02-14:compensatory-off/lunar-new-year',
      '2024-02-15:compensatory-off/lunar-new-year',
    ]);
  });

  it('two holidays on one weekend give the next two working days (2022: Sat 30/4 and Sun 1/5 → Mon 2, Tue 3 May)', () => {
    const days = offWeekdaysFromRules(2022).filter((day) => day.startsWith('2022-05') || day.startsWith('2022-04-30'));
    expect(days).toEqual([
      '2022-04-30:weekly-rest/+holiday/victory-day',
      '2022-05-01:weekly-rest/+holiday/labour-day',
      '2022-05-02:compensatory-off/victory-day',
      '2022-05-03:compensatory-off/labour-day',
    ]);
  });

  it('a compensatory day skips days already off', () => {
    const holidays = expandHolidayRules({ year: 2027 });
    const saturdayLabourDay = holidays.filter((day) => day.occasion === 'labour-day');
    const mondayOff = toDayNumber({ year: 2027, month: 5, day: 3 });
    const result = addCompensatoryDays(saturdayLabourDay, (day) => day === mondayOff, isWeekendDay);
    expect(result.map((day) => dayNumberToIso(day.dayNumber))).toEqual(['2027-05-04']);
    expect(result[0]?.legalBasis).toContain('Điều 111 khoản 3');
  });

  it('National Day is 2/9 plus the day before by default, the day after when set; only 2/9 before 2021', () => {
    const national = (year: number, settings?: HolidayRuleSettings) =>
      expandHolidayRules({ year, ...(settings ? { settings } : {}), occasions: new Set(['national-day']) }).map((day) =>
        dayNumberToIso(day.dayNumber),
      );
    expect(national(2027)).toEqual(['2027-09-01', '2027-09-02']);
    expect(national(2027, { 'national-day': { adjacentDay: 'after' } })).toEqual(['2027-09-02', '2027-09-03']);
    expect(national(2020)).toEqual(['2020-09-02']);
    expect(expandHolidayRules({ year: 2020, occasions: new Set(['national-day']) })[0]?.legalBasis).toContain('10/2012/QH13');
    expect(expandHolidayRules({ year: 2021, occasions: new Set(['national-day']) })[0]?.legalBasis).toContain('45/2019/QH14');
  });

  it('Vietnam Culture Day (24/11) is off by default, unconfirmed, and in force only from 2026-07-01 when switched on', () => {
    const rule = DEFAULT_HOLIDAY_RULES.find((candidate) => candidate.occasion === 'culture-day');
    expect(rule).toMatchObject({ isEnabledByDefault: false, isConfirmed: false, effectiveFrom: '2026-07-01' });
    expect(loadCalendar().isWorkingDay('2026-11-24')).toBe(true);
    const switchedOn = loadCalendar({ ruleSettings: { 'culture-day': { isEnabled: true } } });
    expect(switchedOn.isWorkingDay('2026-11-24')).toBe(false);
    expect(switchedOn.describeDay('2026-11-24').reasons[0]).toMatchObject({ occasion: 'culture-day', isConfirmed: false });
    expect(switchedOn.isWorkingDay('2025-11-24')).toBe(true);
    // 24/11/2029 is a Saturday: compensatory Monday 26/11.
    expect(weekdayOfDayNumber(toDayNumber({ year: 2029, month: 11, day: 24 }))).toBe(6);
    expect(switchedOn.isWorkingDay('2029-11-26')).toBe(false);
  });
});
