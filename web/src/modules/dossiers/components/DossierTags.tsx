import type { DossierOutcome, DossierStatus } from '@contracts/dossiers';
import { Tag } from 'antd';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { outcomeColours, statusColours } from '../dossierText';

/** The status in words with its national code; `testId` marks the one a page shows as its status. */
export function StatusTag({ status, nationalStatus, testId }: { status: DossierStatus; nationalStatus: number; testId?: string }) {
  const { m } = useI18n();
  const d = m.dossiers;
  return (
    <Tag color={statusColours[status]} data-testid={testId} data-status={status} style={{ whiteSpace: 'normal' }}>
      {d.statuses[status]} <span style={{ opacity: 0.7 }}>({format(d.nationalCode, { code: nationalStatus })})</span>
    </Tag>
  );
}

/** Early, on time or late. */
export function OutcomeTag({ outcome }: { outcome: DossierOutcome | null }) {
  const { m } = useI18n();
  if (!outcome) return null;
  return <Tag color={outcomeColours[outcome]}>{m.dossiers.outcomes[outcome]}</Tag>;
}
