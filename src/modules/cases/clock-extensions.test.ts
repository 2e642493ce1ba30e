import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { CalendarError, loadCalendar } from '../calendar/index.js';
import { extendClock, getDueAt, getStatutoryDueAt, isClockOverdue, pauseClock, resumeClock, startClock, stopClock } from './clock.js';

const calendar = loadCalendar();
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

// A complaint received Mon 2 March 2026 at 09:00 with 30 days (calendar days): due Wed 1 April 17:00.
const complaint = startClock(calendar, { receivedAt: at('2026-03-02', '09:00'), limit: { unit: 'calendar-days', value: 30 } });
// A dossier received Mon 9 June 2025 at 09:00 with 5 working days: due Mon 16 June 17:00.
const dossier = startClock(calendar, { receivedAt: at('2025-06-09', '09:00'), limit: { unit: 'working-days', value: 5 } });

describe('extensions of the limit', () => {
  it('add days to a calendar-day limit on the period’s own days: day 60 and day 90, not counted from a day off moved on', () => {
    // A denunciation accepted Thu 7 May 2026: day 30 is Sat 6 June, moved to Mon 8 June.
    const accepted = startClock(calendar, { receivedAt: at('2026-05-07', '10:00'), limit: { unit: 'calendar-days', value: 30 } });
    expect(show(getDueAt(calendar, accepted))).toBe('2026-06-08 17:00');
    // One extension of 30 days: day 60 is Mon 6 July (not 30 days after Mon 8 June, Wed 8 July).
    const once = extendClock(calendar, accepted, {
      by: { unit: 'calendar-days', value: 30 },
      at: at('2026-06-01', '09:00'),
      reason: 'Phức tạp',
    });
    expect(show(getDueAt(calendar, once))).toBe('2026-07-06 17:00');
    // A second: day 90 is Wed 5 August.
    const twice = extendClock(calendar, once, {
      by: { unit: 'calendar-days', value: 30 },
      at: at('2026-07-01', '09:00'),
      reason: 'Đặc biệt phức tạp',
    });
    expect(show(getDueAt(calendar, twice))).toBe('2026-08-05 17:00');
  });

  it('count from the statutory due instant in the extension’s unit, rolled to a working day', () => {
    expect(show(getDueAt(calendar, complaint))).toBe('2026-04-01 17:00');
    // 15 more days from 1 April: Thursday 16 April.
    const extended = extendClock(calendar, complaint, {
      by: { unit: 'calendar-days', value: 15 },
      at: at('2026-03-20', '10:00'),
      reason: 'Vụ việc phức tạp',
    });
    expect(show(getDueAt(calendar, extended))).toBe('2026-04-16 17:00');
    expect(show(getStatutoryDueAt(calendar, extended))).toBe('2026-04-16 17:00');
    // 2 more working days on a 5-working-day dossier: Wednesday 18 June.
    const longer = extendClock(calendar, dossier, {
      by: { unit: 'working-days', value: 2 },
      at: at('2025-06-10', '09:00'),
      reason: 'Cần xác minh thêm',
    });
    expect(show(getDueAt(calendar, longer))).toBe('2025-06-18 17:00');
  });

  it('keep the pauses: a suspension moves the extended due instant by its working time', () => {
    const extended = extendClock(calendar, dossier, {
      by: { unit: 'working-days', value: 2 },
      at: at('2025-06-10', '09:00'),
      reason: 'Cần xác minh thêm',
    });
    const resumed = resumeClock(calendar, pauseClock(extended, at('2025-06-11', '08:00')), at('2025-06-12', '08:00'));
    // One working day suspended: the due instant moves from 18 to 19 June.
    expect(show(getDueAt(calendar, resumed))).toBe('2025-06-19 17:00');
  });
});

describe('a stop', () => {
  it('ends the count: the due instant no longer moves and lateness is measured at the stop', () => {
    const paused = pauseClock(dossier, at('2025-06-13', '09:00'));
    const stopped = stopClock(calendar, paused, at('2025-06-13', '10:00'));
    // Asked a month later, the pause ended at the stop: one working hour moved the due instant (the day starts at 08:00).
    expect(show(getDueAt(calendar, stopped, at('2025-07-14', '09:00')))).toBe('2025-06-17 09:00');
    expect(isClockOverdue(calendar, stopped, at('2025-07-14', '09:00'))).toBe(false);
    const late = stopClock(calendar, dossier, at('2025-06-17', '10:00'));
    expect(isClockOverdue(calendar, late, at('2025-07-14', '09:00'))).toBe(true);
    expect(codeOf(() => stopClock(calendar, late, at('2025-06-18', '10:00')))).toBe(CalendarError.CLOCK_STOPPED);
    expect(
      codeOf(() => extendClock(calendar, late, { by: { unit: 'working-days', value: 1 }, at: at('2025-06-18', '10:00'), reason: 'x' })),
    ).toBe(CalendarError.CLOCK_STOPPED);
  });
});

describe('the history of a clock', () => {
  it('keeps every event with the due instant it led to', () => {
    let clock = pauseClock(dossier, at('2025-06-10', '09:00'));
    clock = resumeClock(calendar, clock, at('2025-06-10', '10:00'));
    clock = extendClock(calendar, clock, { by: { unit: 'working-days', value: 1 }, at: at('2025-06-11', '09:00'), reason: 'Gia hạn' });
    clock = stopClock(calendar, clock, at('2025-06-12', '15:00'), 'Đã có kết quả');
    expect(clock.history?.map((step) => [step.kind, show(step.dueAt), step.note])).toEqual([
      ['start', '2025-06-16 17:00', undefined],
      ['pause', '2025-06-16 17:00', undefined],
      ['resume', '2025-06-17 09:00', undefined],
      ['extend', '2025-06-18 09:00', 'Gia hạn'],
      ['stop', '2025-06-18 09:00', 'Đã có kết quả'],
    ]);
    expect(clock.history?.at(-1)?.dueAt).toBe(getDueAt(calendar, clock));
  });
});
