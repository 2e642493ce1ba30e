import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumberToIso,
  formatVietnamInstant,
  localDayNumberOf,
  localTimeOfDayMs,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  vietnamInstant as at,
} from '../../platform/time/vietnam-time.js';
import { CalendarError } from './calendar.errors.js';
import { loadCalendar, type WorkingCalendar } from './calendar.js';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingDaysOfTime,
  addWorkingHours,
  addWorkingTime,
  computeDueAt,
  countWorkingDays,
  countWorkingDaysInRange,
  countWorkingHours,
  countWorkingTime,
  findCountingStart,
  findReceiptDayNumber,
  timeLimitUnits,
} from './deadlines.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.info(`deadlines.test.ts fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const calendar = loadCalendar();
const show = (ms: number) => formatVietnamInstant(ms);

describe('working-day deadlines: the convention', () => {
  it('received Wed 09:00 with 3 working days → due Mon 17:00 (the day of receipt not counted)', () => {
    expect(show(addWorkingDays(calendar, at('2025-06-11', '09:00'), 3))).toBe('2025-06-16 17:00');
  });

  it('the 15:00 cut-off is applied once: after it, the next working day is both the receipt day and day 1', () => {
    // Wed 11 June 2025. Before the cut-off: receipt day Wed (not counted), day 1 Thu.
    expect(show(addWorkingDays(calendar, at('2025-06-11', '10:00'), 1))).toBe('2025-06-12 17:00');
    expect(dayNumberToIso(findReceiptDayNumber(calendar, at('2025-06-11', '10:00')))).toBe('2025-06-11');
    // After it: received as of Thu morning; Thu is a whole working day, day 1.
    expect(show(addWorkingDays(calendar, at('2025-06-11', '15:30'), 1))).toBe('2025-06-12 17:00');
    expect(dayNumberToIso(findReceiptDayNumber(calendar, at('2025-06-11', '15:30')))).toBe('2025-06-12');
    // 3 working days: Thu 12, Fri 13, Mon 16, whichever side of 15:00.
    expect(show(addWorkingDays(calendar, at('2025-06-11', '15:30'), 3))).toBe('2025-06-16 17:00');
    expect(show(addWorkingDays(calendar, at('2025-06-11', '15:00'), 3))).toBe('2025-06-16 17:00');
    expect(show(addWorkingDays(calendar, at('2025-06-11', '15:00') + 1, 3))).toBe('2025-06-16 17:00');
    // Friday after the cut-off: Monday is the receipt day and day 1.
    expect(show(addWorkingDays(calendar, at('2025-06-13', '15:30'), 1))).toBe('2025-06-16 17:00');
  });

  it('before opening and in the lunch break count the same day; after closing the next working day is day 1', () => {
    expect(show(addWorkingDays(calendar, at('2025-06-11', '06:00'), 1))).toBe('2025-06-12 17:00');
    expect(show(addWorkingDays(calendar, at('2025-06-11', '12:10'), 1))).toBe('2025-06-12 17:00');
    const noCutOff = calendar.withUnit({ cutOff: { isEnabled: false, cutOff: '15:00', legalBasis: 'test' } });
    expect(show(addWorkingDays(noCutOff, at('2025-06-11', '16:59'), 1))).toBe('2025-06-12 17:00');
    expect(show(addWorkingDays(noCutOff, at('2025-06-11', '17:30'), 1))).toBe('2025-06-12 17:00');
    expect(show(addWorkingDays(noCutOff, at('2025-06-11', '23:59'), 1))).toBe('2025-06-12 17:00');
    // After midnight it is Thursday's receipt: Thursday is not counted.
    expect(show(addWorkingDays(noCutOff, at('2025-06-12', '00:30'), 1))).toBe('2025-06-13 17:00');
  });

  it('a receipt on a non-working day counts from the next working day, which is day 1', () => {
    expect(show(addWorkingDays(calendar, at('2025-06-14', '10:00'), 1))).toBe('2025-06-16 17:00');
    expect(show(addWorkingDays(calendar, at('2025-09-02', '10:00'), 1))).toBe('2025-09-03 17:00');
  });

  it('0 working days: the same day, or the next working day after the cut-off', () => {
    expect(show(computeDueAt(calendar, at('2025-06-13', '10:00'), { value: 0, unit: 'working-days' }))).toBe('2025-06-13 17:00');
    expect(show(computeDueAt(calendar, at('2025-06-13', '15:10'), { value: 0, unit: 'working-days' }))).toBe('2025-06-16 17:00');
  });

  it('accepts Date objects and counts back', () => {
    const receivedAt = new Date(at('2025-06-11', '09:00'));
    const due = addWorkingDays(calendar, receivedAt, 3);
    expect(countWorkingDays(calendar, receivedAt, new Date(due))).toBe(3);
    expect(countWorkingDays(calendar, receivedAt, at('2025-06-11', '16:00'))).toBe(0);
    expect(countWorkingDaysInRange(calendar, at('2025-04-24', '00:00'), at('2025-05-05', '00:00'))).toBe(6);
    expect(findCountingStart(calendar, at('2025-06-13', '15:30'))).toBe(at('2025-06-16', '08:00'));
  });

  it('rejects negative or fractional day counts, and deadlines beyond the calendar', () => {
    const codeOf = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return undefined;
    };
    expect(codeOf(() => addWorkingDays(calendar, at('2025-06-11', '09:00'), -1))).toBe(CalendarError.TIME_LIMIT_INVALID);
    expect(codeOf(() => addWorkingDays(calendar, at('2025-06-11', '09:00'), 1.5))).toBe(CalendarError.TIME_LIMIT_INVALID);
    expect(codeOf(() => addWorkingHours(calendar, at('2025-06-11', '09:00'), -2))).toBe(CalendarError.TIME_LIMIT_INVALID);
    expect(codeOf(() => addWorkingDays(calendar, at('2100-12-30', '09:00'), 5))).toBe(CalendarError.CALENDAR_DATE_OUT_OF_RANGE);
    expect(codeOf(() => addWorkingDays(calendar, Number.NaN, 5))).toBe(CalendarError.CALENDAR_DATE_INVALID);
  });
});

