import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors/errors.js';
import { dayNumberToIso, formatIsoDate } from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import type { YearSchedule } from '../../contracts/calendar.js';
import { parseYearSchedule } from './calendar.schemas.js';
import { loadCalendar } from './calendar.js';
import { expandHolidayRules } from './holiday-rules.js';
import { hungKingsDate, tetDate } from './lunar.js';
import { OFFICIAL_SCHEDULES, SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026 } from './schedules.js';

const calendar = loadCalendar();

/** Weekdays off and weekend days worked in a year: what differs from a plain week. */
function differences(year: number) {
  return calendar
    .listExceptionalDays(year)
    .filter((day) => day.isWorkingDay === (day.weekday === 0 || day.weekday === 6))
    .map((day) => `${day.date} ${day.isWorkingDay ? 'worked' : 'off'}`);
}

describe('the shipped schedules (holiday-schedules.md)', () => {
  it('parse with the schema and carry a source on every entry', () => {
    expect(OFFICIAL_SCHEDULES.map((schedule) => schedule.year)).toEqual([2024, 2025, 2026]);
    for (const schedule of OFFICIAL_SCHEDULES) {
      for (const entry of schedule.entries) expect(entry.source.trim().length).toBeGreaterThan(5);
    }
  });

  it('2024: 1 Jan; Tết 8–14 Feb; 18 Apr; 29 Apr–1 May with Sat 4 May worked; 2–3 Sep', () => {
    expect(differences(2024)).toEqual([
      '2024-01-01 off',
      '2024-02-08 off',
      '2024-02-09 off',
      '2024-02-12 off',
      '2024-02-13 off',
      '2024-02-14 off',
      '2024-04-18 off',
      '2024-04-29 off',
      '2024-04-30 off',
      '2024-05-01 off',
      '2024-05-04 worked',
      '2024-09-02 off',
      '2024-09-03 off',
    ]);
  });

  it('2025: 1 Jan; Tết 27–31 Jan; 7 Apr; Sat 26 Apr worked; 30 Apr–2 May; 1–2 Sep', () => {
    expect(differences(2025)).toEqual([
      '2025-01-01 off',
      '2025-01-27 off',
      '2025-01-28 off',
      '2025-01-29 off',
      '2025-01-30 off',
      '2025-01-31 off',
      '2025-04-07 off',
      '2025-04-26 worked',
      '2025-04-30 off',
      '2025-05-01 off',
      '2025-05-02 off',
      '2025-09-01 off',
      '2025-09-02 off',
    ]);
  });

  it('2026: 1–2 Jan with Sat 10 Jan worked; Tết 16–20 Feb; Mon 27 Apr for Hùng Kings on Sunday; 30 Apr–1 May; 1–2 Sep (1 Sep unconfirmed)', () => {
    expect(differences(2026)).toEqual([
      '2026-01-01 off',
      '2026-01-02 off',
      '2026-01-10 worked',
      '2026-02-16 off',
      '2026-02-17 off',
      '2026-02-18 off',
      '2026-02-19 off',
      '2026-02-20 off',
      '2026-04-27 off',
      '2026-04-30 off',
      '2026-05-01 off',
      '2026-09-01 off',
      '2026-09-02 off',
    ]);
    expect(calendar.describeDay('2026-09-01').reasons).toEqual([
      expect.objectContaining({ kind: 'holiday', occasion: 'national-day', isConfirmed: false }),
    ]);
  });

  it('2026: the New Year swap of the Government Office letter 12729/VPCP-KGVX (Fri 2 Jan off, Sat 10 Jan worked)', () => {
    const swap = SCHEDULE_2026.entries.filter((entry) => entry.source.includes('12729/VPCP-KGVX'));
    expect(swap.map((entry) => [entry.date, entry.type, entry.isConfirmed])).toEqual([
      ['2026-01-02', 'swapped-off', true],
      ['2026-01-10', 'swapped-workday', true],
    ]);
    expect(calendar.describeDay('2026-01-10')).toMatchObject({ weekday: 6, isWorkingDay: true, isProvisional: false });
    expect(calendar.describeDay('2026-01-02')).toMatchObject({ weekday: 5, isWorkingDay: false, isProvisional: false });
  });

  it('agrees with the lunar calendar on mùng 1 Tết and 10/3', () => {
    for (const schedule of OFFICIAL_SCHEDULES) {
      const tet = formatIsoDate(tetDate(schedule.year));
      const hungKings = formatIsoDate(hungKingsDate(schedule.year));
      expect(schedule.entries.find((entry) => entry.date === tet)?.occasion).toBe('lunar-new-year');
      expect(schedule.entries.find((entry) => entry.date === hungKings)).toMatchObject({ type: 'holiday', occasion: 'hung-kings' });
    }
  });

  it('2026: the unconfirmed adjacent day is the rule default', () => {
    const byRule = expandHolidayRules({ year: 2026, occasions: new Set(['national-day']) }).map((day) => dayNumberToIso(day.dayNumber));
    const inData = SCHEDULE_2026.entries.filter((entry) => entry.occasion === 'national-day').map((entry) => entry.date);
    expect(inData).toEqual(byRule);
    const unconfirmed = SCHEDULE_2026.entries.filter((entry) => !entry.isConfirmed).map((entry) => entry.date);
    expect(unconfirmed).toEqual(['2026-09-01']);
  });

  it('survives a JSON export and import unchanged', () => {
    for (const schedule of [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026]) {
      expect(parseYearSchedule(JSON.parse(JSON.stringify(schedule)))).toEqual(schedule);
    }
  });
});

