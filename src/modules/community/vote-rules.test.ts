/** Vote thresholds computed by hand from Law 10/2022 art. 21(1), on all households, never on those present. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElected, judgeVote, voteRule } from './vote-rules.js';

describe('a resident decision', () => {
  it('does not pass a contribution item with 118 yes of 125 present in a village of 180 households: 120 are needed, and a ballot follows', () => {
    const judged = judgeVote({ item: 1, households: 180, form: 'meeting', yes: 118 });
    expect(judged).toMatchObject({ threshold: 'two_thirds', needed: 120, passed: false, ballotRequired: true });
    expect(judgeVote({ item: 1, households: 180, form: 'household_ballot', yes: 120 })).toMatchObject({
      passed: true,
      ballotRequired: false,
    });
    expect(judgeVote({ item: 1, households: 180, form: 'household_ballot', yes: 119 })).toMatchObject({
      passed: false,
      ballotRequired: false,
    });
  });

  it('needs more than half for items 3–6: 91 of 180, 51 of 101', () => {
    expect(voteRule(4, 180).needed).toBe(91);
    expect(voteRule(6, 101).needed).toBe(51);
    expect(voteRule(2, 100).needed).toBe(67);
    expect(voteRule(2, 99).needed).toBe(66);
  });

  it('passes exactly when the yes votes reach the threshold of all households', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5000 }), fc.nat(5000), (item, households, yes) => {
        const { passed } = judgeVote({ item, households, form: 'meeting', yes });
        const enough = item <= 2 ? 3 * yes >= 2 * households : 2 * yes > households;
        expect(passed).toBe(enough);
      }),
    );
  });
});

describe('a mediator’s election', () => {
  it('needs more than half of the households: 91 of 180, not 90', () => {
    expect(isElected(91, 180)).toBe(true);
    expect(isElected(90, 180)).toBe(false);
  });
});