describe('working-hour deadlines', () => {
  it('a working day is 8 hours (08:00–12:00, 13:00–17:00): 8 hours from 08:00 end at 17:00 the same day', () => {
    expect(calendar.workingHours.dayLengthMs).toBe(8 * MS_PER_HOUR);
    expect(show(addWorkingHours(calendar, at('2025-06-11', '08:00'), 8))).toBe('2025-06-11 17:00');
    expect(show(computeDueAt(calendar, at('2025-06-11', '08:00'), { value: 8, unit: 'working-hours' }))).toBe('2025-06-11 17:00');
    // Received before opening: the count starts at 08:00.
    expect(show(computeDueAt(calendar, at('2025-06-11', '07:30'), { value: 8, unit: 'working-hours' }))).toBe('2025-06-11 17:00');
  });

  it('adds clock hours inside the windows (08:00–12:00, 13:00–17:00)', () => {
    // 09:00–12:00 is 3 h, then 13:00–14:00.
    expect(show(addWorkingHours(calendar, at('2025-06-11', '09:00'), 4))).toBe('2025-06-11 14:00');
    expect(show(addWorkingHours(calendar, at('2025-06-11', '09:00'), 2.5))).toBe('2025-06-11 11:30');
    // 16:00–17:00, then 08:00–11:00 the next day.
    expect(show(addWorkingHours(calendar, at('2025-06-11', '16:00'), 4))).toBe('2025-06-12 11:00');
    // A working day holds 8 h, so 8 working hours from Fri 16:00 end on Mon 16:00.
    expect(show(addWorkingHours(calendar, at('2025-06-13', '16:00'), 8))).toBe('2025-06-16 16:00');
    expect(show(addWorkingHours(calendar, at('2025-06-11', '12:00'), 1))).toBe('2025-06-11 14:00');
    // Friday 25 Apr 2025 16:00 + 4 h runs into the swapped working Saturday: 1 h, then 08:00–11:00.
    expect(show(addWorkingHours(calendar, at('2025-04-25', '16:00'), 4))).toBe('2025-04-26 11:00');
  });

  it('a procedure in hours starts the next morning after the cut-off', () => {
    const limit = { value: 4, unit: 'working-hours' } as const;
    expect(show(computeDueAt(calendar, at('2025-06-11', '14:00'), limit))).toBe('2025-06-12 09:00');
    expect(show(computeDueAt(calendar, at('2025-06-11', '15:30'), limit))).toBe('2025-06-12 12:00');
  });

  it('counts working hours between instants', () => {
    expect(countWorkingHours(calendar, at('2025-06-11', '09:00'), at('2025-06-11', '15:00'))).toBe(5);
    expect(countWorkingHours(calendar, at('2025-06-13', '07:30'), at('2025-06-16', '07:30'))).toBe(8);
    expect(countWorkingHours(calendar, at('2025-06-14', '08:00'), at('2025-06-15', '20:00'))).toBe(0);
    expect(countWorkingHours(calendar, at('2025-06-11', '15:00'), at('2025-06-11', '09:00'))).toBe(-5);
  });

  it('a budget of half a working day (4 of 8 budget hours) is 4 working hours', () => {
    const due = addWorkingDaysOfTime(calendar, at('2025-06-11', '08:00'), 8 / 16);
    expect(show(due)).toBe('2025-06-11 12:00');
    expect(countWorkingHours(calendar, at('2025-06-11', '08:00'), due)).toBe(4);
    expect(show(addWorkingDaysOfTime(calendar, at('2025-06-11', '10:00'), 1))).toBe('2025-06-12 10:00');
    expect(show(addWorkingDaysOfTime(calendar, at('2025-06-11', '17:00'), 2))).toBe('2025-06-13 17:00');
  });
});

