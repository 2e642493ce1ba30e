import { Tag } from 'antd';
import type { PetitionKind, PetitionStatus } from '@contracts/petitions';
import type { SettlementStatus } from '@contracts/settlements';
import { useI18n } from '../../../platform/i18n/useI18n';
import { petitionStatusColours, settlementStatusColours } from '../petitionText';

/** The petition's status in words; `testId` marks the one a page shows as its status. */
export function PetitionStatusTag({ status, testId }: { status: PetitionStatus; testId?: string }) {
  const { m } = useI18n();
  return (
    <Tag color={petitionStatusColours[status]} data-testid={testId} data-status={status}>
      {m.petitions.statuses[status]}
    </Tag>
  );
}

/** Complaints and denunciations stand out from recommendations and reflections. */
export function PetitionKindTag({ kind }: { kind: PetitionKind }) {
  const { m } = useI18n();
  const colour = kind === 'denunciation' ? 'red' : kind === 'complaint' ? 'volcano' : kind === 'mixed' ? 'magenta' : 'cyan';
  return (
    <Tag color={colour} variant="outlined">
      {m.petitions.kinds[kind]}
    </Tag>
  );
}

export function SettlementStatusTag({ status, testId }: { status: SettlementStatus; testId?: string }) {
  const { m } = useI18n();
  return (
    <Tag color={settlementStatusColours[status]} data-testid={testId} data-status={status}>
      {m.settlements.statuses[status]}
    </Tag>
  );
}
