import { demoProcedures } from '../../src/modules/catalog/demo/index.js';
import { SHARES } from '../../demo/generate-activity.js';
import { procedureWeights } from '../../demo/procedure-mix.js';
import { RATED_SHARE } from '../../demo/ratings-plan.js';

/**
 * The request mix of the soak test: a province's modelled peak, in requests per counter-intake
 * request (POST /api/v1/dossiers/counter-intake), derived from what `npm run demo` generates
 * (demo/generate-activity.ts, demo/ratings-plan.ts, demo/dossier-life.ts, demo/README.md).
 *
 * Per 100 planned counter visits the demo draws 1 refused, 15 guided (a paper missing) and 84
 * received; a quarter of the received ones whose procedure is offered online arrive through the
 * portal instead (92 % of the demo mix's weight is offered online); 80 % of the guided
 * come back complete within 1–5 working days. So, per 100 planned visits:
 *   counter POSTs  = 1 refused + 15 guided + 84·(1 − 0.25·online) received + 12 come-backs
 *   received       = 84 + 12 (counter and online alike: each is tracked and worked on)
 * which gives, per counter-intake request (`deriveMix` computes it from the demo's constants):
 *   - outcomes of the intake: ≈ 83 % received, 16 % guided, 1 % refused;
 *   - ratings: 72 % of the counter intakes received are rated (RATED_SHARE.intake, most at the
 *     counter kiosk) ≈ 0.60 per intake; the ratings of returns (55 % of returns) are left out;
 *   - worklists: an officer opens the unit's dossier list before each action on a dossier; a
 *     dossier's life (dossier-life.ts) is one action per step of its procedure (hand-overs,
 *     approval, return: ≈ 3.9 over the demo's procedure weights), and an online submission adds
 *     the counter officer's intake decision ≈ 4.3 per intake;
 *   - work on dossiers: the actions themselves, so that dossiers are finished as fast as they are
 *     received and the open set stays the size it has in a working province. Each received dossier
 *     is opened once (GET, by the counter officer) and then acted on once per step: ≈ 4.9 requests
 *     per received dossier, ≈ 4.1 per intake. The oldest open dossiers are worked on first;
 *   - the open set at the start: by Little's law, the dossiers received in a working day times the
 *     working days a dossier stays open (the demo's mean processing budget, ≈ 2.5 days), at the
 *     run's rate: the soak begins from a province in its steady state, not from an empty one (an
 *     empty start measures the open set growing, not the platform ageing);
 *   - public tracking: the demo generates no lookups. Assumed: 3 per received dossier (the
 *     receipt's QR code on the day, and a check or two before the appointment) ≈ 3.1 per intake;
 *   - petitions received: the demo generates none (only the feedback of unsatisfied ratings,
 *     0.2 % of ordinary ratings). Assumed: 1 per 100 counter visits — petitions are recorded two
 *     orders of magnitude less often than dossiers at a commune.
 * The peak: about 40,000 dossiers a day were received in the whole country in 2025; the largest
 * province (Hồ Chí Minh City after the 2025 merger, about 14 % of the population) takes some 5,600
 * a day, 0.19 a second over eight working hours; the 08:00 rush at ten times its day's average is
 * ≈ 1.9 intakes a second. The modelled peak is 2 intakes/s, which is ≈ 6 lookups, 9 worklists,
 * 8 requests of work on dossiers, 1.2 ratings and 0.02 petitions a second (26 requests/s); the soak
 * runs twice that by default (52 requests/s), from an open set of ≈ 23,900 dossiers (twice the
 * province's day average of 0.2 intakes/s, 83 % received, over 8 hours, times 2.5 working days).
 * `--peak-intakes` models another province or a busier day.
 */
export type Kind = 'intake' | 'tracking' | 'worklist' | 'work' | 'rating' | 'petition';
export const kinds: readonly Kind[] = ['intake', 'tracking', 'worklist', 'work', 'rating', 'petition'];

