import { CheckOutlined, CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../../platform/api/problem';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../../platform/api/useProblemHandler';
import { formatNumber } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { figuresApi, type Batch, type BatchFormat } from '../../api/recordsApi';
import { Figure } from './FigureParts';

/**
 * The unit's national-database outbox: records pending, exported and acknowledged; a new batch of
 * the pending ones, each batch as JSON or XLSX, acknowledged once the national database took it in.
 */
export function SyncOutbox({ unitId, canExport }: { unitId: string; canExport: boolean }) {
  const { m, locale } = useI18n();
  const t = m.petitionFigures.sync;
  const { message } = App.useApp();
  const handleProblem = useProblemHandler();
  const outbox = useApiQuery(`petition-sync:${unitId}`, (signal) => figuresApi.sync(unitId, signal));
  const [busy, setBusy] = useState<string | null>(null);
  const data = outbox.data?.unitId === unitId ? outbox.data : undefined;

  const exportBatch = async () => {
    setBusy('export');
    try {
      const batch = await figuresApi.exportBatch(unitId);
      void message.success(format(t.exportedDone, { count: formatNumber(batch.count, locale) }));
    } catch (error) {
      // Nothing pending is not a failure: the outbox is simply up to date.
      if (isApiError(error) && error.code === 'SYNC_NOTHING_PENDING') void message.info(error.problem.title);
      else handleProblem(error);
    } finally {
      setBusy(null);
      outbox.reload();
    }
  };
  const download = async (batch: Batch, fileFormat: BatchFormat) => {
    setBusy(`${batch.id}:${fileFormat}`);
    try {
      await figuresApi.downloadBatch(batch, fileFormat);
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(null);
    }
  };
  const acknowledge = async (batch: Batch) => {
    setBusy(`${batch.id}:ack`);
    try {
      await figuresApi.acknowledge(batch.id);
      void message.success(t.acknowledgedDone);
    } catch (error) {
      handleProblem(error);
    } finally {
      setBusy(null);
      outbox.reload();
    }
  };

  return (
    <Card
      size="small"
      title={t.title}
      data-testid="petition-sync"
      extra={
        canExport ? (
          <Button
            type="primary"
            size="small"
            icon={<CloudUploadOutlined />}
            loading={busy === 'export'}
            onClick={() => void exportBatch()}
            data-testid="sync-export"
          >
            {t.export}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.hint}
      </Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Figure title={t.pending} value={data?.pending} loading={outbox.loading && !data} testId="sync-pending" colour="#d4380d" />
        <Figure title={t.exported} value={data?.exported} loading={outbox.loading && !data} testId="sync-exported" />
        <Figure
          title={t.acknowledged}
          value={data?.acknowledged}
          loading={outbox.loading && !data}
          testId="sync-acknowledged"
          colour="#137333"
        />
      </Row>
      <Typography.Text strong>{t.batches}</Typography.Text>
      <Table<Batch>
        size="small"
        rowKey="id"
        loading={outbox.loading}
        dataSource={data?.batches ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t.none }}
        scroll={{ x: 860 }}
        data-testid="sync-batches"
        columns={[
          { key: 'createdAt', title: t.createdAt, width: 150, render: (_value, batch) => formatMinute(batch.createdAt, locale) },
          { key: 'createdBy', title: t.createdBy, dataIndex: 'createdBy' },
          { key: 'count', title: t.count, width: 110, align: 'right', render: (_value, batch) => formatNumber(batch.count, locale) },
          {
            key: 'acknowledgedAt',
            title: t.acknowledgedAt,
            width: 160,
            render: (_value, batch) =>
              batch.acknowledgedAt ? <Tag color="green">{formatMinute(batch.acknowledgedAt, locale)}</Tag> : <Tag>{t.notAcknowledged}</Tag>,
          },
          {
            key: 'actions',
            width: 360,
            render: (_value, batch) => (
              <Flex gap={6} justify="end">
                {(['json', 'xlsx'] as const).map((fileFormat) => (
                  <Button
                    key={fileFormat}
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={busy === `${batch.id}:${fileFormat}`}
                    onClick={() => void download(batch, fileFormat)}
                    data-testid={`sync-download-${fileFormat}`}
                  >
                    {fileFormat.toUpperCase()}
                  </Button>
                ))}
                {canExport && !batch.acknowledgedAt && (
                  <Popconfirm
                    title={format(t.acknowledgeConfirm, { count: formatNumber(batch.count, locale) })}
                    onConfirm={() => acknowledge(batch)}
                    okButtonProps={{ 'data-testid': 'sync-acknowledge-confirm' } as Record<string, string>}
                  >
                    <Button size="small" icon={<CheckOutlined />} loading={busy === `${batch.id}:ack`} data-testid="sync-acknowledge">
                      {t.acknowledge}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
