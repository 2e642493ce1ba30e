/**
 * The reports contract shared by the server (routes, OpenAPI) and the officer app: a unit's
 * figures over a period — dossiers received, settled early, on time or late, unfinished at the
 * period's end, satisfaction — and the Decision 766 indicators. Unfinished dossiers are judged as
 * of the period's end (or the moment asked, while the period runs), so a closed period's figures
 * do not change afterwards.
 */
import { z } from 'zod';
import { RatingCounts } from './ratings.js';

export { Period } from './period.js';

export const DossierFigures = z.object({
  received: z.number(),
  receivedOnline: z.number(),
  early: z.number(),
  onTime: z.number(),
  late: z.number(),
  settled: z.number(),
  /** Received before the period's end and not finished by it. */
  inProgress: z.number(),
  /** Of those, overdue at the end (past the statutory appointment, or more than one supplement requested). */
  inProgressOverdue: z.number(),
  /** Of those, waiting for the citizen's supplement or financial obligation at the end, and not overdue. */
  inProgressPaused: z.number(),
  /** Settled in the period + unfinished at its end: the denominator of the rates. */
  handled: z.number(),
  /** (early + on time + unfinished not overdue) / handled: Decision 766 indicator 2.1. */
  earlyOrOnTimePercent: z.number().nullable(),
  /** (late + unfinished overdue) / handled. */
  latePercent: z.number().nullable(),
  onlinePercent: z.number().nullable(),
});
export type DossierFigures = z.infer<typeof DossierFigures>;

export const RatingFigures = RatingCounts.extend({ satisfiedPercent: z.number().nullable(), verySatisfiedPercent: z.number().nullable() });
export type RatingFigures = z.infer<typeof RatingFigures>;

export const Figures = z.object({
  /** The instant unfinished dossiers were judged at (ISO 8601). */
  asOf: z.string(),
  dossiers: DossierFigures,
  ratings: RatingFigures,
});
export type Figures = z.infer<typeof Figures>;

export const Decision766 = z.object({
  /** Dossiers settled in the period or unfinished at its end: the denominator of 2.1 and 5.4. */
  handled: z.number(),
  inProgress: z.number(),
  overdueInProgress: z.number(),
  /** Dossiers with an unsatisfied rating or a conduct complaint in the period (5.4). */
  dossiersWithDislikeOrComplaint: z.number(),
  timelinessPercent: z.number().nullable(),
  satisfactionPercent: z.number().nullable(),
  satisfactionFullPoints: z.boolean(),
});
export type Decision766 = z.infer<typeof Decision766>;

/** A unit's figures over a period (with its subtree) and its Decision 766 indicators. */
export const UnitFigures = Figures.extend({ decision766: Decision766 });
export type UnitFigures = z.infer<typeof UnitFigures>;

/** A unit's figures month by month (YYYY-MM), for charts. */
export const MonthFigures = Figures.extend({ month: z.string() });
export type MonthFigures = z.infer<typeof MonthFigures>;

export const MonthlyFigures = z.object({ months: z.array(MonthFigures) });
export type MonthlyFigures = z.infer<typeof MonthlyFigures>;
