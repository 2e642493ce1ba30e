import { z } from 'zod';
import { isOrderedPeriod, isoDate, periodOrder } from '../../platform/http/periods.js';

export const ratingLevels = ['very_satisfied', 'satisfied', 'no_opinion', 'unsatisfied'] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export const aspectLevels = ['good', 'fair', 'poor'] as const;
export const ratingChannels = ['kiosk', 'qr', 'online'] as const;
export type RatingChannel = (typeof ratingChannels)[number];

export const levelLabels: Record<RatingLevel, { vi: string; en: string }> = {
  very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  no_opinion: { vi: 'Không ý kiến', en: 'No opinion' },
  unsatisfied: { vi: 'Không hài lòng', en: 'Unsatisfied' },
};
export const aspectLabels: Record<(typeof aspectLevels)[number], string> = { good: 'Tốt', fair: 'Bình thường', poor: 'Chưa tốt' };

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
export const FeedbackAnswerRequest = z.object({ answer: z.string().trim().min(5).max(4000) });

export const PeriodQuery = z
  .object({ unitId: z.uuid(), from: isoDate, to: isoDate })
  .refine(isOrderedPeriod, periodOrder);
