import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, MS_PER_HOUR, MS_PER_MINUTE, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { CalendarError, loadCalendar } from '../calendar/index.js';
import {
  countRemainingWorkingTime,
  type DeadlineClock,
  getDueAt,
  getStatutoryDueAt,
  isClockOverdue,
  pauseClock,
  rescheduleClock,
  restartClock,
  resumeClock,
  startClock,
} from './clock.js';
import { addWorkingTime, computeDueAt } from '../calendar/index.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2_147_483_647);
console.info(`deadline-clock.test.ts fast-check seed ${seed} (replay with FC_SEED=${seed})`);

const calendar = loadCalendar();
const fiveDays = { value: 5, unit: 'working-days' } as const;

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

// Received Mon 9 June 2025 09:00 with 5 working days: due Mon 16 June 17:00.
const started = startClock(calendar, { receivedAt: at('2025-06-09', '09:00'), limit: fiveDays });

describe('deadline clock', () => {
  it('starts with the computed due instant', () => {
    expect(show(getDueAt(calendar, started))).toBe('2025-06-16 17:00');
    expect(started.computedDueAt).toBe(computeDueAt(calendar, at('2025-06-09', '09:00'), fiveDays));
    expect(isClockOverdue(calendar, started, at('2025-06-16', '16:59'))).toBe(false);
    expect(isClockOverdue(calendar, started, at('2025-06-16', '17:01'))).toBe(true);
  });

  it('a one-hour pause extends the deadline by one working hour', () => {
    const paused = pauseClock(started, at('2025-06-10', '09:00'));
    const resumed = resumeClock(calendar, paused, at('2025-06-10', '10:00'));
    expect(resumed.pauses).toEqual([
      { from: at('2025-06-10', '09:00'), to: at('2025-06-10', '10:00'), workingMs: MS_PER_HOUR, calendarDays: 0 },
    ]);
    // One working hour after Mon 16 June 17:00: Tue 17 June, 08:00–09:00.
    expect(show(getDueAt(calendar, resumed))).toBe('2025-06-17 09:00');
  });

  it('a pause over a weekend counts only its working time', () => {
    // Fri 13 June 16:00 → Mon 16 June 08:30: 1 h on Friday (16:00–17:00) + 30 min on Monday (08:00–08:30).
    const resumed = resumeClock(calendar, pauseClock(started, at('2025-06-13', '16:00')), at('2025-06-16', '08:30'));
    expect(resumed.pausedWorkingMs).toBe(1.5 * MS_PER_HOUR);
    expect(show(getDueAt(calendar, resumed))).toBe('2025-06-17 09:30');
  });

  it('a pause of whole working days moves the deadline by whole working days', () => {
    const resumed = resumeClock(calendar, pauseClock(started, at('2025-06-10', '07:30')), at('2025-06-12', '07:30'));
    expect(show(getDueAt(calendar, resumed))).toBe('2025-06-18 17:00');
  });

  it('while paused, the deadline moves with the time asked about', () => {
    const paused = pauseClock(started, at('2025-06-10', '09:00'));
    expect(getDueAt(calendar, paused)).toBe(getDueAt(calendar, started));
    expect(show(getDueAt(calendar, paused, at('2025-06-10', '11:00')))).toBe('2025-06-17 10:00');
    const remaining = countRemainingWorkingTime(calendar, paused, at('2025-06-11', '11:00'));
    expect(remaining).toBe(countRemainingWorkingTime(calendar, started, at('2025-06-10', '09:00')));
  });

  it('restarts from zero when the complete dossier arrives (receipt rules apply again)', () => {
    const paused = pauseClock(started, at('2025-06-10', '09:00'));
    const restarted = restartClock(calendar, paused, at('2025-06-20', '15:30'));
    expect(restarted).toMatchObject({ pausedAt: null, pauses: [], restartCount: 1, startedAt: at('2025-06-20', '15:30') });
    // After the cut-off on Friday 20 June: Mon 23 is the receipt day and day 1; five working days → Fri 27 June.
    expect(show(getDueAt(calendar, restarted))).toBe('2025-06-27 17:00');
  });

  it('reschedules once, to a later instant; pauses after it extend the new date', () => {
    const newDueAt = at('2025-06-20', '17:00');
    const rescheduled = rescheduleClock(calendar, started, { newDueAt, at: at('2025-06-13', '10:00') });
    expect(getDueAt(calendar, rescheduled)).toBe(newDueAt);
    expect(show(getStatutoryDueAt(calendar, rescheduled))).toBe('2025-06-16 17:00');
    expect(
      codeOf(() => rescheduleClock(calendar, rescheduled, { newDueAt: at('2025-06-27', '17:00'), at: at('2025-06-14', '10:00') })),
    ).toBe(CalendarError.DEADLINE_ALREADY_RESCHEDULED);
    expect(codeOf(() => rescheduleClock(calendar, started, { newDueAt: at('2025-06-16', '16:00'), at: at('2025-06-13', '10:00') }))).toBe(
      CalendarError.DEADLINE_RESCHEDULE_NOT_LATER,
    );
    const afterPause = resumeClock(calendar, pauseClock(rescheduled, at('2025-06-17', '09:00')), at('2025-06-17', '10:00'));
    expect(show(getDueAt(calendar, afterPause))).toBe('2025-06-23 09:00');
    expect(show(getStatutoryDueAt(calendar, afterPause))).toBe('2025-06-17 09:00');
    // A restart keeps the one reschedule used.
    const restarted = restartClock(calendar, afterPause, at('2025-06-18', '09:00'));
    expect(restarted.rescheduledDueAt).toBeNull();
    expect(codeOf(() => rescheduleClock(calendar, restarted, { newDueAt: at('2025-07-30', '17:00'), at: at('2025-06-19', '09:00') }))).toBe(
      CalendarError.DEADLINE_ALREADY_RESCHEDULED,
    );
  });

  it('rejects events out of order, a second pause and a resume without a pause', () => {
    const paused = pauseClock(started, at('2025-06-10', '09:00'));
    expect(codeOf(() => pauseClock(paused, at('2025-06-10', '10:00')))).toBe(CalendarError.CLOCK_ALREADY_PAUSED);
    expect(codeOf(() => resumeClock(calendar, started, at('2025-06-10', '10:00')))).toBe(CalendarError.CLOCK_NOT_PAUSED);
    expect(codeOf(() => resumeClock(calendar, paused, at('2025-06-10', '08:00')))).toBe(CalendarError.CLOCK_EVENT_OUT_OF_ORDER);
  });
});

