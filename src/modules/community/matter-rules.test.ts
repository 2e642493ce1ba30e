import { describe, expect, it } from 'vitest';
import { addMonths, communeStanding, consentLastDay, initiativeNeeded, initiativeProgress, villagesNeeded } from './matter-rules.js';
import { judgeDisclosure, quarterDays, timingOf } from './disclosure-rules.js';

describe('citizen initiatives (Law 10/2022 art. 16(3))', () => {
  it('counts months as the Civil Code does: the same day, or the month’s last day', () => {
    expect(consentLastDay('2026-01-10')).toBe('2026-04-10');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  it('needs 10% of the households, rounded up', () => {
    expect(initiativeNeeded(180)).toBe(18);
    expect(initiativeNeeded(181)).toBe(19);
    expect(initiativeNeeded(9)).toBe(1);
  });

  it('counts a household once, by its latest consent, and says when the count falls short', () => {
    const consents = [
      { householdCode: 'A', consentedOn: '2026-01-01' },
      { householdCode: 'A', consentedOn: '2026-03-01' },
      { householdCode: 'B', consentedOn: '2026-02-01' },
      { householdCode: 'C', consentedOn: '2026-06-01' },
    ];
    expect(initiativeProgress(consents, 20, '2026-04-15')).toMatchObject({
      needed: 2,
      valid: 2,
      expired: 0,
      ready: true,
      fallsShortOn: '2026-05-02',
    });
    expect(initiativeProgress(consents, 20, '2026-05-02')).toMatchObject({ valid: 1, expired: 1, ready: false, fallsShortOn: null });
    expect(initiativeProgress(consents, undefined, '2026-04-15')).toMatchObject({ needed: null, ready: false });
  });
});

describe('commune-wide items (art. 21(1))', () => {
  it('passes with two thirds of the villages and fails once that is out of reach', () => {
    expect(villagesNeeded(3)).toBe(2);
    expect(villagesNeeded(10)).toBe(7);
    expect(communeStanding(['passed', 'passed', 'none'], 3)).toBe('passed');
    expect(communeStanding(['passed', 'not_passed', 'ballot_required'], 3)).toBe('open');
    expect(communeStanding(['not_passed', 'not_passed', 'passed'], 3)).toBe('not_passed');
    expect(communeStanding([], 0)).toBe('open');
  });
});

describe('disclosure timing (arts. 12–13)', () => {
  it('asks 30 days of posting for items 1–3 and 5–12, 3 days of loudspeakers for 7–12, items 4 and 13 for good', () => {
    expect(timingOf(1)).toEqual({ permanent: false, minPostingDays: 30, minLoudspeakerDays: null });
    expect(timingOf(4)).toEqual({ permanent: true, minPostingDays: null, minLoudspeakerDays: null });
    expect(timingOf(12)).toEqual({ permanent: false, minPostingDays: 30, minLoudspeakerDays: 3 });
    expect(timingOf(14)).toEqual({ permanent: false, minPostingDays: null, minLoudspeakerDays: null });
  });

  it('counts both ends of a posting: 1 to 30 April is 30 days, a running posting may still meet', () => {
    const posting = (endedOn: string | null) => ({ kind: 'posting', startedOn: '2026-04-01', endedOn, evidence: ['photo'] });
    expect(judgeDisclosure({ item: 1, dueOn: '2026-04-07', channels: [posting('2026-04-30')] }, '2026-06-01').problems).toEqual([]);
    expect(judgeDisclosure({ item: 1, dueOn: '2026-04-07', channels: [posting('2026-04-29')] }, '2026-06-01').problems).toEqual([
      'posting_short',
    ]);
    expect(judgeDisclosure({ item: 1, dueOn: '2026-04-07', channels: [posting(null)] }, '2026-04-05').problems).toEqual([]);
    expect(
      judgeDisclosure({ item: 1, dueOn: '2026-03-30', channels: [{ ...posting(null), evidence: [] }] }, '2026-04-05').problems,
    ).toEqual(['late', 'no_evidence']);
  });

  it('knows the days of a quarter', () => {
    expect(quarterDays(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDays(2028, 4)).toEqual({ from: '2028-10-01', to: '2028-12-31' });
  });
});
