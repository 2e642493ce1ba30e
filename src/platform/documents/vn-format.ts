/** Wording helpers shared by the form renderers: instants printed in Vietnam's time, amounts in VND. */
import { vietnamParts } from '../time/vietnam-time.js';

export { vietnamParts, vietnamWallClock } from '../time/vietnam-time.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** "08 giờ 30 phút, ngày 24/01/2025" */
export function formatTime(iso: string): string {
  const p = vietnamParts(iso);
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "24/01/2025" */
export function formatDate(iso: string): string {
  const p = vietnamParts(iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "24/01/2025 08:30", for table cells; empty when absent. */
export function formatShortTime(iso: string | undefined): string {
  if (!iso) return '';
  const p = vietnamParts(iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * "Bắc Mê, ngày 05 tháng 02 năm 2026". Decree 30/2020/NĐ-CP writes days below 10 and the
 * months 1 and 2 with a leading zero, the other months without one ("ngày 15 tháng 3").
 */
export function formatPlaceDate(place: string, iso: string): string {
  const p = vietnamParts(iso);
  const month = p.month <= 2 ? pad(p.month) : String(p.month);
  return `${place}, ngày ${pad(p.day)} tháng ${month} năm ${p.year}`;
}

export type Outcome = 'early' | 'on_time' | 'late';

export const outcomeLabel: Record<Outcome, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

/** "8.000 đồng": an amount in VND with its thousands grouped by dots. */
export function formatVnd(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
