import type { Queryable } from '../../platform/db/types.js';
import { countInProgress, monthlyDossierCounts, sumDossierCounts, type DossierCounts } from '../dossiers/index.js';
import { selectSubtreeUnitIds } from '../org/index.js';
import { monthlyRatingCounts, sumRatingCounts, type RatingCounts } from '../ratings/index.js';

/** A share in percent rounded to two decimals (Decision 766); null when the denominator is 0 ("N/A"). */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

export type Figures = {
  dossiers: DossierCounts & {
    settled: number;
    earlyOrOnTimePercent: number | null;
    latePercent: number | null;
    onlinePercent: number | null;
  };
  ratings: RatingCounts & { satisfiedPercent: number | null; verySatisfiedPercent: number | null };
};

/**
 * The figures the seed reports quote, for a unit and everything under it over a period of
 * Vietnam days: dossiers received; settled early, on time, late; satisfied and very satisfied
 * shares of the ratings ("satisfied" counts very satisfied and satisfied over all ratings).
 */
export function figuresOf(dossiers: DossierCounts, ratings: RatingCounts): Figures {
  const settled = dossiers.early + dossiers.onTime + dossiers.late;
  return {
    dossiers: {
      ...dossiers,
      settled,
      earlyOrOnTimePercent: percent(dossiers.early + dossiers.onTime, settled),
      latePercent: percent(dossiers.late, settled),
      onlinePercent: percent(dossiers.receivedOnline, dossiers.received),
    },
    ratings: {
      ...ratings,
      satisfiedPercent: percent(ratings.verySatisfied + ratings.satisfied, ratings.total),
      verySatisfiedPercent: percent(ratings.verySatisfied, ratings.total),
    },
  };
}

export type PeriodRequest = { unitId: string; from: string; to: string };

export async function unitFigures(db: Queryable, request: PeriodRequest): Promise<Figures> {
  const period = { unitIds: await selectSubtreeUnitIds(db, request.unitId), from: request.from, to: request.to };
  const [dossiers, ratings] = await Promise.all([sumDossierCounts(db, period), sumRatingCounts(db, period)]);
  return figuresOf(dossiers, ratings);
}

export async function monthlyFigures(db: Queryable, request: PeriodRequest): Promise<(Figures & { month: string })[]> {
  const period = { unitIds: await selectSubtreeUnitIds(db, request.unitId), from: request.from, to: request.to };
  const [dossierMonths, ratingMonths] = await Promise.all([monthlyDossierCounts(db, period), monthlyRatingCounts(db, period)]);
  const months = [...new Set([...dossierMonths.map((row) => row.month), ...ratingMonths.map((row) => row.month)])].sort();
  const empty = { received: 0, receivedOnline: 0, early: 0, onTime: 0, late: 0 };
  const noRatings = { verySatisfied: 0, satisfied: 0, noOpinion: 0, unsatisfied: 0, total: 0 };
  return months.map((month) => {
    const { month: _d, ...dossiers } = dossierMonths.find((row) => row.month === month) ?? { month, ...empty };
    const { month: _r, ...ratings } = ratingMonths.find((row) => row.month === month) ?? { month, ...noRatings };
    return { month, ...figuresOf(dossiers, ratings) };
  });
}

/**
 * Decision 766 for a unit, the two indicators this module can compute from its records:
 * 2.1 timeliness = (settled early or on time + in progress not yet due) / (settled + in progress);
 * 5.4 satisfaction = 100 % − (overdue share + share of unsatisfied ratings).
 */
export async function decision766(db: Queryable, request: PeriodRequest, now = new Date()) {
  const unitIds = await selectSubtreeUnitIds(db, request.unitId);
  const period = { unitIds, from: request.from, to: request.to };
  const [dossiers, ratings, progress] = await Promise.all([
    sumDossierCounts(db, period),
    sumRatingCounts(db, period),
    countInProgress(db, unitIds, now.toISOString()),
  ]);
  const handled = dossiers.early + dossiers.onTime + dossiers.late + progress.inProgress;
  const timeliness = percent(dossiers.early + dossiers.onTime + progress.inProgress - progress.overdue, handled);
  const overdueShare = handled === 0 ? 0 : (dossiers.late + progress.overdue) / handled;
  const unsatisfiedShare = ratings.total === 0 ? 0 : ratings.unsatisfied / ratings.total;
  const satisfaction = handled === 0 ? null : Math.round(Math.max(0, 1 - overdueShare - unsatisfiedShare) * 10_000) / 100;
  return {
    inProgress: progress.inProgress,
    overdueInProgress: progress.overdue,
    timelinessPercent: timeliness,
    satisfactionPercent: satisfaction,
    satisfactionFullPoints: satisfaction !== null && satisfaction >= 90,
  };
}
