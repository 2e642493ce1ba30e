/**
 * The figures of a unit (with its subtree) over a period, each defined once here and used by the
 * API (`/reports/units/{id}/figures`, `…/monthly`), the dashboard and the public page /cong-khai.
 *
 * Dossiers of the period: those settled in it (by the Vietnam day their processing ended, from
 * the daily counts) and those unfinished at its end (period-end.ts: judged as of that end, or as
 * of now while the period runs). Together they are the dossiers "received or processed in the
 * period" of Decision 766 indicator 2.1.
 */
import type { Queryable } from '../../platform/db/types.js';
import { monthlyDossierCounts, sumDossierCounts, type DossierCounts } from '../dossiers/index.js';
import { selectSubtreeUnitIds } from '../org/index.js';
import { countDossiersWithDislikeOrComplaint, monthlyRatingCounts, sumRatingCounts, type RatingCounts } from '../ratings/index.js';
import { countUnfinishedAt, judgementInstant, type UnfinishedAtEnd } from './period-end.js';

/** A share in percent rounded to two decimals (Decision 766); null when the denominator is 0 ("N/A"). */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 100;
}

export type Figures = {
  /** When the unfinished dossiers were judged: the end of the period, or the moment asked while it runs. */
  asOf: string;
  dossiers: DossierCounts & {
    settled: number;
    inProgress: number;
    inProgressOverdue: number;
    inProgressPaused: number;
    handled: number;
    earlyOrOnTimePercent: number | null;
    latePercent: number | null;
    onlinePercent: number | null;
  };
  ratings: RatingCounts & { satisfiedPercent: number | null; verySatisfiedPercent: number | null };
};

/**
 * - received, of which online: by the day of receipt;
 * - settled early / on time / late: by the day processing ended, against the statutory appointment;
 * - in progress at the end, of which overdue and of which waiting for the citizen (period-end.ts);
 * - handled = settled + in progress at the end;
 * - early-or-on-time % = (early + on time + in progress not overdue) / handled — Decision 766
 *   indicator 2.1; late % = (late + overdue in progress) / handled. A unit that sits on late
 *   dossiers counts them as late: it cannot show 100 % by not settling them;
 * - satisfied % = (very satisfied + satisfied) / ratings given in the period.
 */
