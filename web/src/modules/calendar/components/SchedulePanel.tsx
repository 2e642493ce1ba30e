import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useProblemHandler } from '../../../platform/api/useProblemHandler';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ScheduleEntry } from '@contracts/calendar';
import { calendarApi } from '../api/calendarApi';
import { kindColours } from '../calendarDays';
import { ImportScheduleModal } from './ImportScheduleModal';

const entryKind = (type: ScheduleEntry['type']) => kindColours[type === 'swapped-workday' ? 'swapped-workday' : 'off'];

/** The official schedule of the selected year: its entries, JSON export and import. */
export function SchedulePanel({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { m } = useI18n();
  const c = m.calendar;
  const handleProblem = useProblemHandler();
  const query = useApiQuery(`schedule:${year}`, (signal) => calendarApi.schedule(year, signal));
  const stored = query.data === null || query.data?.schedule.year === year ? query.data : undefined;
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportJson = async () => {
    setExporting(true);
    try {
      await calendarApi.exportSchedule(year);
    } catch (error) {
      handleProblem(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={`${c.schedule.title} ${year}`}
      data-testid="calendar-schedule"
      extra={
        <Flex gap={8} align="center">
          {stored && <Tag>{stored.version === 0 ? c.schedule.shipped : format(c.schedule.version, { version: stored.version })}</Tag>}
          <Button
            icon={<DownloadOutlined />}
            disabled={!stored}
            loading={exporting}
            onClick={() => void exportJson()}
            data-testid="schedule-export"
          >
            {c.schedule.export}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="schedule-import">
            {c.schedule.import}
          </Button>
        </Flex>
      }
    >
      {stored === null && <Empty description={format(c.schedule.none, { year })} />}
      {stored && (
        <>
          <Typography.Paragraph strong>{stored.schedule.title}</Typography.Paragraph>
          <Table<ScheduleEntry>
            size="small"
            rowKey="date"
            loading={query.loading}
            dataSource={stored.schedule.entries}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              {
                key: 'date',
                title: c.schedule.date,
                width: 150,
                render: (_value, entry) =>
                  `${formatDate(entry.date)} (${c.weekdaysShort[(new Date(`${entry.date}T00:00:00Z`).getUTCDay() + 6) % 7]})`,
              },
              {
                key: 'type',
                title: c.schedule.type,
                width: 170,
                render: (_value, entry) => (
                  <Tag color={entryKind(entry.type).background} style={{ color: entryKind(entry.type).color }}>
                    {c.entryTypes[entry.type] ?? entry.type}
                  </Tag>
                ),
              },
              {
                key: 'occasion',
                title: c.schedule.occasion,
                width: 170,
                render: (_value, entry) => c.occasions[entry.occasion] ?? entry.occasion,
              },
              { key: 'source', title: c.schedule.source, dataIndex: 'source' },
              {
                key: 'confirmed',
                title: c.schedule.confirmed,
                width: 130,
                render: (_value, entry) =>
                  entry.isConfirmed ? <Tag color="green">{c.schedule.confirmedYes}</Tag> : <Tag color="orange">{c.unconfirmed}</Tag>,
              },
              { key: 'note', title: c.schedule.note, dataIndex: 'note', width: 220 },
            ]}
          />
        </>
      )}
      <ImportScheduleModal
        open={importing}
        year={year}
        version={stored?.version ?? 0}
        current={stored?.schedule ?? null}
        onClose={() => setImporting(false)}
        onSaved={() => {
          setImporting(false);
          query.reload();
          onChanged();
        }}
      />
    </Card>
  );
}
