import { DashboardOutlined, PlusOutlined } from '@ant-design/icons';
import { reportStatuses, type ReportRunSummary } from '@contracts/report-documents';
import { reportKindLabels } from '@contracts/report-runs';
import { Button, Card, Flex, Select, Space, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useAuth } from '../../../../platform/auth/useAuth';
import { useServerPagination } from '../../../../platform/components/useServerPagination';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { formatMinute } from '../../../dossiers/dossierText';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { reportsApi, type RunStatus } from '../../api/reportsApi';
import { reportsPaths, useReportsText } from '../../reportsText';
import { CreateRunModal } from './CreateRunModal';
import { RunStatusTag } from './RunStatusTag';

/** The periodic reports of a unit (the working unit unless another or none is chosen), the latest first, and "Lập báo cáo". */
export function RunsPage() {
  const t = useReportsText();
  const { locale } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { current } = useUnitScope();
  const [unitId, setUnitId] = useState<string | undefined>(current?.id ?? undefined);
  const [status, setStatus] = useState<RunStatus | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const query = { unitId, status, ...paging };
  const list = useApiQuery(`report-runs:${JSON.stringify(query)}`, (signal) => reportsApi.runs(query, signal));
  const page = list.data ? { items: list.data.items, total: list.data.total, ...paging } : undefined;
  const pagination = useServerPagination(page, (next, pageSize) => setPaging({ page: next, pageSize }));
  const kindLabel = (run: ReportRunSummary) => reportKindLabels[run.kind][locale];
  const dates = (run: ReportRunSummary) =>
    run.sentAt
      ? `${t.runs.sentAt}: ${formatMinute(run.sentAt, locale)}`
      : run.signedAt
        ? `${t.runs.signedAt}: ${formatMinute(run.signedAt, locale)}`
        : `${t.runs.createdAt}: ${formatMinute(run.createdAt, locale)}`;

  return (
    <Card
      title={t.runs.title}
      data-testid="report-runs-page"
      extra={
        <Space wrap>
          <Button icon={<DashboardOutlined />} onClick={() => navigate(reportsPaths.dashboard)} aria-label={t.runs.dashboardLink}>
            {isPhone ? null : t.runs.dashboardLink}
          </Button>
          {can('reports.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              aria-label={t.runs.create}
              data-testid="run-create"
            >
              {isPhone ? null : t.runs.create}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <UnitSelect
          value={unitId}
          initial={current?.id ? { id: current.id, code: current.code, name: current.name } : null}
          placeholder={t.runs.allUnits}
          aria-label={t.common.unit}
          style={{ width: isPhone ? '100%' : 320 }}
          onChange={(id) => {
            setUnitId(id);
            setPaging({ ...paging, page: 1 });
          }}
          data-testid="runs-unit"
        />
        <Select<RunStatus>
          allowClear
          placeholder={t.runs.allStatuses}
          aria-label={t.common.status}
          style={{ width: 200, maxWidth: '100%' }}
          value={status}
          options={reportStatuses.map((value) => ({ value, label: t.runs.statuses[value] }))}
          onChange={(value?: RunStatus) => {
            setStatus(value);
            setPaging({ ...paging, page: 1 });
          }}
          data-testid="runs-status"
        />
      </Flex>
      <Table<ReportRunSummary>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        tableLayout="fixed"
        scroll={isPhone ? undefined : { x: 960 }}
        locale={{ emptyText: t.runs.empty }}
        pagination={pagination}
        data-testid="runs-table"
        onRow={(run) =>
          ({ onClick: () => navigate(reportsPaths.run(run.id)), style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'card',
            title: t.runs.title,
            hidden: !isPhone,
            render: (_value, run) => (
              <Flex vertical gap={4} align="start">
                <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                  <Typography.Text strong>{kindLabel(run)}</Typography.Text>
                  <RunStatusTag status={run.status} />
                </Flex>
                <span>
                  {run.period.label} · {run.unitName}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {run.number ? `${run.number} · ` : ''}
                  {dates(run)}
                </Typography.Text>
              </Flex>
            ),
          },
          { key: 'kind', title: t.runs.kind, hidden: isPhone, render: (_value, run) => <strong>{kindLabel(run)}</strong> },
          { key: 'period', title: t.runs.period, width: 190, hidden: isPhone, render: (_value, run) => run.period.label },
          { key: 'unit', title: t.common.unit, width: 200, hidden: isPhone, dataIndex: 'unitName' },
          { key: 'number', title: t.runs.number, width: 130, hidden: isPhone, render: (_value, run) => run.number ?? '' },
          {
            key: 'status',
            title: t.common.status,
            width: 150,
            hidden: isPhone,
            render: (_value, run) => <RunStatusTag status={run.status} />,
          },
          {
            key: 'dates',
            title: t.runs.when,
            width: 210,
            hidden: isPhone,
            render: (_value, run) => <Typography.Text type="secondary">{dates(run)}</Typography.Text>,
          },
        ]}
      />
      {can('reports.write') && (
        <CreateRunModal open={creating} onClose={() => setCreating(false)} onDrafted={(made) => navigate(reportsPaths.run(made.id))} />
      )}
    </Card>
  );
}