/** A province's modelled peak: counter intakes per second over all its communes (see above). */
export const PEAK_INTAKES_PER_SECOND = 2;
export const TRACKING_PER_RECEIVED = 3;
export const PETITIONS_PER_VISIT = 0.01;
/** The 08:00 rush is ten times the day's average rate (see above); a working day has eight hours. */
export const PEAK_TO_DAY_AVERAGE = 10;
const WORKING_DAY_SECONDS = 8 * 3600;
const WORKING_DAY_HOURS = 8;

export type Mix = {
  /** Requests of each kind per counter-intake request. */
  perIntake: Record<Kind, number>;
  outcomes: { received: number; guided: number; refused: number };
  /** The procedures received at the counter, with the demo's weights. */
  procedures: readonly (readonly [code: string, weight: number])[];
  averageSteps: number;
  /** Working days a received dossier stays open: the mean of the procedures' processing budgets. */
  averageOpenDays: number;
};

/**
 * The procedures of the demo mix that are in the demo catalogue, with their weights. The two the
 * demo routes to a provincial department stay at the commune here: the soak sets up no departments.
 */
export function counterProcedures(): (readonly [string, number])[] {
  return procedureWeights.filter(([code]) => {
    const procedure = demoProcedures.find((candidate) => candidate.code === code);
    return procedure !== undefined && procedure.isPublished !== false;
  });
}

export function deriveMix(procedures = counterProcedures()): Mix {
  const known = procedureWeights.flatMap(([code, weight]) => {
    const procedure = demoProcedures.find((candidate) => candidate.code === code);
    return procedure ? [{ procedure, weight }] : [];
  });
  const total = known.reduce((sum, entry) => sum + entry.weight, 0);
  const share = (test: (entry: (typeof known)[number]) => boolean) =>
    known.filter(test).reduce((sum, entry) => sum + entry.weight, 0) / total;
  const onlineShare = share((entry) => entry.procedure.onlineLevel !== 'none');
  const averageSteps = known.reduce((sum, entry) => sum + entry.weight * entry.procedure.steps.length, 0) / total;
  const averageOpenDays =
    known.reduce((sum, entry) => sum + entry.weight * entry.procedure.steps.reduce((hours, step) => hours + step.budgetHours, 0), 0) /
    total /
    WORKING_DAY_HOURS;

  const planned = 100;
  const refused = planned * SHARES.refused;
  const guided = planned * SHARES.guided;
  const firstReceived = planned - refused - guided;
  const online = firstReceived * SHARES.online * onlineShare;
  const comeBacks = guided * SHARES.guidedComeBack;
  const counterReceived = firstReceived - online + comeBacks;
  const posts = refused + guided + counterReceived;
  const received = firstReceived + comeBacks;
  return {
    perIntake: {
      intake: 1,
      rating: (RATED_SHARE.intake * counterReceived) / posts,
      worklist: (averageSteps * received + online) / posts,
      // Opened once, then one action per step (the soak receives at the counter only).
      work: ((averageSteps + 1) * counterReceived) / posts,
      tracking: (TRACKING_PER_RECEIVED * received) / posts,
      petition: PETITIONS_PER_VISIT,
    },
    outcomes: { received: counterReceived / posts, guided: guided / posts, refused: refused / posts },
    procedures,
    averageSteps,
    averageOpenDays,
  };
}

/**
 * The open dossiers of the province at the run's rate in its steady state (Little's law): the
 * dossiers received in an average working day times the working days each stays open.
 */
export function steadyOpenSet(mix: Mix, peakIntakes: number, multiplier: number): number {
  const receivedPerDay = ((peakIntakes * multiplier) / PEAK_TO_DAY_AVERAGE) * WORKING_DAY_SECONDS * mix.outcomes.received;
  return Math.round(receivedPerDay * mix.averageOpenDays);
}

/** Requests per second of each kind: the peak's intakes times the multiplier, the others in proportion. */
export function ratesOf(mix: Mix, peakIntakes: number, multiplier: number): Record<Kind, number> {
  const intakes = peakIntakes * multiplier;
  return Object.fromEntries(kinds.map((kind) => [kind, intakes * mix.perIntake[kind]])) as Record<Kind, number>;
}
