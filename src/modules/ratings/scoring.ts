/**
 * The evaluation of administrative-procedure handling (Circular 01/2018/TT-VPCP arts. 13–15,
 * legal-rules §3.2): nine indicators at 0/1/2 points, averaged over dossiers and rounded to one
 * decimal; officers are classified on indicators 1, 2, 3, 4 and 7 (max 10), agencies on all
 * nine (max 18). Pure functions over facts recorded by the dossiers and ratings modules.
 */
import {
  feedbackOnTimeThreshold,
  oneStopShareThresholds,
  onlineShareThresholds,
  type AgencyClass,
  type OfficerClass,
  type PointCounts,
  type UnitLevel,
} from '../../contracts/ratings.js';
import type { ProcedureInput } from '../../contracts/catalog.js';

export type { AgencyClass, OfficerClass, UnitLevel };

export type Points = 0 | 1 | 2;
export type Outcome = 'early' | 'on_time' | 'late';

/** What a settled dossier's record says, for the per-dossier indicators. */
export type DossierFacts = {
  outcome: Outcome;
  /**
   * Indicator 2: for the unit, the worst outcome among the steps' handling units; for an officer,
   * the worst outcome of the steps that officer finished (null when no such step was timed).
   */
  worstStepOutcome: Outcome | null;
  supplementCount: number;
  channel: 'counter' | 'online' | string;
  /**
   * A conduct complaint (harassment, irregularity) not disproven: for the unit, against any of its
   * officers on the dossier; for an officer, against that officer (ratings-statistics.ts).
   */
  hasConductComplaint: boolean;
};

export type DossierPoints = { i1: Points; i2: Points | null; i3: Points; i4: Points; i7: Points };

const outcomePoints: Record<Outcome, Points> = { early: 2, on_time: 1, late: 0 };

export function scoreDossier(facts: DossierFacts): DossierPoints {
  return {
    // 1. Total settlement time against the statutory limit: shorter 2, equal 1, longer 0.
    i1: outcomePoints[facts.outcome],
    // 2. Each participating unit's time against its own limit (left out when no step was timed).
    i2: facts.worstStepOutcome === null ? null : outcomePoints[facts.worstStepOutcome],
    // 3. Contacts needed to complete the dossier: a supplement request is one more contact.
    i3: facts.supplementCount === 0 ? 2 : facts.supplementCount === 1 ? 1 : 0,
    // 4. Agencies contacted: none when filed online; only the one-stop department at the counter.
    i4: facts.channel === 'online' ? 2 : 1,
    // 7. Staff attitude: early and no complaint 2; on time and no complaint 1; a complaint (or late) 0.
    i7: facts.hasConductComplaint ? 0 : facts.outcome === 'early' ? 2 : facts.outcome === 'on_time' ? 1 : 0,
  };
}

/** The worst of some outcomes (late over on time over early); null when there is none. */
export function worstOutcome(outcomes: readonly (Outcome | null)[]): Outcome | null {
  if (outcomes.includes('late')) return 'late';
  if (outcomes.includes('on_time')) return 'on_time';
  return outcomes.includes('early') ? 'early' : null;
}

/**
 * The officers who handled a dossier, each with the outcomes of the steps they finished (handed
 * on, approved, returned; null for a step without a time budget): the receiving officer (the
 * reception is their step) and every officer who finished a step.
 */
export function handlersOf(dossier: {
  receivedBy: string | null;
  stepHandlers: readonly { officerId: string; outcome: Outcome | null }[];
}): Map<string | null, (Outcome | null)[]> {
  const handlers = new Map<string | null, (Outcome | null)[]>([[dossier.receivedBy, []]]);
  for (const step of dossier.stepHandlers) {
    const outcomes = handlers.get(step.officerId);
    if (outcomes) outcomes.push(step.outcome);
    else handlers.set(step.officerId, [step.outcome]);
  }
  return handlers;
}

/** Art. 15: the sum of the dossiers' points divided by their number, rounded to one decimal; null without data. */
export function averagePoints(points: readonly (Points | null)[]): number | null {
  const scored = points.filter((point): point is Points => point !== null);
  if (scored.length === 0) return null;
  return Math.round((scored.reduce<number>((sum, point) => sum + point, 0) / scored.length) * 10) / 10;
}

/** How many dossiers scored 2, 1 and 0 points (those without data left out): what an average was computed from. */
export function countPoints(points: readonly (Points | null)[]): PointCounts {
  return {
    two: points.filter((point) => point === 2).length,
    one: points.filter((point) => point === 1).length,
    zero: points.filter((point) => point === 0).length,
  };
}

export type OfficerIndicatorBasis = { i1: PointCounts; i2: PointCounts; i3: PointCounts; i4: PointCounts; i7: PointCounts };

