import type { OutboxMessageView, OutboxQuery } from '@contracts/operations';
import { App, Button, Card, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { formatNumber } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { operationsApi } from '../api/operationsApi';
import { useOutboxList } from '../hooks/useOperations';
import { messageStatusColours, useOperationsText } from '../operationsText';
import { formatVietnamMinute } from '../../../platform/format/dates';

type StatusFilter = OutboxQuery['status'];
type Channel = OutboxMessageView['channel'];

const statusFilters: StatusFilter[] = ['stuck', 'failed', 'uncertain', 'pending'];
const channels: Channel[] = ['email', 'sms'];
const ALL = 'all';

const isRetryable = (message: OutboxMessageView) => message.status === 'failed' || message.status === 'uncertain';

/** "Gửi lại" with a confirmation; for a message of unknown fate the confirmation warns of a repeat. */
function RetryButton({ message, onRetried }: { message: OutboxMessageView; onRetried: () => void }) {
  const t = useOperationsText().outbox;
  const { m } = useI18n();
  const { message: toast } = App.useApp();
  const handleProblem = useProblemHandler();
  const [isSending, setSending] = useState(false);
  const retry = async () => {
    setSending(true);
    try {
      await operationsApi.retry(message.id);
      void toast.success(t.retried);
    } catch (error) {
      handleProblem(error);
    } finally {
      setSending(false);
      onRetried();
    }
  };
  const isUncertain = message.status === 'uncertain';
  return (
    <Popconfirm
      title={t.retryTitle}
      description={<div style={{ maxWidth: 280 }}>{isUncertain ? t.retryUncertain : t.retryFailed}</div>}
      okText={t.retry}
      cancelText={m.common.cancel}
      okButtonProps={{ danger: isUncertain }}
      onConfirm={retry}
    >
      <Button size="small" loading={isSending} data-testid="outbox-retry">
        {t.retry}
      </Button>
    </Popconfirm>
  );
}

/**
 * The outgoing messages that did not go out, by status (those needing attention first) and channel,
 * paged by the server; failed and uncertain ones can be sent again. `refresh` reloads the list;
 * `onRetried` tells the page that the state of the channels changed.
 */
export function OutboxCard({ refresh, onRetried }: { refresh: number; onRetried: () => void }) {
  const t = useOperationsText().outbox;
  const { locale } = useI18n();
  const [status, setStatus] = useState<StatusFilter>('stuck');
  const [channel, setChannel] = useState<Channel | typeof ALL>(ALL);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [retried, setRetried] = useState(0);
  const list = useOutboxList({ status, channel: channel === ALL ? undefined : channel, ...paging }, refresh + retried);
  const pagination = useServerPagination(list.data, (page, pageSize) => setPaging({ page, pageSize }));
  const afterRetry = () => {
    setRetried((value) => value + 1);
    onRetried();
  };

  return (
    <Card title={t.title} data-testid="operations-outbox">
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center">
          <label htmlFor="outbox-status">{t.statusLabel}</label>
          <Select<StatusFilter>
            id="outbox-status"
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPaging((previous) => ({ ...previous, page: 1 }));
            }}
            options={statusFilters.map((value) => ({ value, label: t.filters[value] }))}
            style={{ width: 170 }}
            data-testid="outbox-status"
          />
        </Flex>
        <Flex gap={8} align="center">
          <label htmlFor="outbox-channel">{t.channelLabel}</label>
          <Select<Channel | typeof ALL>
            id="outbox-channel"
            value={channel}
            onChange={(value) => {
              setChannel(value);
              setPaging((previous) => ({ ...previous, page: 1 }));
            }}
            options={[{ value: ALL, label: t.allChannels }, ...channels.map((value) => ({ value, label: t.channels[value] }))]}
            style={{ width: 170 }}
            data-testid="outbox-channel"
          />
        </Flex>
      </Flex>
      <Table<OutboxMessageView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={pagination}
        scroll={{ x: 960 }}
        locale={{ emptyText: status === 'stuck' ? t.emptyStuck : t.empty }}
        data-testid="outbox-table"
        columns={[
          { key: 'createdAt', title: t.createdAt, width: 130, render: (_value, row) => formatVietnamMinute(row.createdAt) },
          { key: 'channel', title: t.channelLabel, width: 100, render: (_value, row) => <Tag>{t.channels[row.channel]}</Tag> },
          { key: 'recipient', title: t.recipient, width: 150, render: (_value, row) => row.recipient },
          {
            key: 'topic',
            title: t.topic,
            width: 150,
            render: (_value, row) => <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{row.topic}</Typography.Text>,
          },
          {
            key: 'status',
            title: t.statusLabel,
            width: 130,
            render: (_value, row) => (
              <>
                <Tag color={messageStatusColours[row.status]}>{t.statuses[row.status]}</Tag>
                {row.status === 'pending' ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {format(t.nextAttempt, { at: formatVietnamMinute(row.nextAttemptAt) })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'attempts',
            title: t.attempts,
            width: 80,
            align: 'right',
            render: (_value, row) => formatNumber(row.attempts, locale),
          },
          {
            key: 'lastError',
            title: t.lastError,
            render: (_value, row) =>
              row.lastError ? (
                <Typography.Text type="danger" ellipsis={{ tooltip: row.lastError }}>
                  {row.lastError}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            key: 'actions',
            title: t.actions,
            width: 100,
            fixed: 'right',
            render: (_value, row) => (isRetryable(row) ? <RetryButton message={row} onRetried={afterRetry} /> : null),
          },
        ]}
      />
    </Card>
  );
}
