import { Table, Tag, Typography } from 'antd';
import { formatDate } from '../../../platform/format/dates';
import { useI18n } from '../../../platform/i18n/useI18n';
import type { Succession } from '@contracts/org';

type Props = { rows: Succession[]; onOpenUnit: (id: string) => void };

/** The units a unit was formed from, or went into, with the kind and share of each link. */
export function SuccessionTable({ rows, onOpenUnit }: Props) {
  const { m } = useI18n();
  if (rows.length === 0) return <Typography.Text type="secondary">{m.units.noSuccessions}</Typography.Text>;
  return (
    <Table<Succession>
      size="small"
      rowKey={(row) => `${row.unitId}:${row.effectiveDate}`}
      dataSource={rows}
      pagination={false}
      columns={[
        {
          key: 'name',
          title: m.units.name,
          render: (_value, row) => (
            <Typography.Link onClick={() => onOpenUnit(row.unitId)}>
              {row.name} ({row.code})
            </Typography.Link>
          ),
        },
        {
          key: 'kind',
          title: m.units.kind,
          render: (_value, row) => <Tag>{m.successionKinds[row.kind] ?? row.kind}</Tag>,
        },
        {
          key: 'share',
          title: m.units.share,
          render: (_value, row) => <Tag color={row.share === 'full' ? 'green' : 'gold'}>{m.successionShares[row.share] ?? row.share}</Tag>,
        },
        { key: 'date', title: m.units.effectiveDate, render: (_value, row) => formatDate(row.effectiveDate) },
      ]}
    />
  );
}
