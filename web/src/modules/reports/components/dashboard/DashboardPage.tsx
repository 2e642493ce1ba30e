import { FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatDateTime, todayInVietnam } from '../../../../platform/format/dates';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { UnitSelect } from '../../../units/components/UnitSelect';
import { reportsApi } from '../../api/reportsApi';
import { useFigureRegistry } from '../../hooks/useFigureRegistry';
import { isOrderedPeriod, presetPeriod, type Period } from '../../reportFormat';
import { reportsPaths, useReportsText } from '../../reportsText';
import { DeclarationsCard } from '../declarations/DeclarationsCard';
import { ChildrenCard } from './ChildrenCard';
import { ClockBoard } from './ClockBoard';
import { DrillDownDrawer } from './DrillDownDrawer';
import { HotSpotsCard } from './HotSpotsCard';
import { PeriodPicker, type PeriodKey } from './PeriodPicker';
import { SectionCard } from './SectionCard';

/**
 * The operations dashboard of a unit (the working unit unless another is chosen, `?unit=`) for a
 * period (this year so far unless chosen): the registry's figures by part of the work, the legal
 * clocks, matters with several petitions, the units under it, and the unit's declared figures.
 */
export function DashboardPage() {
  const t = useReportsText();
  const { m, locale } = useI18n();
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { current } = useUnitScope();
  const [params, setParams] = useSearchParams();
  const [names, setNames] = useState<Record<string, string>>({});
  const unitId = params.get('unit') ?? current?.id ?? null;
  const [periodKey, setPeriodKey] = useState<PeriodKey>('year');
  const [custom, setCustom] = useState<Period>(() => presetPeriod('year', todayInVietnam()));
  const period = useMemo(() => (periodKey === 'custom' ? custom : presetPeriod(periodKey, todayInVietnam())), [periodKey, custom]);
  const isOrdered = isOrderedPeriod(period);
  const registry = useFigureRegistry();
  const [drilled, setDrilled] = useState<string | null>(null);

  const dashboard = useApiQuery(unitId && isOrdered ? `dashboard:${unitId}:${period.from}:${period.to}` : null, (signal) =>
    reportsApi.dashboard(unitId ?? '', period, signal),
  );
  const data = dashboard.data?.unitId === unitId ? dashboard.data : undefined;
  const loading = (dashboard.loading && !data) || registry.loading;
  const values = useMemo(() => new Map((data?.figures ?? []).map((figure) => [figure.id, figure.value])), [data]);
  const unitName = data?.unitName ?? (unitId ? names[unitId] : undefined) ?? (unitId === current?.id ? current?.name : undefined) ?? null;
  const showHotSpots = (data?.hotSpots.length ?? 0) > 0 || (data?.sections.some((section) => section.key === 'petitions') ?? false);

  const chooseUnit = (id: string | undefined, name?: string) => {
    if (id && name) setNames((known) => ({ ...known, [id]: name }));
    setParams(id ? { unit: id } : {});
  };

  return (
    <Flex vertical gap={16} data-testid="reports-dashboard">
      <Card>
        <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 12 }}>
          <Flex align="baseline" gap={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="reports-dashboard-title">
              {t.dashboard.title}
            </Typography.Title>
            {unitName ? <Typography.Text type="secondary">{unitName}</Typography.Text> : null}
          </Flex>
          <Flex gap={8}>
            <Button
              type="text"
              icon={<ReloadOutlined />}
              loading={dashboard.loading}
              onClick={dashboard.reload}
              aria-label={m.common.reload}
              disabled={!unitId}
            />
            <Button icon={<FileTextOutlined />} onClick={() => navigate(reportsPaths.runs)} data-testid="reports-runs-link">
              {t.dashboard.runsLink}
            </Button>
          </Flex>
        </Flex>
        <Flex gap={12} wrap align="center">
          <UnitSelect
            key={`${unitId ?? ''}:${unitName ?? ''}`}
            value={unitId ?? undefined}
            initial={unitId ? { id: unitId, code: null, name: unitName } : null}
            allowClear={false}
            aria-label={t.common.unit}
            style={{ width: isPhone ? '100%' : 320 }}
            onChange={(id, label) => chooseUnit(id, label)}
            data-testid="reports-unit"
          />
          <PeriodPicker periodKey={periodKey} onKeyChange={setPeriodKey} custom={custom} onCustomChange={setCustom} period={period} />
        </Flex>
        {data ? (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
            {format(t.common.asOf, { at: formatDateTime(data.asOf, locale) })} · {t.dashboard.drillHint}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {!unitId && <Alert type="info" showIcon title={t.common.chooseUnit} data-testid="reports-choose-unit" />}
      {unitId && dashboard.problem && !data ? (
        <Alert
          type="error"
          showIcon
          title={t.common.loadFailed}
          description={dashboard.problem.detail ?? dashboard.problem.title}
          action={
            <Button size="small" onClick={dashboard.reload}>
              {t.common.retry}
            </Button>
          }
          data-testid="reports-dashboard-error"
        />
      ) : null}
      {unitId && dashboard.loading && !data ? <Card loading data-testid="reports-dashboard-loading" /> : null}
      {data ? <ClockBoard clocks={data.clocks} /> : null}
      {data && data.sections.length === 0 ? <Alert type="warning" showIcon title={t.dashboard.noSections} /> : null}
      {(data?.sections ?? []).map((section) => (
        <SectionCard key={section.key} section={section} values={values} registry={registry} loading={loading} onOpen={setDrilled} />
      ))}
      {data && showHotSpots ? <HotSpotsCard hotSpots={data.hotSpots} loading={dashboard.loading} /> : null}
      {data && data.children.length > 0 ? (
        <ChildrenCard items={data.children} registry={registry} onOpen={(child) => chooseUnit(child.id, child.name)} />
      ) : null}
      {unitId && isOrdered ? <DeclarationsCard key={unitId} unitId={unitId} period={period} registry={registry} /> : null}
      {unitId ? (
        <DrillDownDrawer unitId={unitId} figureId={drilled} period={period} registry={registry} onClose={() => setDrilled(null)} />
      ) : null}
    </Flex>
  );
}
