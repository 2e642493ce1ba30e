import { indicatorNames, type Scores } from '@contracts/ratings';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { formatScore, formatScoreOutOf } from '../../../platform/format/numbers';
import { useI18n } from '../../../platform/i18n/useI18n';
import { explainTotal, explainUnitIndicator } from '../scoreExplanations';

/** The unit's nine indicators (Circular 01/2018), each with the line that says how it was computed, and the total. */
export function UnitScoreCard({ scores, loading }: { scores: Scores | undefined; loading: boolean }) {
  const { m, locale } = useI18n();
  const r = m.ratings;
  const explainer = { locale, t: r.explain };
  const unit = scores?.unit;
  return (
    <Card title={r.unitScoreTitle} size="small" loading={loading}>
      {unit && unit.total !== null ? (
        <Flex vertical gap={8} data-testid="unit-score">
          <Flex align="baseline" gap={8} wrap>
            <Typography.Text strong style={{ fontSize: 28 }} data-testid="unit-score-total">
              {formatScoreOutOf(unit.total, 18, locale)}
            </Typography.Text>
            {unit.classification ? <Tag color="blue">{r.agencyClasses[unit.classification]}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {explainTotal(
              {
                indicators: unit.indicators,
                total: unit.total,
                className: unit.classification ? r.agencyClasses[unit.classification] : '',
                isUnit: true,
              },
              explainer,
            )}
          </Typography.Text>
          {indicatorNames.map((name) => (
            <div key={name} data-indicator={name}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text>{r.indicators[name]}</Typography.Text>
                <Typography.Text strong>{formatScore(unit.indicators[name], locale)}</Typography.Text>
              </Flex>
              {explainUnitIndicator(name, unit.indicators[name] ?? null, unit.basis, explainer).map((line) => (
                <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {line}
                </Typography.Text>
              ))}
            </div>
          ))}
        </Flex>
      ) : (
        <Alert type="info" title={r.noData} />
      )}
    </Card>
  );
}
