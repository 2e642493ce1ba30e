import { Row } from 'antd';
import { useApiQuery } from '../../../../platform/api/useApiQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { Period } from '@contracts/period';
import { Figure } from '../../../petitions/components/figures/FigureParts';
import { receptionApi } from '../../api/receptionApi';

type Props = { unitId: string; period: Period; refreshKey: number };

/** The month's reception in the units the figures count in: days, sessions, visits, persons, matters and groups. */
export function ReceptionFiguresRow({ unitId, period, refreshKey }: Props) {
  const { m } = useI18n();
  const t = m.reception.figures;
  const figures = useApiQuery(`reception-figures:${unitId}:${period.from}:${period.to}:${refreshKey}`, (signal) =>
    receptionApi.figures(unitId, period, signal),
  );
  const total = figures.data?.total;
  const loading = figures.loading && !figures.data;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="reception-figures">
      <Figure title={t.days} value={total?.days} loading={loading} testId="figure-days" />
      <Figure title={t.sessions} value={total?.sessions} loading={loading} testId="figure-sessions" />
      <Figure title={t.visits} value={total?.visits} loading={loading} testId="figure-visits" />
      <Figure title={t.persons} value={total?.persons} loading={loading} testId="figure-persons" />
      <Figure
        title={t.matters}
        value={total?.matters}
        basis={total ? `${total.firstMatters} ${t.first} · ${total.repeatMatters} ${t.repeat}` : undefined}
        loading={loading}
        testId="figure-matters"
      />
      <Figure title={t.groups} value={total?.groups} loading={loading} testId="figure-groups" />
    </Row>
  );
}
