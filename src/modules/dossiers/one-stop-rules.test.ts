import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../calendar/index.js';
import { lastSupplementDay, lastTimelyApologyDay, oneStopRulesOn, shiftWorkingDays } from './one-stop-rules.js';

const calendar = loadCalendar();
/** 09:00 in Vietnam on a day. */
const nineAm = (day: string) => Date.parse(`${day}T09:00:00+07:00`);

describe('one-stop rules in force', () => {
  it('follow the text in force on the receipt day', () => {
    expect(oneStopRulesOn('2025-06-30').basis.vi).toContain('61/2018');
    expect(oneStopRulesOn('2025-06-30').confidence).toBe('confirmed');
    expect(oneStopRulesOn('2025-07-01').basis.vi).toContain('118/2025');
    expect(oneStopRulesOn('2026-12-06')).toMatchObject({ supplementLimit: 1, supplementWindowWorkingDays: 3, rescheduleLimit: 1 });
  });
});

describe('the supplement window (3 working days after the receipt day)', () => {
  const rules = oneStopRulesOn('2026-03-04');

  it('counts from the day after receipt, over the weekend', () => {
    // Wed 4/3 → Thu 5, Fri 6, Mon 9.
    expect(lastSupplementDay(calendar, nineAm('2026-03-04'), rules)).toBe('2026-03-09');
  });

  it('skips 30/4 and 1/5', () => {
    // Wed 29/4 → (Thu 30/4, Fri 1/5 holidays; weekend) Mon 4/5, Tue 5/5, Wed 6/5.
    expect(lastSupplementDay(calendar, nineAm('2026-04-29'), rules)).toBe('2026-05-06');
  });

  it('counts from a Saturday receipt as from any other day', () => {
    expect(lastSupplementDay(calendar, nineAm('2026-03-07'), rules)).toBe('2026-03-11');
  });

  it('skips the Tết break', () => {
    // Fri 13/2/2026, then 14–22/2 off: Mon 23, Tue 24, Wed 25.
    expect(lastSupplementDay(calendar, nineAm('2026-02-13'), rules)).toBe('2026-02-25');
  });
});

describe('the timely apology (at least one working day before the due day)', () => {
  const rules = oneStopRulesOn('2026-03-04');

  it('is the working day before the due day', () => {
    expect(lastTimelyApologyDay(calendar, Date.parse('2026-03-11T17:00:00+07:00'), rules)).toBe('2026-03-10');
    // Due Monday 9/3: the Friday before.
    expect(lastTimelyApologyDay(calendar, Date.parse('2026-03-09T17:00:00+07:00'), rules)).toBe('2026-03-06');
    // Due Monday 4/5: back over the weekend, 1/5, 30/4 to Wed 29/4.
    expect(lastTimelyApologyDay(calendar, Date.parse('2026-05-04T10:00:00+07:00'), rules)).toBe('2026-04-29');
  });

  it('shifts both ways symmetrically over working days', () => {
    for (const day of ['2026-03-04', '2026-04-29', '2026-02-13', '2026-08-31']) {
      expect(shiftWorkingDays(calendar, shiftWorkingDays(calendar, day, 5), -5)).toBe(day);
    }
  });
});
