import { Alert, Card, Col, Flex, Input, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { todayInVietnam } from '../../../../platform/format/dates';
import { formatNumber } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useUnitScope } from '../../../../platform/scope/useUnitScope';
import { Figure } from '../../../petitions/components/figures/FigureParts';
import { legalAidApi } from '../../api/legalAidApi';
import { mediationApi, type Period } from '../../api/mediationApi';
import { modelsApi } from '../../api/modelsApi';
import { useCommunityText, yearToDate } from '../../communityText';

/**
 * The working unit's community figures for a period (the year so far unless chosen): mediation
 * teams, mediators and cases with the success rate as the API prints it, models by level, legal aid
 * (accepted, referred in from the platform, refused at once).
 */
export function CommunityFiguresPage() {
  const t = useCommunityText();
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const [period, setPeriod] = useState<Period>(() => yearToDate(todayInVietnam()));
  const isOrdered = period.from !== '' && period.to !== '' && period.from <= period.to;

  return (
    <Flex vertical gap={16} data-testid="community-figures">
      <Card title={`${t.figures.title}${current?.name ? ` · ${current.name}` : ''}`}>
        <Flex gap={12} wrap>
          <label>
            <Typography.Text type="secondary">{t.common.from}</Typography.Text>
            <Input type="date" value={period.from} onChange={(event) => setPeriod({ ...period, from: event.target.value })} />
          </label>
          <label>
            <Typography.Text type="secondary">{t.common.to}</Typography.Text>
            <Input type="date" value={period.to} onChange={(event) => setPeriod({ ...period, to: event.target.value })} />
          </label>
        </Flex>
        {!unitId && <Alert type="info" showIcon title={t.common.chooseUnit} style={{ marginTop: 16 }} />}
      </Card>
      {unitId && isOrdered && (
        <>
          <MediationFiguresCard unitId={unitId} period={period} />
          <ModelFiguresCard unitId={unitId} period={period} />
          <LegalAidFiguresCard unitId={unitId} period={period} />
        </>
      )}
    </Flex>
  );
}

type Props = { unitId: string; period: Period };

export function MediationFiguresCard({ unitId, period }: Props) {
  const t = useCommunityText();
  const figures = useApiQuery(`mediation-figures:${unitId}:${period.from}:${period.to}`, (signal) =>
    mediationApi.figures(unitId, period, signal),
  );
  const f = figures.data;
  const loading = figures.loading && !f;
  return (
    <Card title={t.figures.mediation} size="small" data-testid="mediation-figures">
      <Row gutter={[12, 12]}>
        <Figure title={t.figures.teams} value={f?.teams} loading={loading} testId="figure-teams" />
        <Figure
          title={t.figures.mediators}
          value={f?.mediators}
          basis={
            f ? `${f.women} ${t.figures.women.toLowerCase()} · ${f.ethnicMinority} ${t.figures.ethnicMinority.toLowerCase()}` : undefined
          }
          loading={loading}
          testId="figure-mediators"
        />
        <Figure title={t.figures.received} value={f?.received} loading={loading} testId="figure-received" />
        <Figure
          title={t.figures.success}
          value={f?.success}
          basis={f ? `${f.failure} ${t.figures.failure.toLowerCase()} · ${f.stopped} ${t.figures.stopped.toLowerCase()}` : undefined}
          loading={loading}
          testId="figure-success"
        />
        <Figure
          title={t.figures.inProgress}
          value={f?.inProgress}
          basis={f ? `${f.referred} ${t.figures.referred.toLowerCase()}` : undefined}
          loading={loading}
        />
        <Col xs={12} md={8} xl={4}>
          <Card size="small" loading={loading} style={{ height: '100%' }}>
            <Statistic title={t.figures.successRate} value={f?.successRate ?? '—'} data-testid="figure-success-rate" />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}

export function ModelFiguresCard({ unitId, period }: Props) {
  const t = useCommunityText();
  const { locale } = useI18n();
  const figures = useApiQuery(`model-figures:${unitId}:${period.from}:${period.to}`, (signal) => modelsApi.figures(unitId, period, signal));
  const f = figures.data;
  const loading = figures.loading && !f;
  const byLevel = f
    ? (['grassroots', 'district', 'province'] as const)
        .map((level) => `${t.models.levels[level]}: ${formatNumber(f.byLevel[level], locale)}`)
        .join(' · ')
    : undefined;
  const recognised = f ? f.byLevel.grassroots + f.byLevel.district + f.byLevel.province : undefined;
  return (
    <Card title={t.figures.models} size="small" data-testid="model-figures">
      <Row gutter={[12, 12]}>
        <Figure title={t.figures.modelsRegistered} value={f?.registered} loading={loading} />
        <Figure title={t.figures.recognisedByLevel} value={recognised} basis={byLevel} loading={loading} />
        <Figure title={t.figures.replicated} value={f?.replicated} loading={loading} />
        <Figure
          title={t.figures.contests}
          value={f?.contests}
          basis={f ? `${f.entries} ${t.figures.contestEntries.toLowerCase()}` : undefined}
          loading={loading}
        />
      </Row>
    </Card>
  );
}

export function LegalAidFiguresCard({ unitId, period }: Props) {
  const t = useCommunityText();
  const figures = useApiQuery(`legal-aid-figures:${unitId}:${period.from}:${period.to}`, (signal) =>
    legalAidApi.figures(unitId, period, signal),
  );
  const f = figures.data;
  const loading = figures.loading && !f;
  const forms = f
    ? (['proceedings', 'advice', 'out_of_court'] as const).map((form) => `${t.legalAid.forms[form]}: ${f.byForm[form] ?? 0}`).join(' · ')
    : undefined;
  return (
    <Card title={t.figures.legalAid} size="small" data-testid="legal-aid-figures">
      <Row gutter={[12, 12]}>
        <Figure title={t.figures.opened} value={f?.opened} basis={forms} loading={loading} />
        <Figure
          title={t.figures.legalReferred}
          value={f?.referred}
          basis={t.figures.legalReferredBasis}
          loading={loading}
          testId="figure-legal-aid-referred"
        />
        <Figure title={t.figures.legalRefused} value={f?.refused} loading={loading} testId="figure-legal-aid-refused" />
        <Figure title={t.figures.completed} value={f?.completed} loading={loading} />
        <Figure title={t.figures.legalStopped} value={f?.stopped} loading={loading} />
        <Figure
          title={t.figures.assignedLate}
          value={f?.assignedLate}
          loading={loading}
          colour={f && f.assignedLate > 0 ? '#cf1322' : undefined}
        />
      </Row>
    </Card>
  );
}
