/**
 * "May be entitled to free legal aid": the beneficiary groups of Law 11/2017 art. 7 a person's
 * facts on the platform point to. A hint for the officer, never a decision: eligibility is proven
 * with papers when the request is accepted (art. 33).
 */
import type { legalAidGroups } from '../../contracts/legal-aid.js';

type Group = (typeof legalAidGroups)[number];
export type PersonFacts = {
  birthDate?: string | undefined;
  poorHousehold?: boolean | undefined;
  disabled?: boolean | undefined;
  ethnicMinority?: boolean | undefined;
  /** Lives in an especially difficult commune or village (the Government's list). */
  difficultArea?: boolean | undefined;
};

export const CHILD_UNDER_AGE = 16;
export const ELDERLY_FROM_AGE = 60;
export const legalAidHintBasis = 'Luật Trợ giúp pháp lý 2017, Điều 7';

/** Whole years from `birthDate` to `on` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function legalAidHint(facts: PersonFacts, on: string): Group[] {
  const groups: Group[] = [];
  const age = facts.birthDate ? ageOn(facts.birthDate, on) : undefined;
  if (facts.poorHousehold) groups.push('poor_household');
  if (age !== undefined && age < CHILD_UNDER_AGE) groups.push('child');
  if (facts.ethnicMinority && facts.difficultArea) groups.push('ethnic_minority_difficult_area');
  // The elderly and people with disabilities are beneficiaries when in financial difficulty: a hint to ask.
  if (age !== undefined && age >= ELDERLY_FROM_AGE) groups.push('elderly_in_difficulty');
  if (facts.disabled) groups.push('disabled_in_difficulty');
  return groups;
}
