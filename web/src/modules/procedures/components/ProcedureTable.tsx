import { Badge, Button, Flex, Table, Tag, Typography } from 'antd';
import type { Page } from '../../../platform/api/client';
import { formatDate } from '../../../platform/format/dates';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { ProcedureSummary } from '@contracts/catalog';
import { onlineLevelColours, processingTimeText } from '../procedureText';
import { useServerPagination } from '../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';

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
  // On a phone the name column carries the code, the field and the processing time; the other columns hide.
  const isPhone = useIsPhone();
  return (
    <div data-testid="procedures-table">
      <Table<ProcedureSummary>
        rowKey="code"
        size="middle"
        loading={loading}
        dataSource={page?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 1080 }}
        onRow={(procedure) => ({ onClick: () => onOpen(procedure), style: { cursor: 'pointer' } })}
        pagination={pagination}
        columns={[
          {
            key: 'code',
            title: p.fields.code,
            dataIndex: 'code',
            width: 95,
            hidden: isPhone,
            render: (code: string) => <code>{code}</code>,
          },
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
                {isPhone && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <code>{procedure.code}</code> · {procedure.fieldName} · {processingTimeText(procedure.processingTime, m, locale)}
                  </Typography.Text>
                )}
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
            hidden: isPhone,
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
            hidden: isPhone,
            width: 100,
            render: (_value, procedure) => procedure.levels.map((level) => <Tag key={level}>{p.levels[level] ?? level}</Tag>),
          },
          {
            key: 'time',
            title: p.fields.processingTime,
            hidden: isPhone,
            width: 130,
            render: (_value, procedure) => processingTimeText(procedure.processingTime, m, locale),
          },
          {
            key: 'online',
            title: p.onlineFilter,
            hidden: isPhone,
            width: 125,
            render: (_value, procedure) => (
              <Tag color={onlineLevelColours[procedure.onlineLevel]}>{p.onlineLevels[procedure.onlineLevel] ?? procedure.onlineLevel}</Tag>
            ),
          },
          {
            key: 'version',
            title: p.fields.version,
            hidden: isPhone,
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
