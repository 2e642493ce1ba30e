import { Descriptions, Progress, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../../../platform/format/dates';
import { format } from '../../../../platform/i18n/format';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Commitment } from '@contracts/dialogues';
import { formatMinute } from '../../../dossiers/dossierText';
import { CommitmentStatusTag } from '../ReceptionTags';

/** A commitment: what, who owns it, by when, how far, what the citizens answered, and the evidence reported in order. */
export function CommitmentDetails({ commitment }: { commitment: Commitment }) {
  const { m, locale } = useI18n();
  const isPhone = useIsPhone();
  const t = m.commitments.detail;
  const origin =
    commitment.origin === 'dialogue' ? (
      <Link to={`/dialogues?open=${commitment.originId}`}>{m.commitments.origins.dialogue}</Link>
    ) : commitment.origin === 'reception_session' ? (
      <Link to="/reception/sessions">{m.commitments.origins.reception_session}</Link>
    ) : (
      m.commitments.origins.settlement
    );
  const { asked, yes, no } = commitment.confirmation;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: isPhone ? 110 : 170 } }}
        items={[
          { key: 'text', label: t.text, children: <span style={{ whiteSpace: 'pre-wrap' }}>{commitment.text}</span> },
          { key: 'public', label: t.publicText, children: commitment.publicText },
          { key: 'status', label: t.status, children: <CommitmentStatusTag status={commitment.status} testId="commitment-status" /> },
          {
            key: 'progress',
            label: t.progress,
            children: <Progress percent={commitment.progressPct} size="small" style={{ maxWidth: 240 }} />,
          },
          { key: 'owner', label: t.owner, children: `${commitment.ownerName} · ${commitment.ownerUnitName}` },
          {
            key: 'due',
            label: t.dueOn,
            children: (
              <Typography.Text type={commitment.isOverdue ? 'danger' : undefined} strong={commitment.isOverdue}>
                {formatDate(commitment.dueOn)}
                {commitment.isOverdue ? ` · ${t.overdue}` : ''}
              </Typography.Text>
            ),
          },
          { key: 'expected', label: t.expectedEvidence, children: commitment.expectedEvidence },
          { key: 'origin', label: t.origin, children: origin },
          {
            key: 'confirmation',
            label: t.confirmation,
            children: asked === 0 ? t.notAsked : format(t.answers, { asked, yes, no }),
          },
          ...(commitment.reopenedCount > 0
            ? [{ key: 'reopened', label: t.reopened, children: <Tag color="orange">{commitment.reopenedCount}</Tag> }]
            : []),
          ...(commitment.escalatedAt
            ? [{ key: 'escalated', label: t.escalated, children: formatMinute(commitment.escalatedAt, locale) }]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t.evidence}
      </Typography.Title>
      {commitment.evidence.length === 0 ? (
        <Typography.Text type="secondary">{t.noEvidence}</Typography.Text>
      ) : (
        <Timeline
          data-testid="commitment-evidence-timeline"
          items={commitment.evidence.map((entry, index) => ({
            key: `${entry.at}:${index}`,
            color: index === commitment.evidence.length - 1 && commitment.status === 'done' ? 'green' : 'blue',
            content: (
              <div data-testid="commitment-evidence-entry">
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatMinute(entry.at, locale)}
                </Typography.Text>
                <span style={{ whiteSpace: 'pre-wrap' }}>{entry.text}</span>
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
