import { Badge, Button, Flex, Table, Tag, Typography } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ProcedureSummary } from '@contracts/catalog';
import { onlineLevelColours, processingTimeText } from '../procedureText';
import { useServerPagination } from '../../../platform/components/useServerPagination';

type Props = {
  page: Page<ProcedureSummary> | undefined;
  loading: boolean;
  onOpen: (procedure: ProcedureSummary) => void;
  onPageChange: (page: number, pageSize: number) => void;
  onFilterField: (fieldName: string) => void;
};

export function ProcedureTable({ page, loading, onOpen, onPageChange, onFilterField }: Props) {
  const { m, locale } = useI18n();
  const pagination = useServerPagination(page, onPageChange);
  const p = m.procedures;
  return (
    <div data-testid="procedures-table">
      <Table<ProcedureSummary>
        rowKey="code"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={{ x: 1080 }}
        onRow={(procedure) => ({ onClick: () => onOpen(procedure), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          { key: 'code', title: p.fields.code, dataIndex: 'code', width: 95, render: (code: string) => <code>{code}</code> },
          {
            key: 'name',
            title: p.fields.name,
            render: (_value, procedure) => (
              <Flex vertical gap={4} align="start">
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(procedure);
                  }}
                >
                  {procedure.name}
                </Button>
                {procedure.isSample && (
                  <Tag color="gold" title={p.sampleHint} data-testid="procedure-sample-tag">
                    {p.sample}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            key: 'field',
            title: p.fields.fieldName,
            width: 170,
            render: (_value, procedure) => (
              <Flex vertical>
                <Typography.Link
                  onClick={(event) => {
                    event.stopPropagation();
                    onFilterField(procedure.fieldName);
                  }}
                >
                  {procedure.fieldName}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {procedure.sectorName}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'levels',
            title: p.fields.levels,
            width: 100,
            render: (_value, procedure) => procedure.levels.map((level) => <Tag key={level}>{p.levels[level] ?? level}</Tag>),
          },
          {
            key: 'time',
            title: p.fields.processingTime,
            width: 130,
            render: (_value, procedure) => processingTimeText(procedure.processingTime, m, locale),
          },
          {
            key: 'online',
            title: p.onlineFilter,
            width: 125,
            render: (_value, procedure) => (
              <Tag color={onlineLevelColours[procedure.onlineLevel]}>{p.onlineLevels[procedure.onlineLevel] ?? procedure.onlineLevel}</Tag>
            ),
          },
          {
            key: 'version',
            title: p.fields.version,
            width: 150,
            render: (_value, procedure) => (
              <Flex vertical>
                <Badge
                  status={procedure.isPublished ? 'success' : 'default'}
                  text={procedure.isPublished ? p.publishedYes : p.publishedNo}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {format(p.versionTag, { version: procedure.version })} ·{' '}
                  {format(p.fromDate, { date: formatDate(procedure.effectiveFrom) })}
                </Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
    </div>
  );
}
