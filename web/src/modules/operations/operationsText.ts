import type { OutboxMessageView, Readiness } from '@contracts/operations';
import { useI18n } from '../../platform/i18n/useI18n';
import { operationsEn } from './text/operations.en';
import { operationsVi, type OperationsMessages } from './text/operations.vi';

const catalogues = { vi: operationsVi, en: operationsEn } as const;

/** The operations page's text in the interface's language (Vietnamese first, English second). */
export function useOperationsText(): OperationsMessages {
  const { locale } = useI18n();
  return catalogues[locale];
}

/** The menu's label for the operations page, by language. */
export const operationsNavLabels = { vi: operationsVi.nav, en: operationsEn.nav } as const;

type Checks = Readiness['checks'];
export type PartState = Checks['email']['state'] | Checks['files']['state'] | Checks['backup']['state'];

export const partStateColours: Record<PartState, string> = { ok: 'green', failing: 'red', off: 'default', overdue: 'orange' };

export const messageStatusColours: Record<OutboxMessageView['status'], string> = {
  pending: 'blue',
  sending: 'processing',
  sent: 'green',
  failed: 'red',
  uncertain: 'orange',
};

const minuteParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant in Vietnam's time as "dd/mm/yyyy HH:mm", whatever the browser's zone; "" when absent. */
export function formatVietnamMinute(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = minuteParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '00';
  const hour = part('hour') === '24' ? '00' : part('hour');
  return `${part('day')}/${part('month')}/${part('year')} ${hour}:${part('minute')}`;
}
