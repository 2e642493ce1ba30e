import { Alert, Card, Col, Flex, Row, Segmented, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useAuth } from '../../../platform/auth/useAuth';
import { formatNumber, formatPercent } from '../../../platform/format/numbers';
import { format } from '../../../platform/i18n/format';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Period } from '@contracts/reports';
import { ratingsApi } from '../api/ratingsApi';
import { MonthlyChart } from './MonthlyChart';
import { OfficerScoresTable } from './OfficerScoresTable';
import { UnitScoreCard } from './UnitScoreCard';

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

/** The leader's overview of a unit: what the seed reports quote, month by month, and the scores, each saying how it was computed. */
export function UnitDashboard({ unitId, unitCode }: { unitId: string; unitCode: string | null }) {
  const { m, locale } = useI18n();
  const { can } = useAuth();
  const r = m.ratings;
  // Officers' scores are for those who read ratings; a reception officer sees the unit's figures only.
  const canReadScores = can('ratings.read');
  const [periodKey, setPeriodKey] = useState<PeriodKey>('last12');
  const period = useMemo(() => periodOf(periodKey), [periodKey]);
  const key = `${unitId}:${period.from}:${period.to}`;
  const figures = useApiQuery(key, (signal) => ratingsApi.figures(unitId, period, signal));
  const monthly = useApiQuery(key, (signal) => ratingsApi.monthly(unitId, periodOf('last12'), signal));
  const scores = useApiQuery(canReadScores ? key : null, (signal) => ratingsApi.scores(unitId, period, signal));
  const f = figures.data;
  const n = (value: number | undefined) => formatNumber(value ?? 0, locale);
  const percent = (value: number | null | undefined) => formatPercent(value, locale);
  const onTimeBasis = f
    ? format(r.explain.onTimePercent, {
        early: n(f.dossiers.early),
        onTime: n(f.dossiers.onTime),
        pending: n(f.dossiers.inProgress - f.dossiers.inProgressOverdue),
        handled: n(f.dossiers.handled),
      })
    : '';
  const rated = (count: number | undefined) => format(r.explain.ratedPercent, { count: n(count), total: n(f?.ratings.total) });
  const figure = (title: string, value: string, lines: string[], testId?: string, colour?: string) => (
    <Col xs={12} lg={4}>
      <Card loading={figures.loading} size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={value} data-testid={testId} styles={colour ? { content: { color: colour } } : undefined} />
        {lines.map((line) => (
          <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {line}
          </Typography.Text>
        ))}
      </Card>
    </Col>
  );

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
      <Row gutter={[12, 12]}>
        {figure(
          r.received,
          n(f?.dossiers.received),
          [format(r.receivedOnline, { count: n(f?.dossiers.receivedOnline) })],
          'figure-received',
        )}
        {figure(r.settled, n(f?.dossiers.settled), [`${r.late}: ${n(f?.dossiers.late)}`])}
        {figure(r.onTimePercent, percent(f?.dossiers.earlyOrOnTimePercent), [onTimeBasis], undefined, '#137333')}
        {figure(
          r.satisfied,
          percent(f?.ratings.satisfiedPercent),
          [rated((f?.ratings.verySatisfied ?? 0) + (f?.ratings.satisfied ?? 0))],
          'figure-satisfied',
        )}
        {figure(r.verySatisfied, percent(f?.ratings.verySatisfiedPercent), [
          format(r.explain.verySatisfiedOf, { count: n(f?.ratings.verySatisfied), total: n(f?.ratings.total) }),
        ])}
        {figure(r.timeliness766, percent(f?.decision766.timelinessPercent), [
          format(r.inProgress, { count: n(f?.decision766.inProgress), overdue: n(f?.decision766.overdueInProgress) }),
        ])}
      </Row>
      <Card title={r.chartTitle} loading={monthly.loading} size="small">
        {monthly.data?.months.length ? (
          <MonthlyChart months={monthly.data.months} labels={r.chartLegend} title={r.chartTitle} />
        ) : (
          <Alert type="info" title={r.noData} />
        )}
      </Card>
      {canReadScores && (
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={16}>
            <Card title={r.officersTitle} size="small">
              <OfficerScoresTable officers={scores.data?.officers ?? []} loading={scores.loading} />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <UnitScoreCard scores={scores.data} loading={scores.loading} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
