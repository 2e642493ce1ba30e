/**
 * Citizen initiatives and commune-wide matters (Law 10/2022 arts. 16, 21 ✅): an initiative goes to
 * a vote with the consent of at least 10% of the village's households, each consent valid 3 months
 * (counted as the Civil Code counts months: to the same day of the third month after, or that
 * month's last day); a commune-wide item passes when two thirds of the villages approve it.
 */
import { addDays } from './disclosure-rules.js';

export const INITIATIVE_SHARE_PERCENT = 10;
export const CONSENT_VALID_MONTHS = 3;
export const matterBasis = 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 15–21';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same day `months` later, or the last day of that month when it has no such day (Civil Code 2015 art. 147). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, daysIn(y, m))).padStart(2, '0')}`;
}

/** The last day a consent given on `consentedOn` counts. */
export const consentLastDay = (consentedOn: string) => addMonths(consentedOn, CONSENT_VALID_MONTHS);

export const initiativeNeeded = (households: number) => Math.ceil((households * INITIATIVE_SHARE_PERCENT) / 100);

/**
 * Where an initiative stands on `asOf`: the distinct households whose latest consent still counts,
 * those whose consent has lapsed, and the day the count falls below 10% if nothing is added.
 */
export function initiativeProgress(
  consents: { householdCode: string; consentedOn: string }[],
  households: number | undefined,
  asOf: string,
) {
  const latest = new Map<string, string>();
  for (const consent of consents) {
    if (consent.consentedOn > asOf) continue;
    const seen = latest.get(consent.householdCode);
    if (!seen || seen < consent.consentedOn) latest.set(consent.householdCode, consent.consentedOn);
  }
  const lastDays = [...latest.values()].map(consentLastDay);
  const validLastDays = lastDays.filter((last) => last >= asOf).sort();
  const needed = households === undefined ? null : initiativeNeeded(households);
  const valid = validLastDays.length;
  const ready = needed !== null && valid >= needed;
  const fallsShortOn = ready && needed !== null ? addDays(validLastDays[valid - needed]!, 1) : null;
  return { asOf, households: households ?? null, needed, valid, expired: lastDays.length - valid, ready, fallsShortOn };
}

export const villagesNeeded = (total: number) => Math.ceil((2 * total) / 3);

type VoteFacts = { passed: boolean; ballotRequired: boolean };
export type MatterStatus = 'collecting' | 'open' | 'ballot_required' | 'passed' | 'not_passed';

/** A village's standing on a matter from its votes in order: the last one decides. */
export function villageStanding(votes: VoteFacts[]): 'none' | MatterStatus {
  const last = votes.at(-1);
  if (!last) return 'none';
  return last.passed ? 'passed' : last.ballotRequired ? 'ballot_required' : 'not_passed';
}

/** A commune-wide matter: passed with two thirds of the villages, not passed once that is out of reach. */
export function communeStanding(standings: ('none' | MatterStatus)[], total: number): MatterStatus {
  const needed = villagesNeeded(total);
  const passed = standings.filter((s) => s === 'passed').length;
  const failed = standings.filter((s) => s === 'not_passed').length;
  if (total > 0 && passed >= needed) return 'passed';
  if (total > 0 && total - failed < needed) return 'not_passed';
  return 'open';
}
