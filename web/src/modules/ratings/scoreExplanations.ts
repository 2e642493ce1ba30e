import {
  feedbackOnTimeThreshold,
  onlineShareThresholds,
  type IndicatorName,
  type OfficerScoreBasis,
  type PointCounts,
  type UnitScoreBasis,
} from '@contracts/ratings';
import { formatNumber, formatPercent, formatScore, formatShare } from '../../platform/format/numbers';
import { format } from '../../platform/i18n/format';
import type { Locale } from '../../platform/i18n/i18nContext';
import type { Messages } from '../../platform/i18n/vi';

/**
 * How each Circular 01/2018 score on the dashboard was computed, in words, from the counts the
 * server returns with it (`basis`): the dossiers at 2, 1 and 0 points behind an average, and the
 * shares and thresholds behind the unit-wide indicators. Numbers in the interface's format.
 */
export type Explainer = { locale: Locale; t: Messages['ratings']['explain'] };

type DossierIndicator = keyof OfficerScoreBasis;
const dossierIndicators: readonly DossierIndicator[] = ['i1', 'i2', 'i3', 'i4', 'i7'];
const isDossierIndicator = (name: IndicatorName): name is DossierIndicator => (dossierIndicators as readonly string[]).includes(name);

const percentOf = (share: number, locale: Locale) => formatPercent(share * 100, locale, 0);

/** "3 hồ sơ × 2 + 1 × 1 + 0 × 0 = 7 điểm / 4 hồ sơ = 1,8 điểm", then what 2, 1 and 0 points mean. */
export function explainAverage(name: DossierIndicator, counts: PointCounts, value: number | null, { locale, t }: Explainer): string[] {
  const count = counts.two + counts.one + counts.zero;
  if (count === 0 || value === null) return [t.noDossier, t.meanings[name]];
  const sum = counts.two * 2 + counts.one;
  const n = (value: number) => formatNumber(value, locale);
  const line = format(t.average, {
    two: n(counts.two),
    one: n(counts.one),
    zero: n(counts.zero),
    sum: n(sum),
    count: n(count),
    value: formatScore(value, locale),
  });
  return [line, t.meanings[name]];
}

/** Why a unit indicator has its points. */
export function explainUnitIndicator(name: IndicatorName, value: number | null, basis: UnitScoreBasis, explainer: Explainer): string[] {
  const { locale, t } = explainer;
  const points = formatScore(value, locale);
  switch (name) {
    case 'i1':
    case 'i2':
    case 'i3':
    case 'i4':
    case 'i7':
      return explainAverage(name, basis[name], value, explainer);
    case 'i5': {
      const { procedures, atOneStop, threshold } = basis.i5;
      if (procedures === 0) return [t.noDossier];
      return [
        format(t.oneStop, {
          atOneStop: formatNumber(atOneStop, locale),
          procedures: formatNumber(procedures, locale),
          share: formatShare(atOneStop, procedures, locale),
          points,
          threshold: percentOf(threshold, locale),
        }),
      ];
    }
    case 'i6':
      return value === null ? [t.noDossier] : [format(t.publication, { points })];
    case 'i8': {
      const { total, answeredOnTime, overdueOpen } = basis.i8;
      if (total === 0) return [t.feedbackNone];
      return [
        format(t.feedback, {
          onTime: formatNumber(answeredOnTime, locale),
          total: formatNumber(total, locale),
          share: formatShare(answeredOnTime, total, locale),
          overdue: formatNumber(overdueOpen, locale),
          points,
          threshold: percentOf(feedbackOnTimeThreshold, locale),
        }),
      ];
    }
    case 'i9': {
      const { received, receivedOnline, onlineLate } = basis.i9;
      if (received === 0) return [t.onlineNone];
      return [
        format(t.online, {
          online: formatNumber(receivedOnline, locale),
          received: formatNumber(received, locale),
          share: formatShare(receivedOnline, received, locale),
          late: formatNumber(onlineLate, locale),
          points,
          two: percentOf(onlineShareThresholds.twoPoints, locale),
          one: percentOf(onlineShareThresholds.onePoint, locale),
        }),
      ];
    }
  }
}

/** Why an officer's indicator (1, 2, 3, 4 or 7) has its points. */
export function explainOfficerIndicator(name: IndicatorName, value: number | null, basis: OfficerScoreBasis, explainer: Explainer) {
  return isDossierIndicator(name) ? explainAverage(name, basis[name], value, explainer) : [];
}

/** "Tổng: 2 + 0,7 + … = 11/18 → Khá. …": the indicators with data, added up. */
export function explainTotal(
  options: { indicators: Record<string, number | null>; total: number | null; className: string; isUnit: boolean },
  { locale, t }: Explainer,
): string {
  const terms = Object.values(options.indicators)
    .filter((value): value is number => value !== null)
    .map((value) => formatScore(value, locale))
    .join(' + ');
  return format(options.isUnit ? t.unitTotal : t.officerTotal, {
    terms,
    total: formatScore(options.total, locale),
    class: options.className,
  });
}
