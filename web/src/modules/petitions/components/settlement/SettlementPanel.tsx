import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Divider, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { SettlementDetail } from '@contracts/settlements';
import { formatAppointment, formatMinute } from '../../../dossiers/dossierText';
import { settlementsApi, settlementLetters, type SettlementLetter } from '../../api/settlementsApi';
import type { RecordStep } from '../../hooks/useSettlement';
import { offeredSteps } from '../../petitionText';
import { ExplanationLines } from '../ExplanationLines';
import { LetterButtons } from '../LetterButtons';
import { SettlementStatusTag } from '../PetitionTags';
import { SettlementTimeline } from './SettlementTimeline';
import { StepModal } from './StepModal';

type Props = {
  settlement: SettlementDetail;
  loading: boolean;
  canSettle: boolean;
  onReload: () => void;
  onRecord: RecordStep;
};

/** The letters a settlement has now: the acceptance notice, the notice to the person denounced, the answer once decided. */
function lettersOf(settlement: SettlementDetail): SettlementLetter[] {
  return settlementLetters.filter(
    (letter) =>
      letter === 'acceptance_notice' ||
      (letter === 'notice_to_denounced' && settlement.kind === 'denunciation') ||
      (letter === 'answer' && settlement.status === 'decided'),
  );
}

/** A settlement: kind, status, due date and how it was derived, what the law still asks, the steps, a step to record, the letters. */
export function SettlementPanel({ settlement, loading, canSettle, onReload, onRecord }: Props) {
  const { m, locale } = useI18n();
  const t = m.settlements.panel;
  const [recording, setRecording] = useState(false);
  const steps = offeredSteps(settlement);
  const due = settlement.dueAt ? (
    <Typography.Text strong type={settlement.isOverdue && !settlement.decidedAt ? 'danger' : undefined} data-testid="settlement-due">
      {formatAppointment(settlement.dueAt, locale)}
    </Typography.Text>
  ) : (
    <Tag color="orange">{t.suspendedClock}</Tag>
  );

  return (
    <Card
      size="small"
      title={t.title}
      style={{ marginBottom: 16 }}
      data-testid="settlement-panel"
      data-version={settlement.version}
      data-status={settlement.status}
      extra={
        <Flex gap={8}>
          {canSettle && steps.length > 0 && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="settlement-record">
              {t.record}
            </Button>
          )}
          <Button size="small" type="text" icon={<ReloadOutlined />} loading={loading} onClick={onReload} aria-label={m.common.reload} />
        </Flex>
      }
    >
      <Descriptions
        size="small"
        layout="vertical"
        column={{ xs: 1, sm: 2, xxl: 3 }}
        items={[
          { key: 'kind', label: t.kind, children: m.settlements.kinds[settlement.kind] },
          { key: 'status', label: t.status, children: <SettlementStatusTag status={settlement.status} testId="settlement-status" /> },
          { key: 'accepted', label: t.acceptedAt, children: formatMinute(settlement.acceptedAt, locale) },
          { key: 'decisionRef', label: t.decisionRef, children: settlement.decisionRef },
          { key: 'due', label: t.dueAt, children: due },
          ...(settlement.originalDueAt !== settlement.dueAt
            ? [{ key: 'original', label: t.originalDueAt, children: formatAppointment(settlement.originalDueAt, locale) }]
            : []),
          ...(settlement.extensionCount > 0 ? [{ key: 'extensions', label: t.extensions, children: settlement.extensionCount }] : []),
          ...(settlement.result
            ? [
                {
                  key: 'result',
                  label: t.result,
                  children: <span data-testid="settlement-result">{m.settlements.results[settlement.result]}</span>,
                },
              ]
            : []),
          ...(settlement.decidedAt
            ? [
                {
                  key: 'decided',
                  label: t.decidedAt,
                  children: (
                    <>
                      {formatMinute(settlement.decidedAt, locale)}{' '}
                      {settlement.isOnTime !== null && (
                        <Tag color={settlement.isOnTime ? 'green' : 'red'}>{settlement.isOnTime ? t.onTime : t.late}</Tag>
                      )}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {settlement.answer && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t.answer}</Typography.Text>
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="settlement-answer">
            {settlement.answer}
          </Typography.Paragraph>
        </div>
      )}
      <ExplanationLines lines={settlement.clock.lines} testId="settlement-clock-lines" />
      {settlement.missingBeforeDecision.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t.missing}
          data-testid="settlement-missing"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {settlement.missingBeforeDecision.map((line) => (
                <li key={line.vi}>{line[locale]}</li>
              ))}
            </ul>
          }
        />
      )}
      <Divider titlePlacement="start" plain style={{ marginBlock: 12 }}>
        {t.timeline}
      </Divider>
      <SettlementTimeline events={settlement.events} />
      <Divider titlePlacement="start" plain style={{ marginBlock: 12 }}>
        {m.petitions.letters.title}
      </Divider>
      {lettersOf(settlement).map((letter) => (
        <LetterButtons
          key={letter}
          label={m.settlements.letters[letter]}
          download={(format) => settlementsApi.letter(settlement, letter, format)}
          testId={`settlement-letter-${letter}`}
        />
      ))}
      <StepModal open={recording} settlement={settlement} steps={steps} onRecord={onRecord} onClose={() => setRecording(false)} />
    </Card>
  );
}
