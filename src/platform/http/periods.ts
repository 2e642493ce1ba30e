import { z } from 'zod';
import { bilingual } from '../i18n/locale.js';

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual({ vi: 'Ngày theo dạng YYYY-MM-DD.', en: 'A date as YYYY-MM-DD.' }))
  .refine((value) => !Number.isNaN(Date.parse(value)), bilingual({ vi: 'Không phải ngày có thật.', en: 'Not a date.' }));

/** For `.refine(isOrderedPeriod, periodOrder)` on an object with `from` and `to`: `to` is not before `from`. */
export const isOrderedPeriod = (period: { from: string; to: string }): boolean => period.from <= period.to;
export const periodOrder = { path: ['to'], message: bilingual({ vi: 'Không được trước ngày bắt đầu.', en: 'Must not be before "from".' }) };
