import { Card, Col, Statistic, Table, Typography } from 'antd';
import { formatNumber } from '../../../../platform/format/numbers';
import { useI18n } from '../../../../platform/i18n/useI18n';

type FigureProps = { title: string; value: number | undefined; basis?: string; testId?: string; colour?: string; loading: boolean };

/** One figure as a statistic card, with the line that says what it is made of. */
export function Figure({ title, value, basis, testId, colour, loading }: FigureProps) {
  const { locale } = useI18n();
  return (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" loading={loading} style={{ height: '100%' }}>
        <Statistic
          title={title}
          value={formatNumber(value ?? 0, locale)}
          data-testid={testId}
          data-value={value ?? ''}
          styles={colour ? { content: { color: colour } } : undefined}
        />
        {basis ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {basis}
          </Typography.Text>
        ) : null}
      </Card>
    </Col>
  );
}

export type CountRow = { key: string; label: string; count: number; decimals?: number };

/** A small table of counts by one axis (kind, field, result…), with its total when the rows add up. */
export function CountTable({
  title,
  rows,
  loading,
  total,
  testId,
}: {
  title: string;
  rows: CountRow[];
  loading: boolean;
  total?: boolean;
  testId?: string;
}) {
  const { m, locale } = useI18n();
  const f = m.petitionFigures;
  const sum = rows.reduce((acc, row) => acc + row.count, 0);
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={testId}>
      <Table<CountRow>
        size="small"
        rowKey="key"
        loading={loading}
        pagination={false}
        dataSource={rows}
        showHeader={false}
        columns={[
          { key: 'label', title: f.item, dataIndex: 'label' },
          {
            key: 'count',
            title: f.count,
            align: 'right',
            width: 110,
            render: (_value, row) => (
              <span data-key={row.key}>{formatNumber(row.count, locale, row.decimals ? { maxDecimals: row.decimals } : {})}</span>
            ),
          },
        ]}
        summary={
          total
            ? () => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{f.sum}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{formatNumber(sum, locale)}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )
            : undefined
        }
      />
    </Card>
  );
}
