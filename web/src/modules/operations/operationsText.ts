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
