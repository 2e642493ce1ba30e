import type { OfficerClass, OfficerScore } from '@contracts/ratings';
import { Flex, Table, Tag, Typography } from 'antd';
import { formatNumber, formatShare, formatScore } from '../../../platform/format/numbers';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../platform/i18n/useI18n';
import { explainOfficerIndicator, explainTotal } from '../scoreExplanations';

const officerIndicators = ['i1', 'i2', 'i3', 'i4', 'i7'] as const;
const nowrap = { whiteSpace: 'nowrap' } as const;
const classColours: Record<OfficerClass, string> = { complete: 'green', partial: 'gold', insufficient: 'red' };

/** How an officer's score was computed: the five indicators, each with its dossiers at 2, 1 and 0 points, and the total. */
function OfficerScoreDetails({ officer }: { officer: OfficerScore }) {
  const { m, locale } = useI18n();
  const r = m.ratings;
  const explainer = { locale, t: r.explain };
  const indicators = Object.fromEntries(officerIndicators.map((name) => [name, officer.indicators[name] ?? null]));
  return (
    <Flex vertical gap={6} data-testid="officer-score-details">
      {officerIndicators.map((name) => (
        <div key={name}>
          <Typography.Text>
            {r.indicators[name]}: <strong>{formatScore(officer.indicators[name], locale)}</strong>
          </Typography.Text>
          {explainOfficerIndicator(name, officer.indicators[name] ?? null, officer.basis, explainer).map((line) => (
            <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {line}
            </Typography.Text>
          ))}
        </div>
      ))}
      {officer.total !== null && (
        <Typography.Text strong>
          {explainTotal(
            {
              indicators,
              total: officer.total,
              className: officer.classification ? r.officerClasses[officer.classification] : '',
              isUnit: false,
            },
            explainer,
          )}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The officers' scores (max 10) with their ratings; a row opens to show how its score was computed. On a phone: name, score, class. */
export function OfficerScoresTable({ officers, loading }: { officers: OfficerScore[]; loading: boolean }) {
  const { m, locale } = useI18n();
  const r = m.ratings;
  const isPhone = useIsPhone();
  const n = (value: number) => formatNumber(value, locale);
  const classTag = (value: OfficerClass | null) => (value ? <Tag color={classColours[value]}>{r.officerClasses[value]}</Tag> : '—');
  const columns = [
    {
      title: r.columns.officer,
      key: 'name',
      render: (_: unknown, row: OfficerScore) =>
        isPhone ? (
          <Flex vertical gap={2} align="start">
            <span>{row.officerName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${r.columns.dossiers}: ${n(row.dossiers)} · ${r.columns.ratings}: ${n(row.ratings.total)}`}
            </Typography.Text>
            {classTag(row.classification)}
          </Flex>
        ) : (
          row.officerName
        ),
    },
    {
      title: r.columns.dossiers,
      key: 'dossiers',
      align: 'right' as const,
      hidden: isPhone,
      render: (_: unknown, row: OfficerScore) => n(row.dossiers),
    },
    {
      title: r.columns.ratings,
      key: 'ratings',
      align: 'right' as const,
      hidden: isPhone,
      render: (_: unknown, row: OfficerScore) => n(row.ratings.total),
    },
    {
      title: r.columns.satisfied,
      key: 'satisfied',
      align: 'right' as const,
      hidden: isPhone,
      render: (_: unknown, row: OfficerScore) => (
        <span style={nowrap}>{formatShare(row.ratings.verySatisfied + row.ratings.satisfied, row.ratings.total, locale)}</span>
      ),
    },
    {
      title: r.columns.verySatisfied,
      key: 'very',
      align: 'right' as const,
      hidden: isPhone,
      render: (_: unknown, row: OfficerScore) => (
        <span style={nowrap}>{formatShare(row.ratings.verySatisfied, row.ratings.total, locale)}</span>
      ),
    },
    {
      title: r.columns.score,
      key: 'total',
      align: 'right' as const,
      render: (_: unknown, row: OfficerScore) => formatScore(row.total, locale),
    },
    {
      title: r.columns.classification,
      key: 'class',
      hidden: isPhone,
      render: (_: unknown, row: OfficerScore) => classTag(row.classification),
    },
  ];
  return (
    <Table<OfficerScore>
      rowKey={(row) => row.officerId ?? 'none'}
      size="small"
      loading={loading}
      dataSource={officers}
      columns={columns}
      expandable={{
        expandedRowRender: (row) => <OfficerScoreDetails officer={row} />,
        rowExpandable: (row) => row.total !== null,
        columnTitle: <span title={r.explain.expandOfficer} />,
      }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
    />
  );
}