describe('schedule validation', () => {
  const valid: YearSchedule = {
    year: 2027,
    title: 'Test schedule',
    entries: [
      { date: '2027-02-05', type: 'holiday', occasion: 'lunar-new-year', source: 'Notice 1', isConfirmed: true },
      { date: '2027-05-08', type: 'swapped-workday', occasion: 'labour-day', source: 'Notice 2', isConfirmed: true },
    ],
  };

  function fieldsOf(input: unknown): { field: string; message?: unknown }[] {
    try {
      parseYearSchedule(input);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(CalendarError.SCHEDULE_INVALID);
      return (error as DomainError).fields;
    }
    throw new Error('expected the schedule to be rejected');
  }

  it('accepts a well-formed schedule', () => {
    expect(parseYearSchedule(valid)).toEqual(valid);
  });

  it('rejects a malformed or impossible date', () => {
    const fields = fieldsOf({ ...valid, entries: [{ ...valid.entries[0], date: '2027-02-30' }] });
    expect(fields.map((field) => field.field)).toEqual(['entries.0.date']);
  });

  it('rejects a date outside the year', () => {
    const fields = fieldsOf({ ...valid, entries: [{ ...valid.entries[0], date: '2026-12-31' }] });
    expect(fields).toEqual([expect.objectContaining({ field: 'entries.0.date', message: { vi: 'Not in 2027', en: 'Not in 2027' } })]);
  });

  it('rejects a date both off and worked', () => {
    const fields = fieldsOf({
      ...valid,
      entries: [...valid.entries, { date: '2027-05-08', type: 'swapped-off', occasion: 'labour-day', source: 'x', isConfirmed: true }],
    });
    expect(fields).toEqual([
      expect.objectContaining({
        field: 'entries.2.date',
        message: expect.objectContaining({ en: 'The same date is both a day off and a working day' }),
      }),
    ]);
  });

  it('rejects an entry without a source', () => {
    const fields = fieldsOf({ ...valid, entries: [{ ...valid.entries[0], source: '  ' }] });
    expect(fields.map((field) => field.field)).toEqual(['entries.0.source']);
  });

  it('rejects a swapped working day on a weekday, and an unknown occasion', () => {
    expect(fieldsOf({ ...valid, entries: [{ ...valid.entries[1], date: '2027-05-07' }] }).map((field) => field.field)).toEqual([
      'entries.0.type',
    ]);
    expect(fieldsOf({ ...valid, entries: [{ ...valid.entries[0], occasion: 'christmas' }] }).map((field) => field.field)).toEqual([
      'entries.0.occasion',
    ]);
  });

  it('rejects two schedules for one year in a calendar', () => {
    const twice = loadCalendar({ schedules: [SCHEDULE_2025, SCHEDULE_2025] });
    expect(() => twice.isWorkingDay('2025-01-02')).toThrow(
      expect.objectContaining({ code: CalendarError.SCHEDULE_DUPLICATED }) as unknown as Error,
    );
  });
});
