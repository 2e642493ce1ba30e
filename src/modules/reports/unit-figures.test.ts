import { describe, expect, it } from 'vitest';
import { decision766Of, figuresOf, monthsOf } from './unit-figures.js';

const noRatings = { verySatisfied: 0, satisfied: 0, noOpinion: 0, unsatisfied: 0, total: 0 };
const settled = (early: number, onTime: number, late: number) => ({
  received: early + onTime + late,
  receivedOnline: 0,
  early,
  onTime,
  late,
});
const asOf = Date.parse('2026-03-31T17:00:00Z');

describe('the on-time rate (Decision 766 indicator 2.1) and the public page', () => {
  it('counts the dossiers a unit sits on past their appointment as late, in the denominator', () => {
    // 10 settled on time, 5 unfinished and overdue at the end, 3 unfinished on time, 2 of them waiting for the citizen.
    const figures = figuresOf(settled(4, 6, 0), { inProgress: 8, overdue: 5, paused: 2 }, noRatings, asOf);
    expect(figures.dossiers).toMatchObject({ settled: 10, inProgress: 8, inProgressOverdue: 5, inProgressPaused: 2, handled: 18 });
    expect(figures.dossiers.earlyOrOnTimePercent).toBe(72.22); // (4 + 6 + 3) / 18
    expect(figures.dossiers.latePercent).toBe(27.78); // 5 / 18
    expect(figures.asOf).toBe('2026-03-31T17:00:00.000Z');
  });

  it('is not available without a dossier handled', () => {
    expect(figuresOf(settled(0, 0, 0), { inProgress: 0, overdue: 0, paused: 0 }, noRatings, asOf).dossiers.earlyOrOnTimePercent).toBeNull();
  });
});

describe('satisfaction in reception and settlement (Decision 766 indicator 5.4)', () => {
  it('divides by dossiers, not ratings: 2 dislikes among 10 ratings over 1,000 dossiers cost 0.2 points', () => {
    const ratings = { verySatisfied: 6, satisfied: 2, noOpinion: 0, unsatisfied: 2, total: 10 };
    const figures = figuresOf(settled(500, 500, 0), { inProgress: 0, overdue: 0, paused: 0 }, ratings, asOf);
    expect(decision766Of(figures, 2)).toMatchObject({ handled: 1000, satisfactionPercent: 99.8, satisfactionFullPoints: true });
  });

  it('takes away the overdue rate too, with full points from 90 %', () => {
    // 100 handled: 6 late, 2 overdue unfinished, 2 dossiers with a dislike or complaint → 90 %.
    const figures = figuresOf(settled(40, 47, 6), { inProgress: 7, overdue: 2, paused: 0 }, noRatings, asOf);
    expect(decision766Of(figures, 2)).toMatchObject({ satisfactionPercent: 90, satisfactionFullPoints: true, timelinessPercent: 92 });
    expect(decision766Of(figures, 3)).toMatchObject({ satisfactionPercent: 89, satisfactionFullPoints: false });
  });

  it('is not available without a dossier handled, and never below 0', () => {
    const none = figuresOf(settled(0, 0, 0), { inProgress: 0, overdue: 0, paused: 0 }, noRatings, asOf);
    expect(decision766Of(none, 3).satisfactionPercent).toBeNull();
    const bad = figuresOf(settled(0, 0, 3), { inProgress: 0, overdue: 0, paused: 0 }, noRatings, asOf);
    expect(decision766Of(bad, 3).satisfactionPercent).toBe(0);
  });
});

describe('the months of a period', () => {
  it('cut the first and last month at the period', () => {
    expect(monthsOf({ from: '2025-12-15', to: '2026-02-10' })).toEqual([
      { month: '2025-12', from: '2025-12-15', to: '2025-12-31' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-10' },
    ]);
    expect(monthsOf({ from: '2028-02-03', to: '2028-02-29' })).toEqual([{ month: '2028-02', from: '2028-02-03', to: '2028-02-29' }]);
  });
});
