import { Tag } from 'antd';
import type { CommitmentStatus, DialogueStatus } from '@contracts/dialogues';
import type { SessionStatus, VisitOutcome } from '@contracts/reception';
import { useI18n } from '../../../platform/i18n/useI18n';
import { commitmentStatusColours, dialogueStatusColours, sessionStatusColours, visitOutcomeColours } from '../receptionText';

/** A session's status; `testId` marks the one a row or page shows as its status. */
export function SessionStatusTag({ status, testId }: { status: SessionStatus; testId?: string }) {
  const { m } = useI18n();
  return (
    <Tag color={sessionStatusColours[status]} data-testid={testId} data-status={status}>
      {m.reception.sessionStatuses[status]}
    </Tag>
  );
}

export function VisitOutcomeTag({ outcome }: { outcome: VisitOutcome }) {
  const { m } = useI18n();
  return (
    <Tag color={visitOutcomeColours[outcome]} data-outcome={outcome} style={{ whiteSpace: 'normal' }}>
      {m.reception.outcomes[outcome]}
    </Tag>
  );
}

export function DialogueStatusTag({ status, testId }: { status: DialogueStatus; testId?: string }) {
  const { m } = useI18n();
  return (
    <Tag color={dialogueStatusColours[status]} data-testid={testId} data-status={status}>
      {m.dialogues.statuses[status]}
    </Tag>
  );
}

export function CommitmentStatusTag({ status, testId }: { status: CommitmentStatus; testId?: string }) {
  const { m } = useI18n();
  return (
    <Tag color={commitmentStatusColours[status]} data-testid={testId} data-status={status}>
      {m.commitments.statuses[status]}
    </Tag>
  );
}
