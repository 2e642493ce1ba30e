import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { loadCalendar } from '../calendar/index.js';
import { pauseClock, rescheduleClock, resumeClock, startClock, type DeadlineClock } from '../cases/index.js';
import type { OpenDossierWithPauses, PauseEvent } from '../dossiers/index.js';
import { isOpenAt, judgeAtEnd, judgementInstant, needsCalendar, statutoryDueAt } from './period-end.js';

/**
 * Hand-computed cases of the end-of-period judgement, on the national calendar (working hours
 * 08:00–12:00 and 13:00–17:00, Monday to Friday; day 1 of a limit is the next working day).
 * March 2026 has no holiday: a dossier received on Monday 23 March at 09:00 with 3 working days
 * is due on Thursday 26 March at 17:00. The first quarter ends at 1 April 00:00 (Vietnam).
 */
const calendar = loadCalendar();
const threeDays = { unit: 'working-days', value: 3 } as const;
const endOfQ1 = at('2026-04-01', '00:00');

function dossier(receivedAt: number, clock: DeadlineClock | null, pauses: PauseEvent[] = []): OpenDossierWithPauses {
  return {
    id: 'd',
    unitId: 'u',
    receivedMs: receivedAt,
    finishedMs: null,
    originalDueMs: clock ? clock.computedDueAt : at('2026-03-26', '17:00'),
    clock,
    pauses,
  };
}
const started = (receivedAt: number) => startClock(calendar, { receivedAt, limit: threeDays });

describe('the instant a period is judged at', () => {
  it('is the end of its last Vietnam day, or now while it runs; a period not begun has none', () => {
    const now = new Date(at('2026-04-20', '10:00'));
    expect(judgementInstant({ from: '2026-01-01', to: '2026-03-31' }, now)).toBe(endOfQ1);
    expect(judgementInstant({ from: '2026-04-01', to: '2026-04-30' }, now)).toBe(now.getTime());
    expect(judgementInstant({ from: '2026-05-01', to: '2026-05-31' }, now)).toBeNull();
  });

  it('counts a dossier unfinished when it was received before the instant and finished at or after it', () => {
    const base = { receivedMs: at('2026-03-30', '09:00'), finishedMs: null };
    expect(isOpenAt(base, endOfQ1)).toBe(true);
    expect(isOpenAt({ ...base, finishedMs: endOfQ1 }, endOfQ1)).toBe(true);
    expect(isOpenAt({ ...base, finishedMs: endOfQ1 - 1 }, endOfQ1)).toBe(false);
    expect(isOpenAt({ ...base, receivedMs: endOfQ1 }, endOfQ1)).toBe(false);
  });
});

