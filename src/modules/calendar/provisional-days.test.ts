/**
 * What the calendar is not sure of: years without a published schedule, unconfirmed schedule
 * entries, and unconfirmed rules (Vietnam Culture Day) the deployment has not decided on.
 */
import { describe, expect, it } from 'vitest';
import { vietnamInstant as at } from '../../platform/time/vietnam-time.js';
import { findProvisionalDays, loadCalendar } from './calendar.js';
import { addWorkingDays } from './deadlines.js';
import { DEFAULT_HOLIDAY_RULES, listUndecidedRules } from './holiday-rules.js';
import { describeHolidayRules, formatUndecidedRulesNotice, withDecisions } from './rule-decisions.js';

const calendar = loadCalendar();
const noAuthor = { updatedBy: null, updatedAt: null, version: 0 };

describe('provisional days', () => {
  it('2024 and 2025 have published schedules and nothing provisional', () => {
    expect(calendar.hasSchedule(2025)).toBe(true);
    expect(findProvisionalDays(calendar, at('2024-01-01'), at('2025-12-31', '23:59'))).toEqual([]);
  });

  it('2026: the unconfirmed day next to 2/9 and the undecided Vietnam Culture Day', () => {
    expect(findProvisionalDays(calendar, at('2026-01-01'), at('2026-12-31'))).toEqual(['2026-09-01', '2026-11-24']);
    expect(calendar.describeDay('2026-11-24')).toMatchObject({ isWorkingDay: true, isProvisional: true });
    // Decided either way, the culture day is the deployment's decision, no longer provisional.
    for (const isEnabled of [true, false]) {
      const decided = loadCalendar({ ruleSettings: { 'culture-day': { isEnabled } } });
      expect(findProvisionalDays(decided, at('2026-01-01'), at('2026-12-31'))).toEqual(['2026-09-01']);
      expect(decided.isWorkingDay('2026-11-24')).toBe(!isEnabled);
    }
  });

  it('a year without a published schedule: the rule days off and the bridge days next to them', () => {
    expect(calendar.hasSchedule(2027)).toBe(false);
    // Tết Đinh Mùi falls on Sat 6 Feb 2027. By the rules alone: Fri 5 (last day of the lunar year),
    // Sat 6 – Tue 9 (mùng 1–4), Wed 10 and Thu 11 in compensation for Sat 6 and Sun 7; Fri 12 is the
    // bridge day between them and the weekend, which a swap often makes a day off.
    expect(findProvisionalDays(calendar, at('2027-02-01'), at('2027-02-28'))).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
    // 30/4/2027 is a Friday and 1/5 a Saturday: Mon 3 May in compensation.
    expect(findProvisionalDays(calendar, at('2027-04-26'), at('2027-05-09'))).toEqual(['2027-04-30', '2027-05-01', '2027-05-03']);
  });

  it('tells an intake whose appointment crosses a provisional day', () => {
    // Received Mon 31 Aug 2026 09:00 with 1 working day: Tue 1 Sep (unconfirmed) and Wed 2 Sep are off → Thu 3 Sep.
    const receivedAt = at('2026-08-31', '09:00');
    const dueAt = addWorkingDays(calendar, receivedAt, 1);
    expect(dueAt).toBe(at('2026-09-03', '17:00'));
    expect(findProvisionalDays(calendar, receivedAt, dueAt)).toEqual(['2026-09-01']);
    expect(findProvisionalDays(calendar, at('2026-06-01', '09:00'), addWorkingDays(calendar, at('2026-06-01', '09:00'), 5))).toEqual([]);
    // Days beyond the calendar's years are left out rather than refused.
    expect(findProvisionalDays(calendar, at('2100-12-30'), at('2101-01-05'))).toEqual([]);
  });
});

