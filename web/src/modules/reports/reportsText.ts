import type { ReportRunSummary } from '@contracts/report-documents';
import { useI18n } from '../../platform/i18n/useI18n';
import { reportsEn } from './text/reports.en';
import { reportsVi, type ReportsMessages } from './text/reports.vi';

const catalogues = { vi: reportsVi, en: reportsEn } as const;

/** The reports pages' text in the interface's language (Vietnamese first, English second). */
export function useReportsText(): ReportsMessages {
  const { locale } = useI18n();
  return catalogues[locale];
}

/** The menu's label for the reports pages, by language. */
export const reportsNavLabels = { vi: reportsVi.nav, en: reportsEn.nav } as const;

export const runStatusColours: Record<ReportRunSummary['status'], string> = { draft: 'gold', signed: 'green', sent: 'blue' };

/** The page paths of the reports pages. */
export const reportsPaths = {
  dashboard: '/reports',
  runs: '/reports/runs',
  run: (id: string) => `/reports/runs/${id}`,
} as const;