describe('clock properties (fast-check)', () => {
  const receipt = fc.integer({ min: at('2024-01-01', '00:00'), max: at('2026-12-31', '00:00') });
  const gaps = fc.array(fc.integer({ min: 0, max: 5 * 24 * 60 }), { minLength: 2, maxLength: 10 });
  const limit = fc.oneof(
    fc.integer({ min: 0, max: 30 }).map((value) => ({ value, unit: 'working-days' as const })),
    fc.integer({ min: 1, max: 80 }).map((value) => ({ value, unit: 'working-hours' as const })),
  );

  it('a pause never shortens the deadline, and extends it by exactly its working time', () => {
    fc.assert(
      fc.property(receipt, limit, gaps, (receivedAt, timeLimit, gapMinutes) => {
        let clock: DeadlineClock = startClock(calendar, { receivedAt, limit: timeLimit });
        let now = receivedAt;
        let due = getDueAt(calendar, clock);
        gapMinutes.forEach((gap, index) => {
          now += gap * MS_PER_MINUTE;
          if (index % 2 === 0) {
            clock = pauseClock(clock, now);
          } else {
            const pausedAt = clock.pausedAt!;
            clock = resumeClock(calendar, clock, now);
            const next = getDueAt(calendar, clock);
            expect(next).toBeGreaterThanOrEqual(due);
            expect(next).toBe(addWorkingTime(calendar, due, clock.pauses.at(-1)!.workingMs));
            expect(clock.pauses.at(-1)!.from).toBe(pausedAt);
            due = next;
          }
        });
        expect(getDueAt(calendar, clock, now + 30 * 24 * 60 * MS_PER_MINUTE)).toBeGreaterThanOrEqual(due);
      }),
      { seed, numRuns: 300 },
    );
  });
});
