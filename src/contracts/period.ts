/**
 * A period of Vietnam days, as the figures and the ratings ask for it: `from` and `to`
 * (YYYY-MM-DD, both included), `to` not before `from`.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { bilingual } from '../platform/i18n/locale.js';

/** For `.refine(isOrderedPeriod, periodOrder)` on an object with `from` and `to`: `to` is not before `from`. */
export const isOrderedPeriod = (period: { from: string; to: string }): boolean => period.from <= period.to;
export const periodOrder = { path: ['to'], message: bilingual({ vi: 'Không được trước ngày bắt đầu.', en: 'Must not be before "from".' }) };

export const Period = z.object({ from: isoDate, to: isoDate }).refine(isOrderedPeriod, periodOrder);
export type Period = z.infer<typeof Period>;
