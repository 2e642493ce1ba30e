import { z } from 'zod';
import { bilingual } from '../i18n/locale.js';

/**
 * The one range of dates the platform accepts anywhere in its input: administrative records
 * from 1900 to 2100 (the working calendar covers 1901–2100). Year 0 or 1 never reaches the
 * database or the calendar arithmetic.
 */
export const earliestDate = '1900-01-01';
export const latestDate = '2100-12-31';

const outOfRange = bilingual({
  vi: `Ngày phải trong khoảng ${earliestDate} đến ${latestDate}.`,
  en: `The date must lie between ${earliestDate} and ${latestDate}.`,
});

/** A calendar date written YYYY-MM-DD that exists and lies in the platform's range. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual({ vi: 'Ngày theo dạng YYYY-MM-DD.', en: 'A date as YYYY-MM-DD.' }))
  .refine(isRealDate, bilingual({ vi: 'Không phải ngày có thật.', en: 'Not a date.' }))
  .refine((value) => value >= earliestDate && value <= latestDate, outOfRange);

/** An instant written in ISO 8601 with its offset (2026-07-01T08:00:00+07:00), in the platform's range. */
export const isoDateTime = z.iso
  .datetime({
    offset: true,
    error: bilingual({
      vi: 'Thời điểm theo dạng ISO 8601 có múi giờ, ví dụ 2026-07-01T08:00:00+07:00.',
      en: 'An ISO 8601 instant with its offset, e.g. 2026-07-01T08:00:00+07:00.',
    }),
  })
  .refine((value) => {
    const instant = Date.parse(value);
    return (
      Number.isFinite(instant) && instant >= Date.parse(`${earliestDate}T00:00:00Z`) && instant <= Date.parse(`${latestDate}T23:59:59Z`)
    );
  }, outOfRange);

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  return day <= daysInMonth;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
