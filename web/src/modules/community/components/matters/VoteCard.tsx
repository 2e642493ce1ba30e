import { Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { formatDate } from '../../../../platform/format/dates';
import { formatNumber } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import type { MatterView, MatterVoteView } from '../../api/mattersApi';
import { useCommunityText } from '../../communityText';
import type { VoteStep } from './VoteDocumentModal';

type Props = { matter: MatterView; vote: MatterVoteView; canManage: boolean; onStep: (step: VoteStep) => void };

/** One village's vote: the households and counts it is judged on, whether it passed, its decision document and recognition. */
export function VoteCard({ matter, vote, canManage, onStep }: Props) {
  const all = useCommunityText();
  const t = all.matters;
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const n = (value: number) => formatNumber(value, locale);
  const late = (flag: boolean | null) => (flag ? <Tag color="red">{t.late}</Tag> : null);
  const recognisable = matter.item >= 3 && matter.item <= 5;
  const stat = (label: string, value: number, testId: string) => (
    <Flex vertical style={{ minWidth: 72 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text strong data-testid={testId}>
        {n(value)}
      </Typography.Text>
    </Flex>
  );

  const items = [
    ...(vote.clusters
      ? [
          {
            key: 'clusters',
            label: t.byClusters,
            children: vote.clusters.map((cluster) => (
              <div key={cluster.name}>
                {cluster.name}: {n(cluster.present)} · {t.yes.toLowerCase()} {n(cluster.yes)} · {t.no.toLowerCase()} {n(cluster.no)}
              </div>
            )),
          },
        ]
      : []),
    ...(vote.ballot
      ? [
          {
            key: 'ballot',
            label: t.ballot,
            children: `${t.teamSize}: ${vote.ballot.teamSize} · ${t.announcedOn}: ${formatDate(vote.ballot.announcedOn)} · ${t.issued}: ${n(vote.ballot.issued)} · ${t.returned}: ${n(vote.ballot.returned)}`,
          },
        ]
      : []),
    {
      key: 'document',
      label: t.document,
      children: vote.sentOn ? (
        <span data-testid="vote-sent">
          {vote.decisionRef} · {formatDate(vote.sentOn)} {late(vote.sentLate)}
        </span>
      ) : (
        <span>{vote.sendDueOn ? format(t.sendDueOn, { on: formatDate(vote.sendDueOn) }) : '—'}</span>
      ),
    },
    ...(recognisable && vote.sentOn
      ? [
          {
            key: 'recognition',
            label: t.recognition,
            children: vote.recognition ? (
              <span data-testid="vote-recognition">
                <Tag color={vote.recognition === 'recognised' ? 'green' : 'red'}>{t.decisions[vote.recognition]}</Tag>
                {[vote.recognitionRef, formatDate(vote.recognisedOn)].filter(Boolean).join(' · ')} {late(vote.recognitionLate)}
                {vote.refusalReason ? <div>{vote.refusalReason}</div> : null}
              </span>
            ) : (
              <span>{vote.recognitionDueOn ? format(t.recognitionDueOn, { on: formatDate(vote.recognitionDueOn) }) : '—'}</span>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="matter-vote"
      data-passed={vote.passed}
      title={
        <Flex vertical gap={4} style={{ paddingBlock: 8, whiteSpace: 'normal' }}>
          <Flex gap={8} wrap align="center">
            <span>{vote.unitName}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t.forms[vote.form]} · {formatMinute(vote.heldAt, locale)}
            </Typography.Text>
          </Flex>
          <Space wrap size={4}>
            <Tag color={vote.passed ? 'green' : 'red'}>{vote.passed ? t.passed : t.notPassed}</Tag>
            {vote.ballotRequired && (
              <Tag color="orange" data-testid="vote-ballot-required">
                {t.ballotRequired}
              </Tag>
            )}
          </Space>
        </Flex>
      }
    >
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        {stat(t.householdsTotal, vote.householdsTotal, 'vote-households')}
        {stat(t.present, vote.present, 'vote-present-count')}
        {stat(t.absent, vote.absent, 'vote-absent')}
        {stat(t.yes, vote.yes, 'vote-yes-count')}
        {stat(t.no, vote.no, 'vote-no-count')}
        {stat(t.needed, vote.needed, 'vote-needed')}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t.thresholds[vote.threshold]} · {vote.basis}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: isPhone ? 110 : 190 } }} items={items} />
      {canManage && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          {!vote.sentOn && (
            <Button onClick={() => onStep({ kind: 'document', vote })} data-testid="vote-document">
              {t.recordDocument}
            </Button>
          )}
          {recognisable && vote.sentOn && !vote.recognition && (
            <Button onClick={() => onStep({ kind: 'recognition', vote })} data-testid="vote-recognise">
              {t.recordRecognition}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
