import { Alert, Card, Col, Descriptions, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { format } from '../../../platform/i18n/format';
import { labelOf } from '../../../platform/i18n/labels';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { OfficerClass, OfficerScore } from '@contracts/ratings';
import type { Period } from '@contracts/reports';
import { ratingsApi } from '../api/ratingsApi';
import { MonthlyChart } from './MonthlyChart';

type PeriodKey = 'month' | 'year' | 'last12';

function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

export function periodOf(key: PeriodKey, today = todayInVietnam()): Period {
  if (key === 'month') return { from: `${today.slice(0, 7)}-01`, to: today };
  if (key === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const start = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 11);
  return { from: start.toISOString().slice(0, 10), to: today };
}

const percentText = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;

/** The leader's overview of a unit: what the seed reports quote, month by month, and the officers' scores. */
export function UnitDashboard({ unitId, unitCode }: { unitId: string; unitCode: string | null }) {
  const { m } = useI18n();
  const r = m.ratings;
  const [periodKey, setPeriodKey] = useState<PeriodKey>('last12');
  const period = useMemo(() => periodOf(periodKey), [periodKey]);
  const key = `${unitId}:${period.from}:${period.to}`;
  const figures = useApiQuery(key, (signal) => ratingsApi.figures(unitId, period, signal));
  const monthly = useApiQuery(key, (signal) => ratingsApi.monthly(unitId, periodOf('last12'), signal));
  const scores = useApiQuery(key, (signal) => ratingsApi.scores(unitId, period, signal));
  const f = figures.data;

  const columns = [
    { title: r.columns.officer, dataIndex: 'officerName', key: 'name' },
    { title: r.columns.dossiers, dataIndex: 'dossiers', key: 'dossiers', align: 'right' as const },
    { title: r.columns.ratings, key: 'ratings', align: 'right' as const, render: (_: unknown, row: OfficerScore) => row.ratings.total },
    {
      title: r.columns.satisfied,
      key: 'satisfied',
      align: 'right' as const,
      render: (_: unknown, row: OfficerScore) =>
        percentText(
          row.ratings.total ? Math.round(((row.ratings.verySatisfied + row.ratings.satisfied) / row.ratings.total) * 10_000) / 100 : null,
        ),
    },
    {
      title: r.columns.verySatisfied,
      key: 'very',
      align: 'right' as const,
      render: (_: unknown, row: OfficerScore) =>
        percentText(row.ratings.total ? Math.round((row.ratings.verySatisfied / row.ratings.total) * 10_000) / 100 : null),
    },
    { title: r.columns.score, dataIndex: 'total', key: 'total', align: 'right' as const, render: (value: number | null) => value ?? '—' },
    {
      title: r.columns.classification,
      dataIndex: 'classification',
      key: 'class',
      render: (value: OfficerClass | null) =>
        value ? <Tag color={value === 'complete' ? 'green' : value === 'partial' ? 'gold' : 'red'}>{r.officerClasses[value]}</Tag> : '—',
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="unit-dashboard">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented<PeriodKey>
          value={periodKey}
          onChange={setPeriodKey}
          options={(['month', 'year', 'last12'] as const).map((value) => ({ value, label: r.periods[value] }))}
        />
        {unitCode ? (
          <Typography.Link href={`/cong-khai?don-vi=${encodeURIComponent(unitCode)}`} target="_blank">
            {r.publicPage}
          </Typography.Link>
        ) : null}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.received} value={f?.dossiers.received ?? 0} data-testid="figure-received" />
            <Typography.Text type="secondary">{format(r.receivedOnline, { count: f?.dossiers.receivedOnline ?? 0 })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.settled} value={f?.dossiers.settled ?? 0} />
            <Typography.Text type="secondary">{`${r.late}: ${f?.dossiers.late ?? 0}`}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.onTimePercent} value={percentText(f?.dossiers.earlyOrOnTimePercent)} valueStyle={{ color: '#137333' }} />
          </Card>
        </Col>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.satisfied} value={percentText(f?.ratings.satisfiedPercent)} data-testid="figure-satisfied" />
            <Typography.Text type="secondary">{format(r.ratingsCount, { count: f?.ratings.total ?? 0 })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.verySatisfied} value={percentText(f?.ratings.verySatisfiedPercent)} />
          </Card>
        </Col>
        <Col xs={12} lg={4}>
          <Card loading={figures.loading} size="small">
            <Statistic title={r.timeliness766} value={percentText(f?.decision766.timelinessPercent)} />
            <Typography.Text type="secondary">
              {format(r.inProgress, { count: f?.decision766.inProgress ?? 0, overdue: f?.decision766.overdueInProgress ?? 0 })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card title={r.chartTitle} loading={monthly.loading} size="small">
        {monthly.data?.months.length ? (
          <MonthlyChart months={monthly.data.months} labels={r.chartLegend} title={r.chartTitle} />
        ) : (
          <Alert type="info" message={r.noData} />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={r.officersTitle} size="small">
            <Table<OfficerScore>
              rowKey={(row) => row.officerId ?? 'none'}
              size="small"
              loading={scores.loading}
              dataSource={scores.data?.officers ?? []}
              columns={columns}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={r.unitScoreTitle} size="small" loading={scores.loading}>
            {scores.data?.unit.total !== null && scores.data ? (
              <>
                <Statistic value={scores.data.unit.total ?? 0} suffix="/ 18" />
                <Tag color="blue">{scores.data.unit.classification ? r.agencyClasses[scores.data.unit.classification] : ''}</Tag>
                <Descriptions
                  column={1}
                  size="small"
                  style={{ marginTop: 8 }}
                  items={Object.entries(scores.data.unit.indicators).map(([name, value]) => ({
                    key: name,
                    label: labelOf(r.indicators, name),
                    children: value ?? '—',
                  }))}
                />
              </>
            ) : (
              <Alert type="info" message={r.noData} />
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
