import { bilingual } from '../i18n/locale.js';

export { isoDate } from './dates.js';

/** For `.refine(isOrderedPeriod, periodOrder)` on an object with `from` and `to`: `to` is not before `from`. */
export const isOrderedPeriod = (period: { from: string; to: string }): boolean => period.from <= period.to;
export const periodOrder = { path: ['to'], message: bilingual({ vi: 'Không được trước ngày bắt đầu.', en: 'Must not be before "from".' }) };
