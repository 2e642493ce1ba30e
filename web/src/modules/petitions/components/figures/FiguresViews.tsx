import { Card, Col, Row } from 'antd';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { formatNumber } from '../../../../platform/format/numbers';
import { format } from '../../../../platform/i18n/format';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Period } from '@contracts/period';
import { competenceScopes, petitionFieldLabels, petitionFields, settlementStatuses } from '@contracts/petitions';
import { settlementResults } from '@contracts/settlements';
import { figuresApi } from '../../api/recordsApi';
import { CountTable, Figure, type CountRow } from './FigureParts';

type Props = { unitId: string; period: Period };

const tableCol = { xs: 24, md: 12, xl: 8 } as const;

/** Petitions of the unit in the period: carried over, received, handled, and by kind, field, result, earlier settlement, competence. */
export function PetitionFiguresView({ unitId, period }: Props) {
  const { m, locale } = useI18n();
  const f = m.petitionFigures;
  const query = useApiQuery(`petition-figures:${unitId}:${period.from}:${period.to}`, (signal) =>
    figuresApi.petitions(unitId, period, signal),
  );
  const data = query.data;
  const loading = query.loading;
  const n = (value: number | undefined) => formatNumber(value ?? 0, locale);
  const rows = <K extends string>(keys: readonly K[], counts: Partial<Record<K, number>> | undefined, label: (key: K) => string) =>
    keys.map<CountRow>((key) => ({ key, label: label(key), count: counts?.[key] ?? 0 }));
  const kinds = ['complaint', 'denunciation', 'recommendation_reflection', 'mixed'] as const;
  const results = ['accepted', 'guided', 'transferred', 'returned', 'filed', 'referred', 'urged'] as const;
  const ofWhich = ['eligible', 'anonymous', 'skippedLevel', 'duplicates', 'firstTime'] as const;

  return (
    <Card title={f.petitionsTitle} size="small" data-testid="petition-figures-petitions">
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Figure title={f.carriedOver} value={data?.carriedOver} loading={loading} testId="figure-petitions-carried-over" />
        <Figure title={f.received} value={data?.received} loading={loading} testId="figure-petitions-received" colour="#1677ff" />
        <Figure
          title={f.total}
          value={data?.total}
          loading={loading}
          basis={format(f.totalBasis, { carriedOver: n(data?.carriedOver), received: n(data?.received) })}
        />
        <Figure title={f.processed} value={data?.processed} loading={loading} testId="figure-petitions-processed" colour="#137333" />
        <Figure
          title={f.unprocessed}
          value={data?.unprocessed}
          loading={loading}
          basis={format(f.processedBasis, { unprocessed: n(data?.unprocessed) })}
          colour={data?.unprocessed ? '#d4380d' : undefined}
        />
        <Figure title={f.eligible} value={data?.eligible} loading={loading} />
      </Row>
      <Row gutter={[12, 12]}>
        <Col {...tableCol}>
          <CountTable
            title={f.byKind}
            rows={rows(kinds, data?.byKind, (key) => f.kinds[key])}
            loading={loading}
            total
            testId="figures-by-kind"
          />
        </Col>
        <Col {...tableCol}>
          <CountTable
            title={f.byField}
            rows={rows(petitionFields, data?.byField, (key) => petitionFieldLabels[key][locale])}
            loading={loading}
            total
            testId="figures-by-field"
          />
        </Col>
        <Col {...tableCol}>
          <CountTable title={f.results} rows={rows(results, data?.results, (key) => f.resultLabels[key])} loading={loading} />
        </Col>
        <Col {...tableCol}>
          <CountTable
            title={f.bySettlementStatus}
            rows={rows(settlementStatuses, data?.bySettlementStatus, (key) => m.petitions.priorSettlements[key])}
            loading={loading}
            total
          />
        </Col>
        <Col {...tableCol}>
          <CountTable
            title={f.byCompetence}
            rows={rows(competenceScopes, data?.byCompetence, (key) => m.petitions.scopes[key])}
            loading={loading}
            total
          />
        </Col>
        <Col {...tableCol}>
          <CountTable title={f.ofWhich} rows={rows(ofWhich, data, (key) => f[key])} loading={loading} />
        </Col>
      </Row>
    </Card>
  );
}

/** Settlements of the unit in the period: accepted, decided on time or late, pending; by result; the remedies decided. */
export function SettlementFiguresView({ unitId, period }: Props) {
  const { m, locale } = useI18n();
  const f = m.petitionFigures;
  const s = f.settlement;
  const step = m.settlements.step;
  const query = useApiQuery(`settlement-figures:${unitId}:${period.from}:${period.to}`, (signal) =>
    figuresApi.settlements(unitId, period, signal),
  );
  const data = query.data;
  const loading = query.loading;
  const n = (value: number | undefined) => formatNumber(value ?? 0, locale);
  const remedies = data?.remedies;

  return (
    <Card title={f.settlementsTitle} size="small" data-testid="petition-figures-settlements">
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Figure title={s.carriedOver} value={data?.carriedOver} loading={loading} />
        <Figure title={s.accepted} value={data?.accepted} loading={loading} testId="figure-settlements-accepted" colour="#1677ff" />
        <Figure title={s.total} value={data?.total} loading={loading} />
        <Figure
          title={s.decided}
          value={data?.decided}
          loading={loading}
          colour="#137333"
          basis={format(f.onTimeBasis, { onTime: n(data?.onTime), late: n(data?.late) })}
          testId="figure-settlements-decided"
        />
        <Figure title={s.pending} value={data?.pending} loading={loading} />
        <Figure title={s.terminated} value={data?.terminated} loading={loading} />
      </Row>
      <Row gutter={[12, 12]}>
        <Col {...tableCol}>
          <CountTable
            title={f.byResult}
            rows={settlementResults.map((key) => ({ key, label: m.settlements.results[key], count: data?.byResult[key] ?? 0 }))}
            loading={loading}
            total
          />
        </Col>
        <Col {...tableCol}>
          <CountTable
            title={s.decided}
            rows={[
              { key: 'onTime', label: s.onTime, count: data?.onTime ?? 0 },
              { key: 'late', label: s.late, count: data?.late ?? 0 },
            ]}
            loading={loading}
            total
          />
        </Col>
        <Col {...tableCol}>
          <CountTable
            title={f.remedies}
            rows={[
              { key: 'moneyToState', label: step.moneyToState, count: remedies?.moneyToStateMillion ?? 0, decimals: 3 },
              { key: 'moneyToCitizens', label: step.moneyToCitizens, count: remedies?.moneyToCitizensMillion ?? 0, decimals: 3 },
              { key: 'land', label: step.land, count: remedies?.landM2 ?? 0, decimals: 1 },
              { key: 'disciplined', label: step.disciplined, count: remedies?.personsDisciplined ?? 0 },
              { key: 'toInvestigation', label: step.toInvestigation, count: remedies?.personsToInvestigation ?? 0 },
            ]}
            loading={loading}
          />
        </Col>
      </Row>
    </Card>
  );
}
