import type { Messages } from '../../platform/i18n/vi';
import type { OnlineLevel, ProcessingTime } from '@contracts/catalog';

export const hoursPerWorkingDay = 8;

/** The processing time in working hours, as the steps' budgets must add up to (on the spot: 0). */
export function totalBudgetHours(time: Partial<ProcessingTime> | undefined): number {
  if (!time || time.unit === 'on_the_spot') return 0;
  const value = Number(time.value ?? 0) || 0;
  return time.unit === 'working_days' ? value * hoursPerWorkingDay : value;
}

/** "5 ngày làm việc", "8 giờ làm việc", "Giải quyết ngay trong ngày". */
export function processingTimeText(time: ProcessingTime, m: Messages): string {
  if (time.unit === 'on_the_spot') return m.procedures.onTheSpot;
  return `${String(time.value).replace('.', ',')} ${m.procedures.processingUnits[time.unit] ?? time.unit}`;
}

/** Hours with a decimal comma in Vietnamese: 4.5 → "4,5". */
export function hoursText(hours: number, locale: 'vi' | 'en'): string {
  const rounded = Math.round(hours * 100) / 100;
  return locale === 'vi' ? String(rounded).replace('.', ',') : String(rounded);
}

export const onlineLevelColours: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };
