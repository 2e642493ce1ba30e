import type { ReportComparison } from '@contracts/report-documents';
import { Alert, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { reportsApi } from '../../api/reportsApi';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import { useReportsText } from '../../reportsText';

type FigureRow = ReportComparison['figures'][number];
type Change = ReportComparison['changesSince'][number];

/** A signed report against today's figures: which figures moved since the signature, and the records changed after it. */
export function ComparisonPanel({ runId, registry }: { runId: string; registry: FigureRegistry }) {
  const t = useReportsText();
  const c = t.run.comparison;
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const comparison = useApiQuery(`report-comparison:${runId}`, (signal) => reportsApi.comparison(runId, signal));
  const data = comparison.data;
  const figures = (data?.figures ?? []).filter((figure) => !onlyChanged || figure.changed);
  const label = (figure: FigureRow) => (registry.definition(figure.id) ? registry.label(figure.id) : figure.labelVi);

  if (comparison.problem && !data)
    return <Alert type="error" showIcon title={t.common.loadFailed} description={comparison.problem.title} />;
  return (
    <Flex vertical gap={16} data-testid="report-comparison">
      {data ? <Typography.Text type="secondary">{format(c.signedAt, { at: formatMinute(data.signedAt, locale) })}</Typography.Text> : null}
      <Card
        size="small"
        title={t.run.tabs.comparison}
        extra={
          <Flex gap={8} align="center">
            <Switch
              size="small"
              checked={onlyChanged}
              onChange={setOnlyChanged}
              aria-label={c.onlyChanged}
              data-testid="comparison-only-changed"
            />
            {isPhone ? null : <Typography.Text>{c.onlyChanged}</Typography.Text>}
          </Flex>
        }
      >
        <Table<FigureRow>
          size="small"
          rowKey="id"
          loading={comparison.loading}
          dataSource={figures}
          pagination={figures.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
          locale={{ emptyText: onlyChanged ? c.noneChanged : t.drill.empty }}
          data-testid="comparison-figures"
          columns={[
            { key: 'label', title: c.figure, render: (_value, figure) => <span title={figure.id}>{label(figure)}</span> },
            {
              key: 'issued',
              title: c.issued,
              width: isPhone ? 90 : 130,
              align: 'right',
              render: (_value, figure) => registry.formatValue(figure.id, figure.issued),
            },
            {
              key: 'now',
              title: c.now,
              width: isPhone ? 90 : 130,
              align: 'right',
              render: (_value, figure) => (
                <Typography.Text strong={figure.changed} type={figure.changed ? 'warning' : undefined}>
                  {registry.formatValue(figure.id, figure.now)}
                </Typography.Text>
              ),
            },
            {
              key: 'changed',
              width: 130,
              hidden: isPhone,
              render: (_value, figure) => (figure.changed ? <Tag color="orange">{c.changed}</Tag> : <Tag>{c.unchanged}</Tag>),
            },
          ]}
        />
      </Card>
      <Card size="small" title={c.changesSince}>
        <Table<Change>
          size="small"
          rowKey={(change) => `${change.at}:${change.action}:${change.entityId ?? ''}`}
          loading={comparison.loading}
          dataSource={data?.changesSince ?? []}
          pagination={(data?.changesSince.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
          locale={{ emptyText: c.noChanges }}
          scroll={isPhone ? { x: 560 } : undefined}
          data-testid="comparison-changes"
          columns={[
            { key: 'at', title: c.at, width: 160, render: (_value, change) => formatMinute(change.at, locale) },
            { key: 'action', title: c.action, render: (_value, change) => <Typography.Text code>{change.action}</Typography.Text> },
            {
              key: 'entity',
              title: c.entity,
              render: (_value, change) => (
                <span>
                  {change.entity}
                  {change.entityId ? <Typography.Text type="secondary"> · {change.entityId}</Typography.Text> : null}
                </span>
              ),
            },
            { key: 'actor', title: c.actor, width: 180, dataIndex: 'actorName' },
          ]}
        />
      </Card>
    </Flex>
  );
}
