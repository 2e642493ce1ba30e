/**
 * The ratings contract shared by the server (routes, OpenAPI, the kiosk and rating pages) and
 * the officer app: the rating scale and its labels, kiosks, feedback items and the Circular
 * 01/2018 evaluation.
 */
import { z } from 'zod';
import type { Text } from '../platform/i18n/locale.js';
import { PageQuery } from '../platform/http/pagination.js';
import { isoDate } from '../platform/http/dates.js';
import { isOrderedPeriod, periodOrder } from './period.js';

export const ratingLevels = ['very_satisfied', 'satisfied', 'no_opinion', 'unsatisfied'] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export const aspectLevels = ['good', 'fair', 'poor'] as const;
export type AspectLevel = (typeof aspectLevels)[number];
export const ratingChannels = ['kiosk', 'qr', 'online'] as const;
export type RatingChannel = (typeof ratingChannels)[number];
/** The counter transaction a rating belongs to: the intake, or the return of the result. */
export const ratingTransactions = ['intake', 'return'] as const;
export type RatingTransaction = (typeof ratingTransactions)[number];
export const feedbackStatuses = ['open', 'answered'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
/**
 * What a feedback item is about, in the classes of Decision 766 indicator 5.1: the administrative
 * regulations, a policy, the procedure itself, or the conduct of the officer (harassment,
 * irregularity). Only a conduct item is a complaint that costs the officer indicator 7 (TT 01/2018).
 */
export const feedbackSubjects = ['regulation', 'policy', 'procedure', 'conduct'] as const;
export type FeedbackSubject = (typeof feedbackSubjects)[number];
/** What the unit found when it verified the item: upheld, or disproven (a disproven complaint is not counted). */
export const feedbackFindings = ['upheld', 'disproven'] as const;
export type FeedbackFinding = (typeof feedbackFindings)[number];

/** The administrative level a unit is evaluated at (its province, district or commune). */
export const unitLevels = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof unitLevels)[number];
/** Officers (max 10 points): 100 % of duties done, 70–< 100 %, < 70 %. */
export const officerClasses = ['complete', 'partial', 'insufficient'] as const;
export type OfficerClass = (typeof officerClasses)[number];
/** Agencies (max 18 points). */
export const agencyClasses = ['outstanding', 'good', 'fair', 'average', 'weak'] as const;
export type AgencyClass = (typeof agencyClasses)[number];
/** The nine indicators of Circular 01/2018 art. 13 (officers are scored on i1–i4 and i7). */
export const indicatorNames = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9'] as const;
export type IndicatorName = (typeof indicatorNames)[number];

