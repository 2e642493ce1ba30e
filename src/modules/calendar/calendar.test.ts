import { describe, expect, it } from 'vitest';
import { vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { loadCalendar } from './calendar.js';
import { addWorkingDays, computeDueAt } from './deadlines.js';

const calendar = loadCalendar();

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-02', true, 'an ordinary Thursday'],
    ['2025-01-04', false, 'a Saturday'],
    ['2025-01-05', false, 'a Sunday'],
    ['2025-01-01', false, 'New Year'],
    ['2025-01-31', false, 'Tết (mùng 3)'],
    ['2025-02-03', true, 'the first working day after Tết'],
    ['2025-04-26', true, 'the swapped Saturday of 2025'],
    ['2025-05-02', false, 'the swapped-off Friday of 2025'],
    ['2024-04-29', false, 'the swapped-off Monday of 2024'],
    ['2024-05-04', true, 'the swapped Saturday of 2024'],
    ['2026-04-27', false, 'the compensatory Monday for Hùng Kings 2026'],
    ['2027-02-10', false, 'a compensatory day from the default Tết rule (no 2027 schedule)'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('accepts a civil date object and explains its answer', () => {
    expect(calendar.isWorkingDay({ year: 2025, month: 4, day: 26 })).toBe(true);
    const status = calendar.describeDay('2025-04-26');
    expect(status).toMatchObject({ date: '2025-04-26', weekday: 6, isWorkingDay: true });
    expect(status.reasons.map((reason) => reason.kind)).toEqual(['weekly-rest', 'swapped-workday']);
    expect(status.reasons[1]?.source).toContain('26/4');
  });

  it('rejects a malformed date and a date outside the calendar years', () => {
    expect(codeOf(() => calendar.isWorkingDay('2025-13-01'))).toBe(CalendarError.CALENDAR_DATE_INVALID);
    expect(codeOf(() => calendar.isWorkingDay('2101-01-03'))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
    expect(codeOf(() => calendar.isWorkingDay('2013-06-03'))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
    expect(loadCalendar({ firstYear: 2013, lastYear: 2013 }).isWorkingDay('2013-09-02')).toBe(false);
    expect(codeOf(() => loadCalendar({ firstYear: 1800 }))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
  });
});

describe('unit overrides', () => {
  const unit = calendar.withUnit({
    extraDaysOff: [{ date: '2025-06-13', reason: 'Quyết định của UBND xã: nghỉ để bầu cử' }],
    extraWorkingDays: [{ date: '2025-06-14', reason: 'Làm bù thứ Bảy theo quyết định của UBND xã' }],
  });

  it('adds a unit day off and a unit working day on top of the national calendar', () => {
    expect(calendar.isWorkingDay('2025-06-13')).toBe(true);
    expect(unit.isWorkingDay('2025-06-13')).toBe(false);
    expect(unit.isWorkingDay('2025-06-14')).toBe(true);
    expect(unit.describeDay('2025-06-13').reasons).toEqual([expect.objectContaining({ kind: 'unit-day-off' })]);
    // Received Thu 12 June 09:00 with 1 working day: Fri 13 is off for the unit, Sat 14 worked.
    expect(addWorkingDays(unit, at('2025-06-12', '09:00'), 1)).toBe(at('2025-06-14', '17:00'));
  });

  it('a unit may work on a national holiday or close on a swapped Saturday', () => {
    const special = calendar.withUnit({
      extraWorkingDays: [{ date: '2025-05-02', reason: 'Trực' }],
      extraDaysOff: [{ date: '2025-04-26', reason: 'Không làm bù' }],
    });
    expect(special.isWorkingDay('2025-05-02')).toBe(true);
    expect(special.isWorkingDay('2025-04-26')).toBe(false);
  });

  it('rejects a date that is both an extra day off and an extra working day', () => {
    const broken = calendar.withUnit({
      extraDaysOff: [{ date: '2025-06-13', reason: 'a' }],
      extraWorkingDays: [{ date: '2025-06-13', reason: 'b' }],
    });
    expect(codeOf(() => broken.isWorkingDay('2025-06-13'))).toBe(CalendarError.CALENDAR_DATE_INVALID);
  });
});

describe('working hours and opening hours', () => {
  it.each([
    ['07:59', false],
    ['08:00', true],
    ['11:59', true],
    ['12:00', false],
    ['12:30', false],
    ['13:00', true],
    ['16:59', true],
    ['17:00', false],
  ])('default working hours on a working day at %s: %s', (time, expected) => {
    expect(calendar.isWorkingTime(at('2025-06-10', time))).toBe(expected);
  });

  it('is not working time on a Saturday, nor on a holiday', () => {
    expect(calendar.isWorkingTime(at('2025-06-14', '09:00'))).toBe(false);
    expect(calendar.isWorkingTime(at('2025-09-02', '09:00'))).toBe(false);
    expect(calendar.isWorkingTime(new Date(at('2025-06-10', '09:00')))).toBe(true);
  });

  it('a unit may set its own working hours', () => {
    const unit = calendar.withUnit({
      workingHours: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    });
    expect(unit.workingHours.dayLengthMs).toBe(7.5 * 3_600_000);
    expect(calendar.workingHours.dayLengthMs).toBe(8 * 3_600_000);
    expect(unit.isWorkingTime(at('2025-06-10', '07:45'))).toBe(true);
    expect(calendar.isWorkingTime(at('2025-06-10', '07:45'))).toBe(false);
    expect(unit.isWorkingTime(at('2025-06-10', '12:30'))).toBe(false);
    expect(unit.isWorkingTime(at('2025-06-10', '13:15'))).toBe(false);
    expect(calendar.isWorkingTime(at('2025-06-10', '13:15'))).toBe(true);
  });

  it('rejects malformed, empty or overlapping windows', () => {
    for (const workingHours of [
      [{ start: '7:30', end: '11:30' }],
      [{ start: '11:30', end: '07:30' }],
      [
        { start: '07:30', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
    ]) {
      expect(codeOf(() => calendar.withUnit({ workingHours }))).toBe(CalendarError.WORKING_HOURS_INVALID);
    }
    expect(codeOf(() => calendar.withUnit({ cutOff: { isEnabled: true, cutOff: '3pm', legalBasis: 'x' } }))).toBe(
      CalendarError.WORKING_HOURS_INVALID,
    );
  });

  it('Saturday-morning reception opens the counter but does not make Saturday a working day', () => {
    const centre = calendar.withUnit({ openingHours: [{ weekday: 6, windows: [{ start: '07:30', end: '11:30' }] }] });
    expect(centre.isOpenAt(at('2025-06-14', '09:00'))).toBe(true);
    expect(centre.isOpenAt(at('2025-06-14', '14:00'))).toBe(false);
    expect(centre.isWorkingDay('2025-06-14')).toBe(false);
    expect(centre.isOpenAt(at('2025-06-15', '09:00'))).toBe(false);
    // A Saturday that is a holiday (Tết 2024, mùng 1) stays closed.
    expect(centre.isOpenAt(at('2024-02-10', '09:00'))).toBe(false);
    // Received Saturday 09:00 with 1 working day: Monday is both the receipt day and day 1.
    expect(addWorkingDays(centre, at('2025-06-14', '09:00'), 1)).toBe(at('2025-06-16', '17:00'));
  });

  it('on working days the counter follows the working hours unless the weekday has its own opening hours', () => {
    expect(calendar.isOpenAt(at('2025-06-10', '09:00'))).toBe(true);
    expect(calendar.isOpenAt(at('2025-06-10', '12:00'))).toBe(false);
    const longer = calendar.withUnit({ openingHours: [{ weekday: 2, windows: [{ start: '07:00', end: '19:00' }] }] });
    expect(longer.isOpenAt(at('2025-06-10', '18:00'))).toBe(true);
    expect(longer.isWorkingTime(at('2025-06-10', '18:00'))).toBe(false);
    // The swapped Saturday of 2025 opens during working hours.
    expect(calendar.isOpenAt(at('2025-04-26', '14:00'))).toBe(true);
  });
});

describe('cut-off policy', () => {
  it('is on by default at 15:00 with its legal basis, and can be switched off or moved', () => {
    expect(calendar.cutOffPolicy).toMatchObject({ isEnabled: true, cutOff: '15:00' });
    expect(calendar.cutOffPolicy.legalBasis).toContain('118/2025/NĐ-CP');
    const off = calendar.withUnit({ cutOff: { isEnabled: false, cutOff: '15:00', legalBasis: 'Quyết định của UBND tỉnh' } });
    const later = calendar.withUnit({ cutOff: { isEnabled: true, cutOff: '16:00', legalBasis: 'Quy chế của Trung tâm' } });
    // Tue 10 June 2025 15:30, a same-day limit: Wednesday after the 15:00 cut-off, Tuesday without it or with 16:00.
    const receivedAt = at('2025-06-10', '15:30');
    const sameDay = { value: 0, unit: 'same-day' } as const;
    expect(computeDueAt(calendar, receivedAt, sameDay)).toBe(at('2025-06-11', '17:00'));
    expect(computeDueAt(off, receivedAt, sameDay)).toBe(at('2025-06-10', '17:00'));
    expect(computeDueAt(later, receivedAt, sameDay)).toBe(at('2025-06-10', '17:00'));
    // Hours count from the next morning after the cut-off, from the receipt without it.
    const twoHours = { value: 2, unit: 'working-hours' } as const;
    expect(computeDueAt(calendar, receivedAt, twoHours)).toBe(at('2025-06-11', '10:00'));
    expect(computeDueAt(off, receivedAt, twoHours)).toBe(at('2025-06-11', '08:30'));
    // One working day is Wednesday either way: the cut-off is applied once, never twice.
    for (const unit of [calendar, off, later]) expect(addWorkingDays(unit, receivedAt, 1)).toBe(at('2025-06-11', '17:00'));
  });
});
