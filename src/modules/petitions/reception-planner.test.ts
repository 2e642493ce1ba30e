/**
 * The reception minimum read from the law by hand first: a commune chairman received citizens at
 * least one day a week until 30/6/2026 (Law 42/2013 art. 15(2)(d)) and at least two days a month
 * from 1/7/2026 (Law 136/2025); the 2026 calendar has Tết off Mon 16 – Fri 20 February and
 * 30/4–1/5 off (Thu–Fri).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostRoles } from '../../contracts/reception.js';
import { dayNumberToIso, isoToDayNumber } from '../../platform/time/vietnam-time.js';
import { loadCalendar } from '../calendar/index.js';
import { assessCompliance, legalPeriods, parsePreferences, planYear, type SessionDay } from './reception-planner.js';
import { receptionRuleOn, receptionRules } from './reception-rules.js';

const calendar = loadCalendar();
const isWorkingDay = (date: string) => calendar.isWorkingDay(date);
const held = (...dates: string[]): SessionDay[] => dates.map((date) => ({ date, status: 'held', delegated: false }));

describe('the reception minimum', () => {
  it('flags July 2026 for a commune chairman who received on three days in June and one in July', () => {
    const periods = assessCompliance({
      hostRole: 'commune_chairman',
      from: '2026-06-01',
      to: '2026-07-31',
      sessions: held('2026-06-03', '2026-06-10', '2026-06-17', '2026-07-15'),
      isWorkingDay,
      today: '2026-08-10',
      delegatedCounts: false,
    });
    const july = periods.find((period) => period.per === 'month' && period.from === '2026-07-01');
    expect(july).toMatchObject({ to: '2026-07-31', required: 2, held: 1, state: 'missed' });
    // June is counted by weeks: four of its five weeks began in June; the week of 22 June had no session.
    const juneWeeks = periods.filter((period) => period.per === 'week');
    expect(juneWeeks.map((week) => week.from)).toEqual(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29']);
    expect(juneWeeks.map((week) => week.state)).toEqual(['met', 'met', 'met', 'missed', 'missed']);
    // The week that began on 29 June stays under the weekly rule though it ends in July.
    expect(juneWeeks.at(-1)).toMatchObject({ to: '2026-07-05', required: 1 });
  });

  it('meets July with two days, and a session held on the head’s behalf counts only when the setting says so', () => {
    const sessions: SessionDay[] = [...held('2026-07-10'), { date: '2026-07-20', status: 'held', delegated: true }];
    const base = {
      hostRole: 'commune_chairman' as const,
      from: '2026-07-01',
      to: '2026-07-31',
      sessions,
      isWorkingDay,
      today: '2026-08-01',
    };
    const july = (delegatedCounts: boolean) => assessCompliance({ ...base, delegatedCounts }).filter((p) => p.per === 'month');
    // The range also meets the last week under the weekly rule (29/6–5/7), which ends in July.
    expect(assessCompliance({ ...base, delegatedCounts: false })[0]).toMatchObject({ per: 'week', from: '2026-06-29' });
    expect(july(false)).toMatchObject([{ held: 1, state: 'missed' }]);
    expect(july(true)).toMatchObject([{ held: 2, state: 'met' }]);
  });

  it('warns ahead of time: a month with too few days planned is short, enough planned is planned', () => {
    const base = { hostRole: 'commune_chairman' as const, from: '2026-09-01', to: '2026-09-30', isWorkingDay, today: '2026-09-05' };
    const planned = (date: string): SessionDay => ({ date, status: 'planned', delegated: false });
    expect(assessCompliance({ ...base, sessions: [planned('2026-09-10')], delegatedCounts: false })).toMatchObject([{ state: 'short' }]);
    expect(assessCompliance({ ...base, sessions: [planned('2026-09-10'), planned('2026-09-21')], delegatedCounts: false })).toMatchObject([
      { state: 'planned', planned: 2 },
    ]);
    // Two sessions on one day are one reception day.
    expect(
      assessCompliance({ ...base, today: '2026-10-01', sessions: held('2026-09-10', '2026-09-10'), delegatedCounts: false }),
    ).toMatchObject([{ held: 1, state: 'missed' }]);
  });

  it('asks nothing of a week that has no working day (Tết 2026)', () => {
    const [tet] = assessCompliance({
      hostRole: 'commune_chairman',
      from: '2026-02-16',
      to: '2026-02-22',
      sessions: [],
      isWorkingDay,
      today: '2026-03-01',
      delegatedCounts: false,
    });
    expect(tet).toMatchObject({ from: '2026-02-16', required: 0, state: 'met' });
  });

  it('has one rule at most for a host on any date, each with its basis', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hostRoles), fc.integer({ min: 16_000, max: 25_000 }), (role, dayNumber) => {
        const date = dayNumberToIso(dayNumber);
        const matching = receptionRules.filter(
          (rule) => rule.hostRole === role && rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo),
        );
        expect(matching.length).toBeLessThanOrEqual(1);
        expect(receptionRuleOn(role, date)).toBe(matching[0]);
      }),
    );
    expect(receptionRules.every((rule) => rule.legalBasis.length > 10)).toBe(true);
  });

  it('cuts any range into periods that follow one another without a gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 21_500 }), fc.integer({ min: 0, max: 400 }), (start, length) => {
        const periods = legalPeriods('commune_chairman', dayNumberToIso(start), dayNumberToIso(start + length));
        for (let index = 1; index < periods.length; index += 1) {
          // Where the rule changes, the last week may run into the first month (29/6–5/7/2026).
          const from = isoToDayNumber(periods[index]!.from)!;
          const previousEnd = isoToDayNumber(periods[index - 1]!.to)!;
          expect(from === previousEnd + 1 || (periods[index]!.from === '2026-07-01' && previousEnd === from + 4)).toBe(true);
        }
        expect(periods[0]!.from <= dayNumberToIso(start)).toBe(true);
      }),
    );
  });
});

describe('the planner', () => {
  it('plans 2026 for a commune chairman: every week to June, then the 10th and the 20th, days off moved to make-up days', () => {
    const plan = planYear({ hostRole: 'commune_chairman', year: 2026, preferences: parsePreferences('10,20'), isWorkingDay });
    const periods = assessCompliance({
      hostRole: 'commune_chairman',
      from: '2026-01-01',
      to: '2026-12-31',
      sessions: plan.days.map((d) => ({ date: d.date, status: 'held', delegated: false })),
      isWorkingDay,
      today: '2027-01-01',
      delegatedCounts: false,
    });
    expect(periods.filter((p) => p.from >= '2026-01-01').every((p) => p.state === 'met')).toBe(true);
    expect(plan.days.every((d) => isWorkingDay(d.date))).toBe(true);
    // From July, two days a month: 10 and 20 October 2026 are Saturday and Tuesday; the 10th moves to Monday the 12th.
    const october = plan.days.filter((d) => d.date.startsWith('2026-10'));
    expect(october).toMatchObject([
      { date: '2026-10-12', makeUpFor: '2026-10-10' },
      { date: '2026-10-20', makeUpFor: null },
    ]);
    expect(plan.days.filter((d) => d.date >= '2026-07-06')).toHaveLength(12);
  });

  it('plans every working week of the year under the weekly rule, with no day off', () => {
    const plan = planYear({ hostRole: 'commune_chairman', year: 2025, preferences: parsePreferences('w3'), isWorkingDay });
    expect(plan.days.length).toBeGreaterThanOrEqual(50);
    expect(plan.days.every((d) => isWorkingDay(d.date))).toBe(true);
  });
});