describe('calendar-day deadlines', () => {
  it('end on the N-th day, moved to the next working day when that day is off', () => {
    expect(show(addCalendarDays(calendar, at('2025-06-02', '10:00'), 10))).toBe('2025-06-12 17:00');
    expect(show(addCalendarDays(calendar, at('2025-04-20', '10:00'), 10))).toBe('2025-05-05 17:00');
    expect(show(computeDueAt(calendar, at('2025-06-02', '16:30'), { value: 30, unit: 'calendar-days' }))).toBe('2025-07-02 17:00');
    expect(show(addCalendarDays(calendar, at('2025-06-11', '18:00'), 0))).toBe('2025-06-12 17:00');
  });
});

// ---------------------------------------------------------------- properties

const from2024 = at('2024-01-01', '00:00');
const to2027 = at('2027-12-31', '00:00');
const instant = fc.integer({ min: from2024, max: to2027 });
const minutes = fc.integer({ min: 0, max: 60 * 400 });

/** Random unit working hours: one to three windows on a 10-minute grid, at least 2 h a day. */
const windowsArbitrary = fc
  .uniqueArray(fc.integer({ min: 30, max: 138 }), { minLength: 2, maxLength: 6 })
  .filter((cuts) => cuts.length % 2 === 0)
  .map((cuts) => [...cuts].sort((a, b) => a - b))
  .filter((cuts) => cuts.reduce((total, cut, i) => total + (i % 2 === 1 ? cut - cuts[i - 1]! : 0), 0) >= 12)
  .map((cuts) => {
    const clock = (tenMinutes: number) =>
      `${String(Math.floor(tenMinutes / 6)).padStart(2, '0')}:${String((tenMinutes % 6) * 10).padStart(2, '0')}`;
    const windows: { start: string; end: string }[] = [];
    for (let i = 0; i < cuts.length; i += 2) windows.push({ start: clock(cuts[i]!), end: clock(cuts[i + 1]!) });
    return windows;
  });

/** The default calendar, or a unit with random working hours (shown as its windows when a property fails). */
const nearby = loadCalendar({ firstYear: 2023, lastYear: 2029 });
const unitCalendars = new Map<string, WorkingCalendar>();
const calendarArbitrary = fc.option(windowsArbitrary, { freq: 3 }).map((windows) => {
  if (windows === null) return calendar;
  const key = JSON.stringify(windows);
  let unit = unitCalendars.get(key);
  if (!unit) {
    unit = nearby.withUnit({ workingHours: windows });
    unitCalendars.set(key, unit);
  }
  return Object.assign(unit, { [fc.toStringMethod]: () => `calendar with working hours ${key}` });
});

/** Received after the cut-off or on a day off: the receipt day is a later day. */
function isMovedReceipt(cal: WorkingCalendar, ms: number): boolean {
  return findReceiptDayNumber(cal, ms) !== localDayNumberOf(ms);
}