describe('a dossier unfinished at the end of the period', () => {
  const received = at('2026-03-23', '09:00');

  it('is overdue when the period ended after its appointment, on time before', () => {
    const clock = started(received);
    expect(show(clock.computedDueAt)).toBe('2026-03-26 17:00');
    expect(judgeAtEnd(dossier(received, clock), endOfQ1)).toBe('overdue');
    expect(judgeAtEnd(dossier(received, clock), at('2026-03-26', '17:00'))).toBe('on_time');
  });

  it('waiting for a supplement requested before its appointment, is not overdue however long it waits', () => {
    const paused = pauseClock(started(received), at('2026-03-25', '10:00'));
    const waiting = dossier(received, paused, [['supplement_requested', at('2026-03-25', '10:00')]]);
    expect(judgeAtEnd(waiting, endOfQ1)).toBe('paused');
    expect(judgeAtEnd(waiting, at('2026-07-01', '00:00'))).toBe('paused');
  });

  it('waiting for a supplement requested after its appointment, is overdue (finished on the request day, late)', () => {
    const paused = pauseClock(started(received), at('2026-03-27', '10:00'));
    expect(judgeAtEnd(dossier(received, paused, [['supplement_requested', at('2026-03-27', '10:00')]]), endOfQ1)).toBe('overdue');
  });

  it('waiting for a financial obligation (national status 6), is not overdue either', () => {
    const paused = pauseClock(started(received), at('2026-03-24', '14:00'));
    expect(judgeAtEnd(dossier(received, paused, [['payment_requested', at('2026-03-24', '14:00')]]), endOfQ1)).toBe('paused');
  });

  it('after a supplement, is due later by the working time spent waiting for the citizen', () => {
    // Received Wed 25 March 09:00: due Mon 30 March 17:00. Waiting Thu 26 09:00 → Mon 30 09:00 (two
    // working days): due Wed 1 April 17:00, so on time at the quarter's end, overdue at 2 April.
    const from = at('2026-03-25', '09:00');
    const clock = resumeClock(calendar, pauseClock(started(from), at('2026-03-26', '09:00')), at('2026-03-30', '09:00'));
    const pauses: PauseEvent[] = [
      ['supplement_requested', at('2026-03-26', '09:00')],
      ['supplement_received', at('2026-03-30', '09:00')],
    ];
    const resumed = dossier(from, clock, pauses);
    expect(show(statutoryDueAt(resumed, endOfQ1)!)).toBe('2026-04-01 17:00');
    expect(judgeAtEnd(resumed, endOfQ1)).toBe('on_time');
    expect(judgeAtEnd(resumed, at('2026-04-02', '00:00'))).toBe('overdue');
    // At the end of Friday 27 March it was waiting, with its first appointment.
    expect(show(statutoryDueAt(resumed, at('2026-03-28', '00:00'))!)).toBe('2026-03-30 17:00');
    expect(judgeAtEnd(resumed, at('2026-03-28', '00:00'))).toBe('paused');
    expect(needsCalendar(resumed, endOfQ1)).toBe(false);
  });

  it('with more than one supplement requested, is overdue', () => {
    const twice: PauseEvent[] = [
      ['supplement_requested', at('2026-03-23', '10:00')],
      ['supplement_received', at('2026-03-23', '14:00')],
      ['supplement_requested', at('2026-03-24', '09:00')],
      ['supplement_received', at('2026-03-24', '10:00')],
    ];
    expect(judgeAtEnd(dossier(received, started(received), twice), at('2026-03-25', '00:00'))).toBe('overdue');
    expect(judgeAtEnd(dossier(received, started(received), twice.slice(0, 2)), at('2026-03-25', '00:00'))).toBe('on_time');
  });

  it('is judged against its statutory appointment, not the new one of an apology (Mẫu 04)', () => {
    const rescheduled = rescheduleClock(calendar, started(received), {
      newDueAt: at('2026-04-10', '17:00'),
      at: at('2026-03-24', '10:00'),
    });
    expect(judgeAtEnd(dossier(received, rescheduled), endOfQ1)).toBe('overdue');
  });

  it('paused after an apology, is due later by the pause counted on the calendar from its statutory appointment', () => {
    // Due Thu 26 March 17:00; a new appointment on 10 April; waiting Wed 25 09:00 → Fri 27 09:00
    // (two working days): the statutory appointment is Mon 30 March 17:00.
    let clock = rescheduleClock(calendar, started(received), { newDueAt: at('2026-04-10', '17:00'), at: at('2026-03-24', '10:00') });
    clock = resumeClock(calendar, pauseClock(clock, at('2026-03-25', '09:00')), at('2026-03-27', '09:00'));
    const pauses: PauseEvent[] = [
      ['supplement_requested', at('2026-03-25', '09:00')],
      ['supplement_received', at('2026-03-27', '09:00')],
    ];
    const moved = dossier(received, clock, pauses);
    expect(needsCalendar(moved, endOfQ1)).toBe(true);
    expect(() => statutoryDueAt(moved, endOfQ1)).toThrow(/calendar/);
    expect(show(statutoryDueAt(moved, endOfQ1, calendar)!)).toBe('2026-03-30 17:00');
    expect(judgeAtEnd(moved, at('2026-03-30', '16:00'), calendar)).toBe('on_time');
    expect(judgeAtEnd(moved, endOfQ1, calendar)).toBe('overdue');
  });

  it('with a clock stored before its history was kept, is judged on the calendar from its pauses', () => {
    const from = at('2026-03-25', '09:00');
    const clock = resumeClock(calendar, pauseClock(started(from), at('2026-03-26', '09:00')), at('2026-03-30', '09:00'));
    const old = dossier(from, { ...clock, history: undefined }, [
      ['supplement_requested', at('2026-03-26', '09:00')],
      ['supplement_received', at('2026-03-30', '09:00')],
    ]);
    expect(needsCalendar(old, endOfQ1)).toBe(true);
    expect(show(statutoryDueAt(old, endOfQ1, calendar)!)).toBe('2026-04-01 17:00');
    expect(judgeAtEnd(old, endOfQ1, calendar)).toBe('on_time');
  });

  it('without a clock, is judged against its first appointment', () => {
    expect(judgeAtEnd(dossier(received, null), endOfQ1)).toBe('overdue');
    expect(judgeAtEnd(dossier(received, null, [['supplement_requested', at('2026-03-24', '09:00')]]), endOfQ1)).toBe('paused');
  });
});
