/**
 * Summer and winter working hours, as many provinces run them: 07:00–11:30 and 13:30–17:00 from
 * 1 May to 30 September, 07:30–11:30 and 13:00–17:00 otherwise. Each day counts with the hours in
 * force on it; due instants worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, MS_PER_HOUR, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { loadCalendar } from './calendar.js';
import { addWorkingDays, addWorkingDaysOfTime, addWorkingHours, computeDueAt, countWorkingHours } from './deadlines.js';

const base = loadCalendar();
const summer = { name: 'Giờ mùa hè', from: '05-01', to: '09-30', windows: [w('07:00', '11:30'), w('13:30', '17:00')] };
const province = base.withUnit({ workingHours: [w('07:30', '11:30'), w('13:00', '17:00')], seasonalHours: [summer] });

function w(start: string, end: string) {
  return { start, end };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('summer and winter hours', () => {
  it('each day is worked in the hours of its season', () => {
    // Tue 10 June 2025 (summer) and Wed 10 December 2025 (winter).
    expect(province.isWorkingTime(at('2025-06-10', '07:10'))).toBe(true);
    expect(province.isWorkingTime(at('2025-12-10', '07:10'))).toBe(false);
    expect(province.isWorkingTime(at('2025-12-10', '07:40'))).toBe(true);
    expect(province.isWorkingTime(at('2025-06-10', '13:15'))).toBe(false);
    expect(province.isWorkingTime(at('2025-12-10', '13:15'))).toBe(true);
    expect(province.hoursOn('2025-05-01').windows[0]).toEqual(w('07:00', '11:30'));
    expect(province.hoursOn('2025-09-30').windows[0]).toEqual(w('07:00', '11:30'));
    expect(province.hoursOn('2025-10-01').windows[0]).toEqual(w('07:30', '11:30'));
    expect(province.hoursOn('2025-04-30').windows[0]).toEqual(w('07:30', '11:30'));
  });

  it('8 working hours from the opening end at 17:00 in either season', () => {
    expect(show(addWorkingHours(province, at('2025-06-10', '07:00'), 8))).toBe('2025-06-10 17:00');
    expect(show(addWorkingHours(province, at('2025-12-10', '07:30'), 8))).toBe('2025-12-10 17:00');
    expect(show(computeDueAt(province, at('2025-06-10', '06:45'), { value: 4.5, unit: 'working-hours' }))).toBe('2025-06-10 11:30');
  });

  it('working time runs across the change of season with each day’s hours', () => {
    // Tue 30 Sep 2025 (summer) 15:00–17:00 is 2 h; Wed 1 Oct (winter) opens at 07:30: 2 more → 09:30.
    expect(show(addWorkingHours(province, at('2025-09-30', '15:00'), 4))).toBe('2025-10-01 09:30');
    // Tue 29 Apr 2025 (winter) 16:00–17:00 is 1 h; 30 Apr – 4 May are off; Mon 5 May (summer) opens at 07:00 → 09:00.
    expect(show(addWorkingHours(province, at('2025-04-29', '16:00'), 3))).toBe('2025-05-05 09:00');
    expect(countWorkingHours(province, at('2025-09-30', '15:00'), at('2025-10-01', '09:30'))).toBe(4);
  });

  it('the receipt day, the cut-off and the end of the day follow the season', () => {
    const early = base.withUnit({
      seasonalHours: [{ name: 'Mùa hè', from: '05-01', to: '09-30', windows: [w('07:00', '11:00'), w('13:00', '16:30')] }],
    });
    // Summer ends the day at 16:30: a working day is due at 16:30; winter (the default hours) at 17:00.
    expect(show(addWorkingDays(early, at('2025-06-10', '09:00'), 1))).toBe('2025-06-11 16:30');
    expect(show(addWorkingDays(early, at('2025-12-10', '09:00'), 1))).toBe('2025-12-11 17:00');
    // Hours after the cut-off start at the next day's opening, in its season.
    expect(show(computeDueAt(early, at('2025-09-30', '15:30'), { value: 1, unit: 'working-hours' }))).toBe('2025-10-01 09:00');
    expect(show(computeDueAt(early, at('2025-06-10', '15:30'), { value: 1, unit: 'working-hours' }))).toBe('2025-06-11 08:00');
  });

  it('a season may run over the new year', () => {
    const winter = base.withUnit({ seasonalHours: [{ name: 'Mùa đông', from: '11-01', to: '02-28', windows: [w('07:30', '16:30')] }] });
    expect(winter.hoursOn('2026-01-15').windows).toEqual([w('07:30', '16:30')]);
    expect(winter.hoursOn('2028-02-29').windows).toEqual([w('07:30', '16:30')]);
    expect(winter.hoursOn('2026-03-01').windows).toEqual([w('08:00', '12:00'), w('13:00', '17:00')]);
  });

  it('refuses overlapping seasons and days that are not MM-DD', () => {
    const overlapping = [summer, { ...summer, name: 'Mùa thu', from: '09-15', to: '10-31' }];
    expect(codeOf(() => base.withUnit({ seasonalHours: overlapping }))).toBe(CalendarError.WORKING_HOURS_INVALID);
    expect(codeOf(() => base.withUnit({ seasonalHours: [{ ...summer, from: '02-29' }] }))).toBe(CalendarError.WORKING_HOURS_INVALID);
    expect(codeOf(() => base.withUnit({ seasonalHours: [{ ...summer, windows: [w('13:00', '12:00')] }] }))).toBe(
      CalendarError.WORKING_HOURS_INVALID,
    );
  });
});

describe('working days of working time follow the length of the day in force', () => {
  // The old national default (7.5 h) outside summer, 8 h in summer.
  const unequal = base.withUnit({ workingHours: [w('07:30', '11:30'), w('13:30', '17:00')], seasonalHours: [summer] });

  it('gives each day its own length', () => {
    expect(unequal.hoursOn('2025-09-30').dayLengthMs).toBe(8 * MS_PER_HOUR);
    expect(unequal.hoursOn('2025-10-01').dayLengthMs).toBe(7.5 * MS_PER_HOUR);
  });

  it('half a day is half of the day it falls in', () => {
    // From the end of Mon 29 Sep: half of Tue 30 Sep (summer, 8 h) is 4 h → 11:00.
    expect(show(addWorkingDaysOfTime(unequal, at('2025-09-29', '17:00'), 0.5))).toBe('2025-09-30 11:00');
    // From the end of Tue 30 Sep: half of Wed 1 Oct (7.5 h) is 3 h 45 min → 11:15; 4 working hours would end at 11:30.
    expect(show(addWorkingDaysOfTime(unequal, at('2025-09-30', '17:00'), 0.5))).toBe('2025-10-01 11:15');
    expect(show(addWorkingHours(unequal, at('2025-09-30', '17:00'), 4))).toBe('2025-10-01 11:30');
    // One and a half days from the end of Mon 29 Sep: all of Tue 30 Sep, half of Wed 1 Oct.
    expect(show(addWorkingDaysOfTime(unequal, at('2025-09-29', '17:00'), 1.5))).toBe('2025-10-01 11:15');
    // Whole days end at the end of a day.
    expect(show(addWorkingDaysOfTime(unequal, at('2025-09-29', '17:00'), 2))).toBe('2025-10-01 17:00');
  });
});