export const levelLabels: Record<RatingLevel, Text> = {
  very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  no_opinion: { vi: 'Không ý kiến', en: 'No opinion' },
  unsatisfied: { vi: 'Không hài lòng', en: 'Unsatisfied' },
};
export const aspectLabels: Record<AspectLevel, string> = { good: 'Tốt', fair: 'Bình thường', poor: 'Chưa tốt' };
export const feedbackSubjectLabels: Record<FeedbackSubject, Text> = {
  regulation: { vi: 'Quy định hành chính', en: 'Administrative regulation' },
  policy: { vi: 'Chính sách', en: 'Policy' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  conduct: { vi: 'Hành vi, thái độ của cán bộ', en: "The officer's conduct" },
};
export const feedbackFindingLabels: Record<FeedbackFinding, Text> = {
  upheld: { vi: 'Đúng', en: 'Upheld' },
  disproven: { vi: 'Đã xác minh là không đúng', en: 'Disproven' },
};

const comment = z.string().trim().max(1000).optional();

/** What a citizen says about one transaction. */
export const RatingAnswers = z.object({
  level: z.enum(ratingLevels),
  attitude: z.enum(aspectLevels).optional(),
  timeliness: z.enum(aspectLevels).optional(),
  comment,
});
export type RatingAnswers = z.infer<typeof RatingAnswers>;

export const RatingDetails = z.object({ attitude: z.enum(aspectLevels).optional(), timeliness: z.enum(aspectLevels).optional(), comment });
export type RatingDetails = z.infer<typeof RatingDetails>;

export const PairKioskRequest = z.object({ unitId: z.uuid(), label: z.string().trim().min(1).max(100).default('Quầy đánh giá') });
export type PairKioskRequest = z.infer<typeof PairKioskRequest>;
/** The leader's answer, and what the verification found: what the item is about and whether it was upheld. */
export const FeedbackAnswerRequest = z.object({
  answer: z.string().trim().min(5).max(4000),
  subject: z.enum(feedbackSubjects).optional(),
  finding: z.enum(feedbackFindings).optional(),
});
export type FeedbackAnswerRequest = z.infer<typeof FeedbackAnswerRequest>;

/** A unit (with its subtree) and a period of Vietnam days. */
export const PeriodQuery = z.object({ unitId: z.uuid(), from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
export type PeriodQuery = z.infer<typeof PeriodQuery>;

export const RatingCounts = z.object({
  verySatisfied: z.number(),
  satisfied: z.number(),
  noOpinion: z.number(),
  unsatisfied: z.number(),
  total: z.number(),
});
export type RatingCounts = z.infer<typeof RatingCounts>;

export const Kiosk = z.object({ id: z.uuid(), unitId: z.uuid(), officerName: z.string(), label: z.string(), createdAt: z.string() });
export type Kiosk = z.infer<typeof Kiosk>;
/** A kiosk just paired, with its address (shown once). */
export const PairedKiosk = Kiosk.extend({ path: z.string() });
export type PairedKiosk = z.infer<typeof PairedKiosk>;
export const KioskListQuery = z.object({ unitId: z.uuid() });
export type KioskListQuery = z.infer<typeof KioskListQuery>;

export const Feedback = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  dossierId: z.uuid(),
  dossierCode: z.string().nullable(),
  officerName: z.string(),
  comment: z.string(),
  status: z.enum(feedbackStatuses),
  openedAt: z.string(),
  dueAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  subject: z.enum(feedbackSubjects).nullable(),
  finding: z.enum(feedbackFindings).nullable(),
  version: z.number(),
});
export type Feedback = z.infer<typeof Feedback>;

export const FeedbackListQuery = PageQuery.extend({ unitId: z.uuid(), status: z.enum(feedbackStatuses).optional() });
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

export const RatingListQuery = z.intersection(PeriodQuery, PageQuery.extend({ level: z.enum(ratingLevels).optional() }));
export type RatingListQuery = z.infer<typeof RatingListQuery>;

export const Rating = z.object({
  id: z.uuid(),
  dossierId: z.uuid(),
  transaction: z.enum(ratingTransactions),
  officerName: z.string(),
  procedureCode: z.string(),
  channel: z.enum(ratingChannels),
  level: z.enum(ratingLevels),
  attitude: z.enum(aspectLevels).nullable(),
  timeliness: z.enum(aspectLevels).nullable(),
  comment: z.string().nullable(),
  ratedAt: z.string(),
});
export type Rating = z.infer<typeof Rating>;

/** Ratings by level for a unit and period, per officer and per procedure. */
export const RatingsSummary = z.object({
  counts: RatingCounts,
  officers: z.array(RatingCounts.extend({ officerId: z.string().nullable() })),
  procedures: z.array(RatingCounts.extend({ procedureCode: z.string() })),
});
export type RatingsSummary = z.infer<typeof RatingsSummary>;

/** Indicator points averaged over the dossiers, by indicator name (`indicatorNames`); null without data. */
const Indicators = z.record(z.string(), z.number().nullable());

/**
 * The thresholds of Circular 01/2018 art. 13 that the scoring applies, shared so that the app can
 * say why a score is what it is. Indicator 5: the share of procedures received, appraised, approved
 * and returned at the one-stop department, by level; 8: the share of feedback answered on time for
 * 1 point (all of it for 2); 9: the share of dossiers received online for 2 and 1 points.
 */
export const oneStopShareThresholds: Record<UnitLevel, number> = { province: 0.2, district: 0.5, commune: 1 };
export const feedbackOnTimeThreshold = 0.9;
export const onlineShareThresholds = { twoPoints: 0.3, onePoint: 0.15 } as const;

/** How many dossiers scored 2, 1 and 0 points on a per-dossier indicator: the score is their average. */
export const PointCounts = z.object({ two: z.number(), one: z.number(), zero: z.number() });
export type PointCounts = z.infer<typeof PointCounts>;

/** What an officer's indicators 1, 2, 3, 4 and 7 were computed from. */
export const OfficerScoreBasis = z.object({ i1: PointCounts, i2: PointCounts, i3: PointCounts, i4: PointCounts, i7: PointCounts });
export type OfficerScoreBasis = z.infer<typeof OfficerScoreBasis>;

/** What a unit's nine indicators were computed from: the dossiers' points, and the counts of the unit-wide indicators. */
export const UnitScoreBasis = OfficerScoreBasis.extend({
  /** 5: procedures of the settled dossiers that the catalogue knows, and those settled at the one-stop department. */
  i5: z.object({ procedures: z.number(), atOneStop: z.number(), threshold: z.number() }),
  /** 6: published on the portal; posting on paper at the centre is not recorded. */
  i6: z.object({ publishedElectronically: z.boolean(), postedOnPaper: z.boolean() }),
  /** 8: feedback items of the period, those answered on time, and those still open past their time. */
  i8: z.object({ total: z.number(), answeredOnTime: z.number(), overdueOpen: z.number() }),
  /** 9: dossiers received, received online, and online dossiers settled late. */
  i9: z.object({ received: z.number(), receivedOnline: z.number(), onlineLate: z.number() }),
});
export type UnitScoreBasis = z.infer<typeof UnitScoreBasis>;

export const OfficerScore = z.object({
  officerId: z.string().nullable(),
  officerName: z.string(),
  dossiers: z.number(),
  indicators: Indicators,
  total: z.number().nullable(),
  classification: z.enum(officerClasses).nullable(),
  basis: OfficerScoreBasis,
  ratings: RatingCounts,
});
export type OfficerScore = z.infer<typeof OfficerScore>;

/** The evaluation of a unit and its officers (TT 01/2018: nine indicators at 0/1/2 points). */
export const Scores = z.object({
  level: z.enum(unitLevels),
  unit: z.object({
    dossiers: z.number(),
    indicators: Indicators,
    total: z.number().nullable(),
    classification: z.enum(agencyClasses).nullable(),
    basis: UnitScoreBasis,
  }),
  officers: z.array(OfficerScore),
});
export type Scores = z.infer<typeof Scores>;
