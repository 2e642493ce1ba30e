/**
 * The units of a time limit, with due instants worked out by hand from the law and the published
 * schedules (legal-rules §1.5; holiday-schedules.md): the same day, calendar days (Civil Code 2015
 * arts. 147–148) and the afternoon cut-off applied once to working days. Default working hours
 * 08:00–12:00 and 13:00–17:00.
 */
import { describe, expect, it } from 'vitest';
import { formatVietnamInstant as show, vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { loadCalendar } from './calendar.js';
import { computeDueAt, type TimeLimit, timeLimitUnits } from './deadlines.js';

const calendar = loadCalendar();
const due = (receivedOn: string, time: string, limit: TimeLimit) => show(computeDueAt(calendar, at(receivedOn, time), limit));
const sameDay: TimeLimit = { value: 0, unit: 'same-day' };
const days = (value: number): TimeLimit => ({ value, unit: 'calendar-days' });
const workingDays = (value: number): TimeLimit => ({ value, unit: 'working-days' });

describe('the same day (trả trong ngày)', () => {
  it('is a unit of the contract', () => {
    expect(timeLimitUnits).toContain('same-day');
  });

  it('received at 07:30 on a working day, before opening: due 17:00 that day, not the next morning', () => {
    // Wed 11 June 2025.
    expect(due('2025-06-11', '07:30', sameDay)).toBe('2025-06-11 17:00');
    expect(due('2025-06-11', '14:59', sameDay)).toBe('2025-06-11 17:00');
    expect(due('2025-06-11', '15:00', sameDay)).toBe('2025-06-11 17:00');
  });

  it('received at 15:30, after the cut-off: due the next working day at 17:00', () => {
    expect(due('2025-06-11', '15:30', sameDay)).toBe('2025-06-12 17:00');
    // Friday after the cut-off: Monday.
    expect(due('2025-06-13', '15:30', sameDay)).toBe('2025-06-16 17:00');
  });

  it('received on a Saturday or a day off: due the next working day at 17:00', () => {
    expect(due('2025-06-14', '09:00', sameDay)).toBe('2025-06-16 17:00');
    // Fri 2 Jan 2026 is off by the New Year swap; Sat 3 and Sun 4 are the weekend.
    expect(due('2026-01-02', '09:00', sameDay)).toBe('2026-01-05 17:00');
    // Received on the worked Saturday 10 Jan 2026: that day.
    expect(due('2026-01-10', '09:00', sameDay)).toBe('2026-01-10 17:00');
  });
});

describe('calendar days (Civil Code 2015 arts. 147–148)', () => {
  it('a 30-day complaint whose last day falls in the Tết 2026 break ends on the first working day after it', () => {
    // Received Thu 15 Jan 2026: day 1 is Fri 16 Jan; 16–31 Jan are 16 days, 1–14 Feb 14 more, so day 30 is
    // Sat 14 Feb, the first day of the break (Sat 14 – Sun 22 Feb). Art. 148(5): the next working day, Mon 23 Feb.
    expect(due('2026-01-15', '14:00', days(30))).toBe('2026-02-23 17:00');
    // No cut-off for calendar days: the event is the receipt itself.
    expect(due('2026-01-15', '16:30', days(30))).toBe('2026-02-23 17:00');
  });

  it('Tết days count as calendar days when the period runs across the break', () => {
    // Received Mon 26 Jan 2026: 27–31 Jan are 5 days, 1–25 Feb 25 more; day 30 is Wed 25 Feb, a working day.
    expect(due('2026-01-26', '10:00', days(30))).toBe('2026-02-25 17:00');
    // Received online on mùng 1 Tết (Tue 17 Feb): 18–28 Feb are 11 days, 1–19 Mar 19 more; Thu 19 Mar.
    expect(due('2026-02-17', '09:00', days(30))).toBe('2026-03-19 17:00');
  });

  it('a day 30 on a weekend moves to Monday; a worked Saturday is a working day', () => {
    // Received Thu 4 Dec 2025: 5–31 Dec are 27 days, 1–3 Jan 2026 3 more; Sat 3 Jan → Mon 5 Jan (Fri 2 Jan is already past).
    expect(due('2025-12-04', '09:00', days(30))).toBe('2026-01-05 17:00');
    // Received Thu 11 Dec 2025: 12–31 Dec are 20 days, 1–10 Jan 10 more; Sat 10 Jan 2026 is worked (swap): that day.
    expect(due('2025-12-11', '09:00', days(30))).toBe('2026-01-10 17:00');
  });
});

describe('working days: the cut-off decides the receipt day once', () => {
  it('Wed 10:00 + 1 → Thu 17:00 and Wed 15:30 + 1 → Thu 17:00', () => {
    // Before the cut-off the receipt day is Wednesday, not counted; day 1 is Thursday. After it the
    // dossier counts as received Thursday morning; Thursday is a whole working day, day 1.
    expect(due('2025-06-11', '10:00', workingDays(1))).toBe('2025-06-12 17:00');
    expect(due('2025-06-11', '15:30', workingDays(1))).toBe('2025-06-12 17:00');
    // 5 working days from Fri 13 June after the cut-off: Mon 16 … Fri 20.
    expect(due('2025-06-13', '15:30', workingDays(5))).toBe('2025-06-20 17:00');
  });
});
