import { CloudUploadOutlined } from '@ant-design/icons';
import type { JobView } from '@contracts/jobs';
import type { OperationsView } from '@contracts/operations';
import { Alert, App, Button, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { formatBytes } from '../../../platform/format/numbers';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import { useJob } from '../../../platform/jobs/useJob';
import { operationsApi } from '../api/operationsApi';
import { useOperationsText } from '../operationsText';
import { formatVietnamMinute } from '../../../platform/format/dates';

type BackupFile = OperationsView['backups'][number];

/** The backup file a finished job reports, or null when it reports something else. */
function madeFile(job: JobView): BackupFile | null {
  const result = job.result ?? {};
  const { name, bytes, createdAt } = result;
  return typeof name === 'string' && typeof bytes === 'number' && typeof createdAt === 'string' ? { name, bytes, createdAt } : null;
}

/** The backup schedule and folder, the latest backup and failure, the files kept, "back up now" and how to restore. */
export function BackupsCard({ view, onChanged }: { view: OperationsView; onChanged: () => void }) {
  const t = useOperationsText().backups;
  const { locale } = useI18n();
  const { message } = App.useApp();
  const isPhone = useIsPhone();
  const { backup, backups } = view;
  const job = useJob((ended) => {
    const made = madeFile(ended);
    if (ended.status === 'succeeded' && made) {
      void message.success(format(t.done, { name: made.name, size: formatBytes(made.bytes, locale) }));
    } else if (ended.status === 'failed') {
      void message.error({ content: format(t.failed, { title: ended.error?.title[locale] ?? '' }), duration: 8 });
    }
    onChanged();
  });
  const isBusy = job.isRunning || backup.running;
  const { schedule, last, lastFailure } = backup;

  const items = [
    {
      key: 'schedule',
      label: t.schedule,
      children:
        schedule.dailyAt === null
          ? format(t.unscheduled, { keep: schedule.keep })
          : format(t.daily, { time: schedule.dailyAt, keep: schedule.keep }),
    },
    {
      key: 'folder',
      label: t.folder,
      children: (
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {schedule.dir}
        </Typography.Text>
      ),
    },
    {
      key: 'last',
      label: t.last,
      children: last ? (
        <span data-testid="backup-last">
          {formatVietnamMinute(last.createdAt)} · {formatBytes(last.bytes, locale)}
          <Typography.Text type="secondary" style={{ display: 'block', wordBreak: 'break-all' }}>
            {last.name}
          </Typography.Text>
        </span>
      ) : (
        <Typography.Text type="secondary">{t.none}</Typography.Text>
      ),
    },
    ...(lastFailure
      ? [
          {
            key: 'failure',
            label: t.lastFailure,
            children: (
              <Typography.Text type="danger" data-testid="backup-failure">
                {formatVietnamMinute(lastFailure.at)}: {lastFailure.reason}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t.title}
      extra={
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={isBusy}
          disabled={isBusy}
          onClick={() => void job.start(() => operationsApi.backUpNow())}
          data-testid="backup-now"
        >
          {t.backUpNow}
        </Button>
      }
      data-testid="operations-backups"
    >
      <Flex vertical gap={16}>
        {backup.isOverdue ? (
          <Tag color="orange" style={{ alignSelf: 'flex-start' }}>
            {t.overdue}
          </Tag>
        ) : null}
        {isBusy ? (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            title={job.isRunning ? (job.job?.progress.message[locale] ?? t.running) : t.runningElsewhere}
            role="status"
            aria-live="polite"
          />
        ) : null}
        <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: isPhone ? 110 : 190 } }} />
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t.files}
          </Typography.Title>
          <Table<BackupFile>
            rowKey="name"
            size="small"
            pagination={false}
            dataSource={backups}
            scroll={{ x: 560 }}
            locale={{ emptyText: t.noFiles }}
            data-testid="backups-table"
            columns={[
              {
                key: 'name',
                title: t.fileName,
                render: (_value, file) => <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{file.name}</Typography.Text>,
              },
              { key: 'at', title: t.createdAt, width: 150, render: (_value, file) => formatVietnamMinute(file.createdAt) },
              { key: 'size', title: t.size, width: 110, align: 'right', render: (_value, file) => formatBytes(file.bytes, locale) },
            ]}
          />
        </div>
        <Typography.Text type="secondary">
          {t.restoreLead} <Typography.Text code>{t.restoreCommand}</Typography.Text> {t.restoreTail}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