export function figuresOf(dossiers: DossierCounts, unfinished: UnfinishedAtEnd, ratings: RatingCounts, asOfMs: number): Figures {
  const settled = dossiers.early + dossiers.onTime + dossiers.late;
  const handled = settled + unfinished.inProgress;
  return {
    asOf: new Date(asOfMs).toISOString(),
    dossiers: {
      ...dossiers,
      settled,
      inProgress: unfinished.inProgress,
      inProgressOverdue: unfinished.overdue,
      inProgressPaused: unfinished.paused,
      handled,
      earlyOrOnTimePercent: percent(dossiers.early + dossiers.onTime + unfinished.inProgress - unfinished.overdue, handled),
      latePercent: percent(dossiers.late + unfinished.overdue, handled),
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

export async function figuresOver(db: Queryable, unitIds: readonly string[], period: { from: string; to: string }, now: Date) {
  const at = judgementInstant(period, now);
  const scope = { unitIds, from: period.from, to: period.to };
  const [dossiers, ratings, [unfinished]] = await Promise.all([
    sumDossierCounts(db, scope),
    sumRatingCounts(db, scope),
    at === null ? Promise.resolve([undefined]) : countUnfinishedAt(db, unitIds, [at]),
  ]);
  return figuresOf(dossiers, unfinished ?? { inProgress: 0, overdue: 0, paused: 0 }, ratings, at ?? now.getTime());
}

export async function unitFigures(db: Queryable, request: PeriodRequest, now = new Date()): Promise<Figures> {
  return figuresOver(db, await selectSubtreeUnitIds(db, request.unitId), request, now);
}

/** The months of a period (YYYY-MM) with their first and last day inside it. */
export function monthsOf(period: { from: string; to: string }): { month: string; from: string; to: string }[] {
  const months: { month: string; from: string; to: string }[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > period.to.slice(0, 7)) break;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    months.push({ month: key, from: `${key}-01` < period.from ? period.from : `${key}-01`, to: last > period.to ? period.to : last });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * The same figures month by month, each month judged at its own end (or now, for the month that
 * runs): the months that have begun, and any later month with records. One query per kind of
 * count for the whole period.
 */
export async function monthlyFigures(db: Queryable, request: PeriodRequest, now = new Date()): Promise<(Figures & { month: string })[]> {
  const unitIds = await selectSubtreeUnitIds(db, request.unitId);
  const period = { unitIds, from: request.from, to: request.to };
  const months = monthsOf(request).map((month) => ({ ...month, at: judgementInstant(month, now) }));
  const instants = months.flatMap((month) => (month.at === null ? [] : [month.at]));
  const [dossierMonths, ratingMonths, unfinished] = await Promise.all([
    monthlyDossierCounts(db, period),
    monthlyRatingCounts(db, period),
    countUnfinishedAt(db, unitIds, instants),
  ]);
  const noDossiers = { received: 0, receivedOnline: 0, early: 0, onTime: 0, late: 0 };
  const noRatings = { verySatisfied: 0, satisfied: 0, noOpinion: 0, unsatisfied: 0, total: 0 };
  const recorded = new Set([...dossierMonths.map((row) => row.month), ...ratingMonths.map((row) => row.month)]);
  return months
    .filter((month) => month.at !== null || recorded.has(month.month))
    .map((month) => {
      const { month: _d, ...dossiers } = dossierMonths.find((row) => row.month === month.month) ?? { month: month.month, ...noDossiers };
      const { month: _r, ...ratings } = ratingMonths.find((row) => row.month === month.month) ?? { month: month.month, ...noRatings };
      const open = month.at === null ? undefined : unfinished[instants.indexOf(month.at)];
      return {
        month: month.month,
        ...figuresOf(dossiers, open ?? { inProgress: 0, overdue: 0, paused: 0 }, ratings, month.at ?? now.getTime()),
      };
    });
}

export type Decision766Figures = {
  handled: number;
  inProgress: number;
  overdueInProgress: number;
  dossiersWithDislikeOrComplaint: number;
  timelinessPercent: number | null;
  satisfactionPercent: number | null;
  satisfactionFullPoints: boolean;
};

/**
 * The two indicators of Decision 766 this module computes from its records, over the dossiers
 * handled in the period (settled in it, or unfinished at its end):
 * - 2.1 timeliness = (settled early or on time + unfinished and not overdue at the end) / handled
 *   (the early-or-on-time % of the figures: one definition);
 * - 5.4 satisfaction = 100 % − (overdue rate + share of dossiers with a complaint or a "dislike"),
 *   both over the handled dossiers — dossiers, not ratings: 2 dislikes among 10 ratings over 1,000
 *   dossiers cost 0.2 points. A dislike is an `unsatisfied` rating given in the period; a complaint
 *   is a conduct complaint opened in the period and not disproven (ratings module). Full points at
 *   ≥ 90 %.
 */
export function decision766Of(figures: Figures, dossiersWithDislikeOrComplaint: number): Decision766Figures {
  const { handled, late, inProgress, inProgressOverdue } = figures.dossiers;
  const overdueShare = handled === 0 ? 0 : (late + inProgressOverdue) / handled;
  const dislikeShare = handled === 0 ? 0 : Math.min(1, dossiersWithDislikeOrComplaint / handled);
  const satisfaction = handled === 0 ? null : Math.round(Math.max(0, 1 - overdueShare - dislikeShare) * 10_000) / 100;
  return {
    handled,
    inProgress,
    overdueInProgress: inProgressOverdue,
    dossiersWithDislikeOrComplaint,
    timelinessPercent: figures.dossiers.earlyOrOnTimePercent,
    satisfactionPercent: satisfaction,
    satisfactionFullPoints: satisfaction !== null && satisfaction >= 90,
  };
}

/** A unit's figures with its Decision 766 indicators, as of the period's end (or now while it runs). */
export async function unitReport(
  db: Queryable,
  request: PeriodRequest,
  now = new Date(),
): Promise<Figures & { decision766: Decision766Figures }> {
  return reportOver(db, await selectSubtreeUnitIds(db, request.unitId), request, now);
}

/** The same over an explicit set of units. */
async function reportOver(
  db: Queryable,
  unitIds: readonly string[],
  period: { from: string; to: string },
  now = new Date(),
): Promise<Figures & { decision766: Decision766Figures }> {
  const [figures, disliked] = await Promise.all([
    figuresOver(db, unitIds, period, now),
    countDossiersWithDislikeOrComplaint(db, { unitIds, from: period.from, to: period.to }),
  ]);
  return { ...figures, decision766: decision766Of(figures, disliked) };
}
