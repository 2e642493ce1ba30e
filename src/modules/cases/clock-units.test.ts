/**
 * A pause moves the deadline in the limit's own unit: calendar days for a calendar-day limit (a
 * complaint's 30 days), working time for working days, hours and the same day. Due instants worked
 * out by hand (default working hours 08:00–12:00 and 13:00–17:00).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, MS_PER_HOUR, MS_PER_MINUTE, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { computeDueAt, loadCalendar } from '../calendar/index.js';
import {
  type DeadlineClock,
  extendClock,
  getDueAt,
  getStatutoryDueAt,
  pauseClock,
  rescheduleClock,
  restartClock,
  resumeClock,
  startClock,
} from './clock.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.info(`clock-units.test.ts fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const calendar = loadCalendar();
// Received Mon 2 March 2026 09:00 with 30 days: day 30 is Wed 1 April, due 17:00.
const complaint = startClock(calendar, { receivedAt: at('2026-03-02', '09:00'), limit: { unit: 'calendar-days', value: 30 } });

describe('a calendar-day limit', () => {
  it('is extended by the calendar days paused, not by working time', () => {
    expect(show(getDueAt(calendar, complaint))).toBe('2026-04-01 17:00');
    // Suspended Mon 9 March 10:00 → Thu 12 March 15:00: 3 calendar days, so day 33 — Sat 4 April, moved to Mon 6 April.
    // (By working time the 28 working hours would have given Tue 7 April 12:00.)
    const resumed = resumeClock(calendar, pauseClock(complaint, at('2026-03-09', '10:00')), at('2026-03-12', '15:00'));
    expect(resumed.pauses.at(-1)).toMatchObject({ calendarDays: 3, workingMs: 28 * MS_PER_HOUR });
    expect(show(getDueAt(calendar, resumed))).toBe('2026-04-06 17:00');
  });

  it('a pause begun and ended the same day moves nothing; one from Tuesday to Wednesday moves one day', () => {
    const sameDay = resumeClock(calendar, pauseClock(complaint, at('2026-03-09', '09:00')), at('2026-03-09', '16:00'));
    expect(show(getDueAt(calendar, sameDay))).toBe('2026-04-01 17:00');
    // Tue 10 → Wed 11 March: day 31, Thu 2 April.
    const oneDay = resumeClock(calendar, pauseClock(complaint, at('2026-03-10', '16:00')), at('2026-03-11', '08:30'));
    expect(show(getDueAt(calendar, oneDay))).toBe('2026-04-02 17:00');
    // Two pauses add up: + Fri 13 → Mon 16 March (3 days), day 34: Sun 5 April → Mon 6 April.
    const twoPauses = resumeClock(calendar, pauseClock(oneDay, at('2026-03-13', '10:00')), at('2026-03-16', '10:00'));
    expect(twoPauses.pausedCalendarDays).toBe(4);
    expect(show(getDueAt(calendar, twoPauses))).toBe('2026-04-06 17:00');
  });

  it('while paused, the deadline moves with the day asked about', () => {
    const paused = pauseClock(complaint, at('2026-03-09', '10:00'));
    // As of Wed 11 March: 2 days paused, day 32 — Fri 3 April.
    expect(show(getDueAt(calendar, paused, at('2026-03-11', '10:00')))).toBe('2026-04-03 17:00');
    expect(show(getDueAt(calendar, paused))).toBe('2026-04-01 17:00');
  });

  it('counts the paused days on the period, then moves a day off to the next working day', () => {
    // Received Thu 15 Jan 2026 with 30 days: day 30 is Sat 14 Feb (Tết break) → Mon 23 Feb.
    const acrossTet = startClock(calendar, { receivedAt: at('2026-01-15', '14:00'), limit: { unit: 'calendar-days', value: 30 } });
    expect(show(getDueAt(calendar, acrossTet))).toBe('2026-02-23 17:00');
    // Paused Mon 19 → Tue 20 Jan (1 day): day 31 is Sun 15 Feb, still in the break → Mon 23 Feb, not Tue 24.
    const resumed = resumeClock(calendar, pauseClock(acrossTet, at('2026-01-19', '09:00')), at('2026-01-20', '09:00'));
    expect(show(getDueAt(calendar, resumed))).toBe('2026-02-23 17:00');
  });

  it('an extension and a new appointment follow the pauses in calendar days', () => {
    const oneDay = resumeClock(calendar, pauseClock(complaint, at('2026-03-10', '16:00')), at('2026-03-11', '08:30'));
    // 15 more days from Thu 2 April: Fri 17 April.
    const extended = extendClock(calendar, oneDay, {
      by: { unit: 'calendar-days', value: 15 },
      at: at('2026-03-20', '10:00'),
      reason: 'Phức tạp',
    });
    expect(show(getDueAt(calendar, extended))).toBe('2026-04-17 17:00');
    // A new appointment Fri 10 April 17:00, then a 2-day pause (Tue 31 March → Thu 2 April): Sun 12 → Mon 13 April.
    const rescheduled = rescheduleClock(calendar, complaint, { newDueAt: at('2026-04-10', '17:00'), at: at('2026-03-30', '10:00') });
    const afterPause = resumeClock(calendar, pauseClock(rescheduled, at('2026-03-31', '09:00')), at('2026-04-02', '09:00'));
    expect(show(getDueAt(calendar, afterPause))).toBe('2026-04-13 17:00');
    // The statutory date: day 32, Fri 3 April.
    expect(show(getStatutoryDueAt(calendar, afterPause))).toBe('2026-04-03 17:00');
  });

  it('a restart forgets the paused days', () => {
    const resumed = resumeClock(calendar, pauseClock(complaint, at('2026-03-09', '10:00')), at('2026-03-12', '15:00'));
    const restarted = restartClock(calendar, resumed, at('2026-03-16', '09:00'));
    // Mon 16 March + 30 days: Wed 15 April.
    expect(restarted.pausedCalendarDays).toBe(0);
    expect(show(getDueAt(calendar, restarted))).toBe('2026-04-15 17:00');
  });

  it('reads a clock stored before calendar days were kept from its pauses', () => {
    const resumed = resumeClock(calendar, pauseClock(complaint, at('2026-03-09', '10:00')), at('2026-03-12', '15:00'));
    const { pausedCalendarDays: _dropped, ...stored } = resumed;
    const old: DeadlineClock = { ...stored, pauses: resumed.pauses.map(({ from, to, workingMs }) => ({ from, to, workingMs })) };
    expect(show(getDueAt(calendar, old))).toBe('2026-04-06 17:00');
  });
});

describe('working units', () => {
  it('a same-day dossier paused one hour is due one working hour after 17:00', () => {
    // Received Wed 11 June 2025 09:00, due 17:00; paused 10:00–11:00 → Thu 12 June 09:00.
    const clock = startClock(calendar, { receivedAt: at('2025-06-11', '09:00'), limit: { unit: 'same-day', value: 0 } });
    expect(show(getDueAt(calendar, clock))).toBe('2025-06-11 17:00');
    const resumed = resumeClock(calendar, pauseClock(clock, at('2025-06-11', '10:00')), at('2025-06-11', '11:00'));
    expect(show(getDueAt(calendar, resumed))).toBe('2025-06-12 09:00');
  });
});

describe('calendar-day pauses (fast-check)', () => {
  it('a closed pause moves the due instant as if the limit had the paused days more', () => {
    const receipt = fc.integer({ min: at('2024-01-01', '00:00'), max: at('2026-06-30', '00:00') });
    fc.assert(
      fc.property(
        receipt,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 * 24 * 60 }),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        (receivedAt, value, startMinutes, lengthMinutes) => {
          const limit = { unit: 'calendar-days' as const, value };
          const clock = startClock(calendar, { receivedAt, limit });
          const from = receivedAt + startMinutes * MS_PER_MINUTE;
          const resumed = resumeClock(calendar, pauseClock(clock, from), from + lengthMinutes * MS_PER_MINUTE);
          const days = resumed.pausedCalendarDays ?? 0;
          const expected = days === 0 ? clock.computedDueAt : computeDueAt(calendar, receivedAt, { ...limit, value: value + days });
          expect(getDueAt(calendar, resumed)).toBe(expected);
          expect(getDueAt(calendar, resumed)).toBeGreaterThanOrEqual(getDueAt(calendar, clock));
        },
      ),
      { seed, numRuns: 300 },
    );
  });
});
