/**
 * The reports contract shared by the server (routes, OpenAPI) and the officer app: a unit's
 * figures over a period — dossiers received and settled early, on time or late, satisfaction —
 * and the Decision 766 indicators.
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
  earlyOrOnTimePercent: z.number().nullable(),
  latePercent: z.number().nullable(),
  onlinePercent: z.number().nullable(),
});
export type DossierFigures = z.infer<typeof DossierFigures>;

export const RatingFigures = RatingCounts.extend({ satisfiedPercent: z.number().nullable(), verySatisfiedPercent: z.number().nullable() });
export type RatingFigures = z.infer<typeof RatingFigures>;

export const Figures = z.object({ dossiers: DossierFigures, ratings: RatingFigures });
export type Figures = z.infer<typeof Figures>;

export const Decision766 = z.object({
  inProgress: z.number(),
  overdueInProgress: z.number(),
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
