import { Alert, App, Button, Card, Empty, Flex, List, Pagination, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../../platform/api/problem';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatPercent } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { petitionsApi, type Candidate } from '../../api/petitionsApi';
import { queueApi, type QueueItem } from '../../api/recordsApi';
import { PetitionKindTag, PetitionStatusTag } from '../PetitionTags';

type Props = { unitId: string | null; page: number; pageSize: number; onPageChange: (page: number, pageSize: number) => void };

type Numbered = { id: string; bookNo: number; year: number };
const numberOf = (p: { bookNo: number; year: number }) => `${p.bookNo}/${p.year}`;

type Dated = { receivedAt: string; year: number; bookNo: number };
/** Received first (then the lower number in the book, for petitions received at the same instant). */
const isEarlier = (a: Dated, b: Dated) =>
  Date.parse(a.receivedAt) !== Date.parse(b.receivedAt)
    ? Date.parse(a.receivedAt) < Date.parse(b.receivedAt)
    : a.year * 1_000_000 + a.bookNo < b.year * 1_000_000 + b.bookNo;

/** Of a petition and a candidate, which would repeat which: the one received later repeats the earlier one. */
function pairOf(item: QueueItem, candidate: Candidate): { repeat: Numbered; original: Numbered } {
  const petition = item.petition;
  const other = { id: candidate.petitionId, bookNo: candidate.bookNo, year: candidate.year };
  return isEarlier(candidate, petition) ? { repeat: petition, original: other } : { repeat: other, original: petition };
}

/** Each pair once: when both petitions of a pair wait on this page, the pair shows under the later one (the would-be repeat). */
function oncePerPair(items: QueueItem[]): QueueItem[] {
  const onPage = new Map(items.map((item) => [item.petition.id, item]));
  return items
    .map((item) => ({
      ...item,
      candidates: item.candidates.filter((candidate) => {
        const mirrored = onPage.get(candidate.petitionId)?.candidates.some((other) => other.petitionId === item.petition.id);
        return !mirrored || pairOf(item, candidate).repeat.id === item.petition.id;
      }),
    }))
    .filter((item) => item.candidates.length > 0);
}

/**
 * The duplicate review queue: each open petition with the others that may be the same matter. The
 * officer links the later of a pair as a repeat of the earlier, or finds a candidate is not the same matter.
 */
export function DuplicateQueue({ unitId, page, pageSize, onPageChange }: Props) {
  const { m } = useI18n();
  const t = m.petitionRecords.queue;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const query = { unitId: unitId ?? undefined, page, pageSize };
  const queue = useApiQuery(`duplicate-queue:${JSON.stringify(query)}`, (signal) => queueApi.list(query, signal));
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (key: string, send: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await send();
      void message.success(done);
    } catch (error) {
      if (isApiError(error) && error.status === 412) void message.warning(t.stale);
      else handleProblem(error);
    } finally {
      setBusy(null);
      queue.reload();
    }
  };
  // The later of the two is the repeat: linked with its version (read afresh when it is the candidate).
  const link = (item: QueueItem, candidate: Candidate) => {
    const { repeat, original } = pairOf(item, candidate);
    const send = async () => {
      const version = repeat.id === item.petition.id ? item.petition.version : (await petitionsApi.get(repeat.id)).version;
      return queueApi.link({ id: repeat.id, version }, original.id);
    };
    return act(
      `link:${item.petition.id}:${candidate.petitionId}`,
      send,
      format(t.linked, { petition: numberOf(repeat), original: numberOf(original) }),
    );
  };
  const dismiss = (item: QueueItem, candidate: Candidate) =>
    act(
      `review:${item.petition.id}:${candidate.petitionId}`,
      () => queueApi.notDuplicate(item.petition.id, candidate.petitionId),
      format(t.reviewed, { candidate: numberOf(candidate) }),
    );

  const items = oncePerPair(queue.data?.items ?? []);
  return (
    <div data-testid="duplicate-queue">
      <Alert type="info" showIcon title={t.hint} style={{ marginBottom: 16 }} />
      <Spin spinning={queue.loading}>
        {items.length === 0 && !queue.loading ? (
          <Empty description={t.empty} data-testid="duplicate-queue-empty" />
        ) : (
          <Flex vertical gap={12}>
            {items.map((item) => (
              <QueueCard key={item.petition.id} item={item} busy={busy} onLink={link} onDismiss={dismiss} />
            ))}
          </Flex>
        )}
      </Spin>
      {(queue.data?.total ?? 0) > pageSize && (
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Pagination current={page} pageSize={pageSize} total={queue.data?.total ?? 0} onChange={onPageChange} showSizeChanger />
        </Flex>
      )}
    </div>
  );
}

type CardProps = {
  item: QueueItem;
  busy: string | null;
  onLink: (item: QueueItem, candidate: Candidate) => Promise<void>;
  onDismiss: (item: QueueItem, candidate: Candidate) => Promise<void>;
};

function QueueCard({ item, busy, onLink, onDismiss }: CardProps) {
  const { m, locale } = useI18n();
  const t = m.petitionRecords.queue;
  const d = m.petitions.duplicates;
  const { petition } = item;
  return (
    <Card
      size="small"
      data-testid="duplicate-queue-item"
      data-petition={petition.id}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t.petition}
          </Typography.Text>
          <Link to={`/petitions/${petition.id}`}>
            {format(m.petitionRecords.matter.petition, { bookNo: petition.bookNo, year: petition.year })}
          </Link>
          <PetitionKindTag kind={petition.kind} />
          <PetitionStatusTag status={petition.status} />
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {formatMinute(petition.receivedAt, locale)} · {petition.unitName}
          </Typography.Text>
        </Flex>
      }
    >
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: petition.contentSummary }} style={{ marginBottom: 8 }}>
        {petition.contentSummary}
      </Typography.Paragraph>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {t.candidates}
      </Typography.Text>
      <List
        size="small"
        dataSource={item.candidates}
        renderItem={(candidate) => {
          const key = `${petition.id}:${candidate.petitionId}`;
          const { repeat, original } = pairOf(item, candidate);
          return (
            <List.Item
              data-testid="duplicate-queue-candidate"
              data-candidate={candidate.petitionId}
              actions={[
                <Popconfirm
                  key="link"
                  title={format(t.linkConfirm, { petition: numberOf(repeat), original: numberOf(original) })}
                  onConfirm={() => onLink(item, candidate)}
                  okButtonProps={{ 'data-testid': 'duplicate-queue-link-confirm' } as Record<string, string>}
                >
                  <Button size="small" type="primary" loading={busy === `link:${key}`} data-testid="duplicate-queue-link">
                    {t.link}
                  </Button>
                </Popconfirm>,
                <Button
                  key="dismiss"
                  size="small"
                  loading={busy === `review:${key}`}
                  onClick={() => void onDismiss(item, candidate)}
                  data-testid="duplicate-queue-dismiss"
                >
                  {t.notDuplicate}
                </Button>,
              ]}
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Link to={`/petitions/${candidate.petitionId}`}>
                    {format(m.petitionRecords.matter.petition, { bookNo: candidate.bookNo, year: candidate.year })}
                  </Link>
                  <PetitionKindTag kind={candidate.kind} />
                  <PetitionStatusTag status={candidate.status} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatMinute(candidate.receivedAt, locale)} · {candidate.unitName}
                  </Typography.Text>
                </Flex>
                <span>
                  {candidate.matchedOn.map((key) => (
                    <Tag key={key}>{d.keys[key]}</Tag>
                  ))}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.similarity}: {formatPercent(candidate.similarity * 100, locale, 0)}
                  </Typography.Text>
                </span>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
