import { clockLegalBasis, type Dashboard, type DueBuckets } from '@contracts/dashboard';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { formatNumber } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useReportsText } from '../../reportsText';

type Clocks = Dashboard['clocks'];
type Single = Exclude<keyof Clocks, 'petitions' | 'settlements'>;

const bucketKeys = ['overdue', 'within3', 'within10', 'later'] as const;
const bucketColours: Record<(typeof bucketKeys)[number], string | undefined> = {
  overdue: '#c5221f',
  within3: '#d4380d',
  within10: '#d48806',
  later: undefined,
};

/** The pages where the work behind each clock is done. */
const pages: Record<'petitions' | 'settlements' | Single, string> = {
  petitions: '/petitions',
  settlements: '/petitions',
  receptionAnswersOpen: '/reception',
  commitmentsOverdue: '/commitments',
  legalAidOverdue: '/community/legal-aid',
  disclosuresDueSoon: '/community/disclosures',
  disclosuresOverdue: '/community/disclosures',
};
const singles: Single[] = ['receptionAnswersOpen', 'commitmentsOverdue', 'legalAidOverdue', 'disclosuresDueSoon', 'disclosuresOverdue'];
const alarming: ReadonlySet<Single> = new Set(['commitmentsOverdue', 'legalAidOverdue', 'disclosuresOverdue']);

/**
 * Open work by its legal due date, as of now: petitions and settlements by how soon they fall due,
 * and the counts of the other clocks. A part the reader may not see comes as null and is left out;
 * the board is left out when nothing is left.
 */
export function ClockBoard({ clocks }: { clocks: Clocks }) {
  const t = useReportsText();
  const { locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const shownSingles = singles.filter((key) => clocks[key] !== null);
  const buckets = (['petitions', 'settlements'] as const).filter((key) => clocks[key] !== null);
  if (shownSingles.length === 0 && buckets.length === 0) return null;

  const bucketRow = (key: 'petitions' | 'settlements', counts: DueBuckets) => (
    <div key={key} data-testid={`clock-${key}`}>
      <Link to={pages[key]}>
        <Typography.Text strong>{t.clocks[key]}</Typography.Text>
      </Link>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid={`clock-${key}-basis`}>
        {t.clocks.basis}: {clockLegalBasis[key]}
      </Typography.Text>
      <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
        {bucketKeys.map((bucket) => (
          <Col key={bucket} xs={12} md={6}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic
                title={t.clocks.buckets[bucket]}
                value={n(counts[bucket])}
                data-testid={`clock-${key}-${bucket}`}
                styles={counts[bucket] > 0 && bucketColours[bucket] ? { content: { color: bucketColours[bucket] } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );

  return (
    <Card size="small" title={t.clocks.title} data-testid="clock-board">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.clocks.hint}
      </Typography.Paragraph>
      <Flex vertical gap={16}>
        {buckets.map((key) => {
          const counts = clocks[key];
          return counts ? bucketRow(key, counts) : null;
        })}
        {shownSingles.length > 0 && (
          <Row gutter={[8, 8]}>
            {shownSingles.map((key) => {
              const value = clocks[key] ?? 0;
              return (
                <Col key={key} xs={12} md={8} xl={Math.max(4, Math.floor(24 / shownSingles.length))}>
                  <Card size="small" style={{ height: '100%' }}>
                    <Statistic
                      title={<Link to={pages[key]}>{t.clocks[key]}</Link>}
                      value={n(value)}
                      data-testid={`clock-${key}`}
                      styles={value > 0 && alarming.has(key) ? { content: { color: '#c5221f' } } : undefined}
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`clock-${key}-basis`}>
                      {t.clocks.basis}: {clockLegalBasis[key]}
                    </Typography.Text>
                  </Card>
                </Col>
              );
            })}
          </Row>
        )}
      </Flex>
    </Card>
  );
}