describe('decisions on unconfirmed rules', () => {
  const culture = DEFAULT_HOLIDAY_RULES.find((rule) => rule.occasion === 'culture-day')!;

  it('Vietnam Culture Day is shown with its legal basis, its confidence and as undecided', () => {
    const answer = describeHolidayRules({}, noAuthor, '2026-11-01');
    const info = answer.rules.find((rule) => rule.occasion === 'culture-day')!;
    expect(info).toMatchObject({
      isConfirmed: false,
      confidence: 'partly-confirmed',
      effectiveFrom: '2026-07-01',
      decision: { isDecided: false, isEnabled: false, decidedBy: null, decidedAt: null },
    });
    expect(info.legalBasis).toContain('28/2026/QH16');
    expect(info.note).toContain('80-NQ/TW');
    expect(answer.undecidedRules).toEqual(['culture-day']);
    expect(answer.rules.filter((rule) => rule.occasion !== 'culture-day').every((rule) => rule.confidence === 'confirmed')).toBe(true);
  });

  it('records who decided and when, and keeps it while the decision stands', () => {
    const first = withDecisions(
      {},
      { 'culture-day': { isEnabled: true } },
      { by: 'Nguyễn Văn Quản', at: new Date('2026-06-20T02:00:00Z') },
    );
    expect(first['culture-day']).toEqual({ isEnabled: true, decidedBy: 'Nguyễn Văn Quản', decidedAt: '2026-06-20T02:00:00.000Z' });
    // Another change later (the day next to 2/9) leaves the culture-day decision as it was.
    const second = withDecisions(
      first,
      { 'culture-day': { isEnabled: true }, 'national-day': { adjacentDay: 'after' } },
      { by: 'Trần Thị Hai', at: new Date('2026-07-01T02:00:00Z') },
    );
    expect(second['culture-day']).toEqual(first['culture-day']);
    expect(second['national-day']).toEqual({ adjacentDay: 'after' });
    // Switching it off is a new decision.
    const third = withDecisions(
      second,
      { 'culture-day': { isEnabled: false } },
      { by: 'Trần Thị Hai', at: new Date('2026-08-01T02:00:00Z') },
    );
    expect(third['culture-day']).toMatchObject({ isEnabled: false, decidedBy: 'Trần Thị Hai', decidedAt: '2026-08-01T02:00:00.000Z' });
    const answer = describeHolidayRules(third, noAuthor, '2026-11-01');
    expect(answer.undecidedRules).toEqual([]);
    expect(answer.ruleSettings).toEqual({ 'culture-day': { isEnabled: false } });
    expect(answer.rules.find((rule) => rule.occasion === 'culture-day')?.decision).toEqual({
      isDecided: true,
      isEnabled: false,
      decidedBy: 'Trần Thị Hai',
      decidedAt: '2026-08-01T02:00:00.000Z',
    });
  });

  it('a decision saved before decisions were kept is credited to the last save', () => {
    const author = { updatedBy: 'admin', updatedAt: new Date('2026-05-05T03:00:00Z'), version: 3 };
    const decision = describeHolidayRules({ 'culture-day': { isEnabled: true } }, author).rules.find(
      (rule) => rule.occasion === 'culture-day',
    )?.decision;
    expect(decision).toEqual({ isDecided: true, isEnabled: true, decidedBy: 'admin', decidedAt: '2026-05-05T03:00:00.000Z' });
  });

  it('the start-up notice names what is undecided and where to decide it', () => {
    const notice = formatUndecidedRulesNotice(listUndecidedRules({}, '2026-11-01'));
    expect(notice).toContain('Ngày Văn hóa Việt Nam');
    expect(notice).toContain('off until decided');
    expect(notice).toContain(culture.legalBasis);
    expect(notice).toContain('/app/calendar');
    expect(notice).toContain('PUT /api/v1/calendar/rules');
    expect(formatUndecidedRulesNotice(listUndecidedRules({ 'culture-day': { isEnabled: false } }, '2026-11-01'))).toBeNull();
  });
});
