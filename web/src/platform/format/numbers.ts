import type { Locale } from '../i18n/i18nContext';

/**
 * Every number the app shows goes through here, so that a page never mixes "6.2" with "98,96 %".
 * Vietnamese groups thousands with dots and writes decimals after a comma: 1.234.567 and 98,96;
 * the English interface writes 1,234,567 and 98.96.
 */
const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export type NumberOptions = { minDecimals?: number; maxDecimals?: number };

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}:${minDecimals}:${maxDecimals}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale[locale], {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formats.set(key, found);
  }
  return found;
}

/** 1234567 → "1.234.567", 4.5 → "4,5" (at most 2 decimals unless told); "—" when there is no number. */
export function formatNumber(value: number | null | undefined, locale: Locale = 'vi', options: NumberOptions = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const { minDecimals = 0, maxDecimals = Math.max(2, minDecimals) } = options;
  return numberFormat(locale, minDecimals, maxDecimals).format(value);
}

/** A percentage already in percent, with 2 decimals: 98.96 → "98,96 %". */
export function formatPercent(value: number | null | undefined, locale: Locale = 'vi', decimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${formatNumber(value, locale, { minDecimals: decimals, maxDecimals: decimals })} %`;
}

/** A share (0–1) as a percentage: 39 / 182 → "21,43 %". */
export function formatShare(part: number, whole: number, locale: Locale = 'vi', decimals = 2): string {
  return whole === 0 ? '—' : formatPercent((part / whole) * 100, locale, decimals);
}

/** A score as Circular 01/2018 rounds it, to one decimal: 6.2 → "6,2", 2 → "2". */
export function formatScore(value: number | null | undefined, locale: Locale = 'vi'): string {
  return formatNumber(value, locale, { maxDecimals: 1 });
}

/** A score out of its maximum: "11,2/18". */
export function formatScoreOutOf(value: number | null | undefined, maximum: number, locale: Locale = 'vi'): string {
  return `${formatScore(value, locale)}/${formatNumber(maximum, locale)}`;
}

/** 1234567 → "1.234.567" (Vietnamese groups thousands with dots), kept for integer inputs such as fees. */
export function groupThousands(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "1.234.567" → "1234567" for an integer input. */
export function ungroupThousands(text: string | undefined): string {
  return (text ?? '').replace(/[^\d]/g, '');
}

/** An amount in VND: "25.000 ₫". */
export function formatVnd(amount: number, locale: Locale = 'vi'): string {
  return `${formatNumber(amount, locale, { maxDecimals: 0 })} ₫`;
}

/** A file size: "350 KB", "1,5 MB". */
export function formatBytes(bytes: number, locale: Locale = 'vi'): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, { maxDecimals: 1 })} MB`;
}
