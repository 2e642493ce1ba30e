import type { AnnexTable, ReportRun } from '@contracts/report-documents';
import { Alert, Card, Flex, Table, Tooltip, Typography } from 'antd';
import { formatNumber } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import type { Locale } from '../../../../platform/i18n/i18nContext';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { useReportsText } from '../../reportsText';
import { DeclarationTable } from '../declarations/DeclarationTable';

type AnnexRow = AnnexTable['rows'][number];

/** A number of an annex row: "1.838", "81,4%"; "—" when it cannot be computed. */
function annexNumber(value: number | null, unitWord: string, locale: Locale): string {
  if (value === null) return '—';
  return `${formatNumber(value, locale, { maxDecimals: 2 })}${unitWord === '%' ? '%' : ''}`;
}

/** This period against the same period a year before: "+238", "−8,6 điểm %" (a rate moves by percentage points). */
function annexDifference(row: AnnexRow, locale: Locale, points: string): string {
  if (row.value === null || row.previous === null) return '—';
  const difference = row.value - row.previous;
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  const number = formatNumber(Math.abs(difference), locale, { maxDecimals: 2 });
  return `${sign}${number}${row.unitWord === '%' ? ` ${points}` : ''}`;
}

/** The report's annex tables (this period beside the same period a year before) and the declared figures printed with it. */
export function AnnexTables({ run }: { run: ReportRun }) {
  const t = useReportsText();
  const a = t.run.annex;
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const { annexes, declared } = run.content;

  return (
    <Flex vertical gap={16} data-testid="report-annexes">
      {annexes.length === 0 ? <Alert type="info" showIcon title={a.none} /> : null}
      {annexes.map((annex) => (
        <Card key={annex.code} size="small" title={`${annex.code}. ${annex.title}`} data-testid={`annex-${annex.code}`}>
          <Table<AnnexRow>
            size="small"
            rowKey="figureId"
            dataSource={annex.rows}
            pagination={false}
            scroll={{ x: isPhone ? 560 : undefined }}
            columns={[
              { key: 'order', title: a.order, width: 56, align: 'center', render: (_value, _row, index) => index + 1 },
              {
                key: 'label',
                title: a.label,
                render: (_value, row) => (
                  <Tooltip title={row.figureId}>
                    <span>{row.label}</span>
                  </Tooltip>
                ),
              },
              { key: 'unitWord', title: a.unitWord, width: 110, dataIndex: 'unitWord' },
              {
                key: 'value',
                title: a.value,
                width: 110,
                align: 'right',
                render: (_value, row) => <strong data-figure={row.figureId}>{annexNumber(row.value, row.unitWord, locale)}</strong>,
              },
              {
                key: 'previous',
                title: a.previous,
                width: 130,
                align: 'right',
                render: (_value, row) => annexNumber(row.previous, row.unitWord, locale),
              },
              {
                key: 'difference',
                title: a.difference,
                width: 120,
                align: 'right',
                render: (_value, row) => annexDifference(row, locale, a.points),
              },
            ]}
          />
          {annex.identities.length > 0 ? (
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.identities}:
              </Typography.Text>
              {annex.identities.map((identity) => (
                <Typography.Text key={identity} code style={{ display: 'block', fontSize: 12 }}>
                  {identity}
                </Typography.Text>
              ))}
            </div>
          ) : null}
        </Card>
      ))}
      <Card size="small" title={a.declared}>
        <DeclarationTable items={declared} testId="report-declared" />
      </Card>
    </Flex>
  );
}