function isAtWindowEnd(cal: WorkingCalendar, ms: number): boolean {
  const time = localTimeOfDayMs(ms);
  return cal.isWorkingTime(ms - 1) && Array.from(cal.workingHours.ends).includes(time);
}

describe('properties (fast-check)', () => {
  const options = { seed, numRuns: 400 };

  it('a due instant is inside working time or exactly at a window end', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, fc.integer({ min: 1, max: 60 * 200 }), fc.integer({ min: 0, max: 40 }), (cal, t, m, n) => {
        const byHours = addWorkingTime(cal, t, m * MS_PER_MINUTE);
        expect(cal.isWorkingTime(byHours) || isAtWindowEnd(cal, byHours)).toBe(true);
        const byDays = addWorkingDays(cal, t, n);
        expect(isAtWindowEnd(cal, byDays)).toBe(true);
        expect(localTimeOfDayMs(byDays)).toBe(cal.workingHours.lastEndMs);
      }),
      options,
    );
  });

  it('is monotonic: a later receipt is never due earlier', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, instant, minutes, fc.integer({ min: 0, max: 40 }), (cal, a, b, m, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, late, m * MS_PER_MINUTE)).toBeGreaterThanOrEqual(addWorkingTime(cal, early, m * MS_PER_MINUTE));
        expect(addWorkingDays(cal, late, n)).toBeGreaterThanOrEqual(addWorkingDays(cal, early, n));
        if (n >= 1) {
          expect(addWorkingDays(cal, early, n + 1)).toBeGreaterThan(addWorkingDays(cal, early, n));
        } else if (isMovedReceipt(cal, early)) {
          // Received after the cut-off or on a day off: the next working day is the same day (0) and day 1.
          expect(addWorkingDays(cal, early, 1)).toBe(addWorkingDays(cal, early, 0));
        } else {
          expect(addWorkingDays(cal, early, 1)).toBeGreaterThan(addWorkingDays(cal, early, 0));
        }
      }),
      options,
    );
  });

  it('is monotonic for every kind of time limit, zero included, and never due before receipt', () => {
    const limit = fc.record({ value: fc.integer({ min: 0, max: 20 }), unit: fc.constantFrom(...timeLimitUnits) });
    fc.assert(
      fc.property(calendarArbitrary, instant, instant, limit, (cal, a, b, timeLimit) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(computeDueAt(cal, late, timeLimit)).toBeGreaterThanOrEqual(computeDueAt(cal, early, timeLimit));
        expect(computeDueAt(cal, early, timeLimit)).toBeGreaterThanOrEqual(early);
      }),
      { ...options, numRuns: 2000 },
    );
  });

  it('is additive for working time: add(a + b) = add(add(a), b)', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, minutes, minutes, (cal, t, a, b) => {
        const once = addWorkingTime(cal, t, (a + b) * MS_PER_MINUTE);
        const twice = addWorkingTime(cal, addWorkingTime(cal, t, a * MS_PER_MINUTE), b * MS_PER_MINUTE);
        expect(show(twice)).toBe(show(once));
        expect(twice).toBe(once);
      }),
      options,
    );
  });

  it('counting inverts adding, for working time and for working days', () => {
    fc.assert(
      fc.property(calendarArbitrary, instant, minutes, fc.integer({ min: 0, max: 60 }), (cal, t, m, n) => {
        expect(countWorkingTime(cal, t, addWorkingTime(cal, t, m * MS_PER_MINUTE))).toBe(m * MS_PER_MINUTE);
        // A same-day limit after the cut-off ends on day 1 of the count.
        expect(countWorkingDays(cal, t, addWorkingDays(cal, t, n))).toBe(n === 0 && isMovedReceipt(cal, t) ? 1 : n);
      }),
      options,
    );
  });

  it('a working-day deadline falls on a working day, N working days after the receipt day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (t, n) => {
        const due = addWorkingDays(calendar, t, n);
        const dueDate = show(due).slice(0, 10);
        expect(calendar.isWorkingDay(dueDate)).toBe(true);
        expect(countWorkingDaysInRange(calendar, t, due)).toBeGreaterThanOrEqual(n);
        expect(due - t).toBeGreaterThan(n * 24 * MS_PER_HOUR - 24 * MS_PER_HOUR);
      }),
      options,
    );
  });
});
