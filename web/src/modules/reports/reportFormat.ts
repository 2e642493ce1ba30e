import type { FigureDefinitionView } from '@contracts/report-runs';
import { formatNumber } from '../../platform/format/numbers';
import type { Locale } from '../../platform/i18n/i18nContext';

export type Period = { from: string; to: string };
export type PresetKey = 'month' | 'quarter' | 'year';

const pad = (value: number) => String(value).padStart(2, '0');

/** This month, quarter or year so far, in Vietnam's calendar (`today` is YYYY-MM-DD). */
export function presetPeriod(key: PresetKey, today: string): Period {
  const year = today.slice(0, 4);
  if (key === 'month') return { from: `${today.slice(0, 7)}-01`, to: today };
  if (key === 'quarter') {
    const firstMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
    return { from: `${year}-${pad(firstMonth)}-01`, to: today };
  }
  return { from: `${year}-01-01`, to: today };
}

/** The quarter (1–4) a day falls in. */
export function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Both days given (YYYY-MM-DD) and the last not before the first. */
export function isOrderedPeriod(period: Period): boolean {
  return isoDate.test(period.from) && isoDate.test(period.to) && period.from <= period.to;
}

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam, whatever the browser's time zone. */
export function vietnamDayOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** A document's date as Decree 30/2020 writes it: days below 10 and the months 1 and 2 with a leading zero ("ngày 05 tháng 02", "ngày 15 tháng 3"). */
export function documentDateParts(day: string): { day: string; month: string; year: string } {
  const dayOfMonth = Number(day.slice(8, 10));
  const month = Number(day.slice(5, 7));
  return {
    day: dayOfMonth < 10 ? pad(dayOfMonth) : String(dayOfMonth),
    month: month <= 2 ? pad(month) : String(month),
    year: day.slice(0, 4),
  };
}

/** A figure counted in percent (a rate, or an indicator printed as a percentage). */
export function isPercentFigure(definition: FigureDefinitionView | undefined): boolean {
  return definition?.countUnit === 'percent' || definition?.unitWord === '%';
}

/** A figure's number as the interface writes it: "1.838", "81,4%"; "—" when it cannot be computed (a rate over zero). */
export function formatFigureValue(value: number | null | undefined, definition: FigureDefinitionView | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  return isPercentFigure(definition) ? `${formatNumber(value, locale, { maxDecimals: 2 })}%` : formatNumber(value, locale);
}

/** The number followed by the registry's unit word in Vietnamese ("1.838 hồ sơ"); the English interface prints the number alone. */
export function formatFigure(value: number | null | undefined, definition: FigureDefinitionView | undefined, locale: Locale): string {
  const number = formatFigureValue(value, definition, locale);
  if (value === null || value === undefined || isPercentFigure(definition) || locale !== 'vi' || !definition?.unitWord) return number;
  return `${number} ${definition.unitWord}`;
}

/** A figure's label in the interface's language; the id when the registry does not know it. */
export function figureLabel(definition: FigureDefinitionView | undefined, id: string, locale: Locale): string {
  if (!definition) return id;
  return locale === 'en' ? definition.labelEn : definition.labelVi;
}

/** A declared figure's value with its denominator and unit word: "24/28 xã", "81,4 %". */
export function formatDeclared(declared: { value: number; denominator: number | null; unitWord: string | null }, locale: Locale): string {
  const value = formatNumber(declared.value, locale);
  const whole = declared.denominator === null ? value : `${value}/${formatNumber(declared.denominator, locale)}`;
  if (!declared.unitWord) return whole;
  return declared.unitWord === '%' ? `${whole}%` : `${whole} ${declared.unitWord}`;
}
