/**
 * When residents' decision passes (Law 10/2022 art. 21(1) ✅): items 1–2 (contributions to public
 * works; collecting and spending community funds) need at least two thirds of ALL the village's
 * household representatives, items 3–6 more than half of them — never of those present. A meeting
 * that cannot reach the threshold goes to a ballot to each household (art. 19(1)(b)); a ballot's
 * result is final.
 */
export type VoteRule = { threshold: 'two_thirds' | 'majority'; needed: number; legalBasis: string };

export const voteRuleBasis = 'Luật Thực hiện dân chủ ở cơ sở 2022, khoản 1 Điều 21';

/** The yes votes an item needs of a village of `households` households. */
export function voteRule(item: number, households: number): VoteRule {
  if (item === 1 || item === 2) return { threshold: 'two_thirds', needed: Math.ceil((2 * households) / 3), legalBasis: voteRuleBasis };
  return { threshold: 'majority', needed: Math.floor(households / 2) + 1, legalBasis: voteRuleBasis };
}

export function judgeVote(input: { item: number; households: number; form: 'meeting' | 'household_ballot' | 'online'; yes: number }) {
  const rule = voteRule(input.item, input.households);
  const passed = input.yes >= rule.needed;
  return { ...rule, passed, ballotRequired: !passed && input.form === 'meeting' };
}

/** Grassroots mediators are elected by more than half of the village's household representatives (Law 35/2013 art. 8(3)). */
export const isElected = (votesFor: number, households: number) => votesFor * 2 > households;
