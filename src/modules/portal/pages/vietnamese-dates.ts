import { daysInMonth, isoToDayNumber, weekdayOfDayNumber } from '../../../platform/time/vietnam-time.js';

/** Days as Vietnamese pages write them, from a date written YYYY-MM-DD and a month written YYYY-MM. */
const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** "16/12/2026". */
export const shortDate = (iso: string): string => iso.split('-').reverse().join('/');

/** "Thứ Tư". */
export function weekdayName(iso: string): string {
  const day = isoToDayNumber(iso);
  return day === undefined ? '' : weekdays[weekdayOfDayNumber(day)]!;
}

/** "Thứ Tư, 16/12/2026". */
export const dateWithWeekday = (iso: string): string => `${weekdayName(iso)}, ${shortDate(iso)}`;

/** A month written YYYY-MM, in the years the platform's dates cover. */
export const isMonth = (text: string): boolean => /^(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])$/.test(text);

/** "Tháng 12/2026". */
export function monthTitle(month: string): string {
  const [year, number] = month.split('-');
  return `Tháng ${Number(number)}/${year}`;
}

/** The month `count` months after (or before) a month. */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and the last day of a month. */
export function monthDays(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, number)).padStart(2, '0')}` };
}