/** The point counts behind `officerIndicators`, indicator by indicator. */
export function officerIndicatorBasis(dossiers: readonly DossierPoints[]): OfficerIndicatorBasis {
  return {
    i1: countPoints(dossiers.map((d) => d.i1)),
    i2: countPoints(dossiers.map((d) => d.i2)),
    i3: countPoints(dossiers.map((d) => d.i3)),
    i4: countPoints(dossiers.map((d) => d.i4)),
    i7: countPoints(dossiers.map((d) => d.i7)),
  };
}

export type OfficerIndicators = { i1: number | null; i2: number | null; i3: number | null; i4: number | null; i7: number | null };

export function officerIndicators(dossiers: readonly DossierPoints[]): OfficerIndicators {
  return {
    i1: averagePoints(dossiers.map((d) => d.i1)),
    i2: averagePoints(dossiers.map((d) => d.i2)),
    i3: averagePoints(dossiers.map((d) => d.i3)),
    i4: averagePoints(dossiers.map((d) => d.i4)),
    i7: averagePoints(dossiers.map((d) => d.i7)),
  };
}

/** Sums the indicators that have data (an indicator without data is left out). */
export function totalOf(indicators: Record<string, number | null>): number {
  return Math.round(Object.values(indicators).reduce<number>((sum, value) => sum + (value ?? 0), 0) * 10) / 10;
}

/** Officers (max 10): ≥ 5 → 100 % of duties done; 3.5–< 5 → 70–< 100 %; < 3.5 → < 70 %. */
export function classifyOfficer(total: number): OfficerClass {
  if (total >= 5) return 'complete';
  if (total >= 3.5) return 'partial';
  return 'insufficient';
}

/** Agencies (max 18): ≥ 15 outstanding; 12–< 15 good; 9–< 12 fair; 6–< 9 average; < 6 weak. */
export function classifyAgency(total: number): AgencyClass {
  if (total >= 15) return 'outstanding';
  if (total >= 12) return 'good';
  if (total >= 9) return 'fair';
  if (total >= 6) return 'average';
  return 'weak';
}

/**
 * Whether the catalogue has a procedure received, appraised, approved and returned at the
 * one-stop department ("4 tại chỗ", TT 01/2018 art. 13(5)): settled on the spot or the same day,
 * or every step handled at the one-stop department (the service centre).
 */
export function isSettledAtOneStop(procedure: Pick<ProcedureInput, 'processingTime' | 'steps'>): boolean {
  if (procedure.processingTime.unit === 'on_the_spot' || procedure.processingTime.unit === 'same_day') return true;
  return procedure.steps.length > 0 && procedure.steps.every((step) => !step.handlerUnitCode && step.handlerUnitType === 'service_centre');
}

/**
 * 5. Receiving, appraising, approving and returning at the one-stop department: the share of
 * procedures handled that way (`isSettledAtOneStop`) reaches the level's threshold (province
 * ≥ 20 %, district ≥ 50 %, commune 100 %) → 2; every eligible procedure is received and returned
 * there → 1; else 0. Null without procedures (no data).
 */
export function scoreOneStopShare(level: UnitLevel, handledAtOneStopShare: number, receivedAndReturnedAtOneStop: boolean): Points | null {
  if (Number.isNaN(handledAtOneStopShare)) return null;
  if (handledAtOneStopShare >= oneStopShareThresholds[level]) return 2;
  return receivedAndReturnedAtOneStop ? 1 : 0;
}

/** 6. Publication: on paper and electronically 2; one of the two 1; not properly published 0. */
export function scorePublication(publishedElectronically: boolean, postedOnPaper: boolean): Points {
  return publishedElectronically && postedOnPaper ? 2 : publishedElectronically || postedOnPaper ? 1 : 0;
}

/** 8. Feedback handling: none, or all answered on time 2; ≥ 90 % on time 1; less, or any drawn out (overdue and open) 0. */
export function scoreFeedbackHandling(feedback: { total: number; answeredOnTime: number; overdueOpen: number }): Points {
  if (feedback.total === 0) return 2;
  if (feedback.overdueOpen > 0) return 0;
  const share = feedback.answeredOnTime / feedback.total;
  return share >= 1 ? 2 : share >= feedbackOnTimeThreshold ? 1 : 0;
}

/** 9. Online services: ≥ 30 % of dossiers online and none overdue 2; 15–< 30 % and none overdue 1; else 0. */
export function scoreOnlineServices(online: { received: number; receivedOnline: number; onlineLate: number }): Points | null {
  if (online.received === 0) return null;
  if (online.onlineLate > 0) return 0;
  const share = online.receivedOnline / online.received;
  return share >= onlineShareThresholds.twoPoints ? 2 : share >= onlineShareThresholds.onePoint ? 1 : 0;
}
