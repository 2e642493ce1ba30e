import { formatNumber } from '../../platform/format/numbers';
import type { Locale } from '../../platform/i18n/i18nContext';
import type { Messages } from '../../platform/i18n/vi';
import { stepBudgetOf, type OnlineLevel, type ProcessingTime } from '@contracts/catalog';

/** The working hours the steps' budgets fill: exactly, or at most for calendar days and the same day. */
export function totalBudgetHours(time: Partial<ProcessingTime> | undefined): number {
  return stepBudgetOf(time).hours;
}

/** "5 ngày làm việc", "30 ngày", "Trong ngày", "Giải quyết ngay trong ngày". */
export function processingTimeText(time: ProcessingTime, m: Messages, locale: Locale): string {
  if (time.unit === 'on_the_spot') return m.procedures.onTheSpot;
  if (time.unit === 'same_day') return m.procedures.sameDay;
  return `${formatNumber(time.value, locale)} ${m.procedures.processingUnits[time.unit] ?? time.unit}`;
}

/** Hours with a decimal comma in Vietnamese: 4.5 → "4,5". */
export function hoursText(hours: number, locale: Locale): string {
  return formatNumber(hours, locale);
}

export const onlineLevelColours: Record<OnlineLevel, string> = { full: 'green', partial: 'blue', none: 'default' };
