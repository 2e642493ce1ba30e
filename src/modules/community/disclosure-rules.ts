/**
 * What Law 10/2022 asks of each disclosed item (arts. 11–13 ✅): the 14 items, the 5 working days
 * from the document, posting for at least 30 consecutive days (items 1–3, 5–12), items 4 and 13
 * posted permanently, loudspeakers for at least 3 consecutive days (items 7–12), evidence of each
 * channel. Pure: the days are counted here, the working days by the calendar.
 */
import { disclosureItemTitles, type disclosureProblems } from '../../contracts/disclosures.js';

export { disclosureItemTitles };

export const disclosureBasis = 'Luật Thực hiện dân chủ ở cơ sở 2022, Điều 11–13';
export const DISCLOSURE_WORKING_DAYS = 5;
export const MIN_POSTING_DAYS = 30;
export const MIN_LOUDSPEAKER_DAYS = 3;

export type DisclosureTiming = { permanent: boolean; minPostingDays: number | null; minLoudspeakerDays: number | null };

export function timingOf(item: number): DisclosureTiming {
  const permanent = item === 4 || item === 13;
  const posted = item >= 1 && item <= 12 && !permanent;
  return {
    permanent,
    minPostingDays: posted ? MIN_POSTING_DAYS : null,
    minLoudspeakerDays: item >= 7 && item <= 12 ? MIN_LOUDSPEAKER_DAYS : null,
  };
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
export const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);

/** Consecutive days a channel showed the item, both ends included; a running channel counts to `today`. */
export function daysShown(channel: { startedOn: string; endedOn: string | null }, today: string): number {
  const end = channel.endedOn ?? (today < channel.startedOn ? channel.startedOn : today);
  return Math.max(0, dayNumber(end) - dayNumber(channel.startedOn) + 1);
}

type ChannelFacts = { kind: string; startedOn: string; endedOn: string | null; evidence: readonly unknown[] };
type Problem = (typeof disclosureProblems)[number];

/** A channel's window is judged: met, still running (may still meet), or short. */
function windowProblem(channels: ChannelFacts[], min: number, today: string): 'missing' | 'short' | undefined {
  if (channels.length === 0) return 'missing';
  const met = channels.some((c) => daysShown(c, today) >= min || (c.endedOn === null && c.startedOn <= today));
  return met ? undefined : 'short';
}

/** What an item's disclosure lacks on `today` against the law's timing. */
export function judgeDisclosure(
  input: { item: number; dueOn: string; channels: ChannelFacts[] },
  today: string,
): { disclosedOn: string | null; problems: Problem[]; current: boolean } {
  const timing = timingOf(input.item);
  const starts = input.channels.map((c) => c.startedOn).sort();
  const disclosedOn = starts[0] ?? null;
  const problems: Problem[] = [];
  if (disclosedOn === null) {
    if (today > input.dueOn) problems.push('late');
    problems.push('not_disclosed');
  } else if (disclosedOn > input.dueOn) problems.push('late');
  if (disclosedOn !== null) {
    const postings = input.channels.filter((c) => c.kind === 'posting');
    if (timing.permanent) {
      if (postings.length === 0) problems.push('posting_missing');
      else if (postings.every((c) => c.endedOn !== null && c.endedOn <= today)) problems.push('permanent_taken_down');
    } else if (timing.minPostingDays !== null) {
      const judged = windowProblem(postings, timing.minPostingDays, today);
      if (judged) problems.push(judged === 'missing' ? 'posting_missing' : 'posting_short');
    }
    if (timing.minLoudspeakerDays !== null) {
      const judged = windowProblem(
        input.channels.filter((c) => c.kind === 'loudspeaker'),
        timing.minLoudspeakerDays,
        today,
      );
      if (judged) problems.push(judged === 'missing' ? 'loudspeaker_missing' : 'loudspeaker_short');
    }
    if (input.channels.some((c) => c.evidence.length === 0)) problems.push('no_evidence');
  }
  const current = timing.permanent || input.channels.some((c) => c.endedOn === null || c.endedOn >= today) || disclosedOn === null;
  return { disclosedOn, problems, current };
}

/** The first and last day of a quarter. */
export function quarterDays(year: number, quarter: number): { from: string; to: string } {
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}
