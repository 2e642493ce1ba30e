import type { Dashboard } from '@contracts/dashboard';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { formatNumber } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { labelOf } from '../../../../platform/i18n/labels';
import { useI18n } from '../../../../platform/i18n/useI18n';
import { formatMinute } from '../../../dossiers/dossierText';
import { useReportsText } from '../../reportsText';

type HotSpot = Dashboard['hotSpots'][number];

/** Matters with several petitions in the period, most first: where the same grievance keeps coming back. No petitioner is shown. */
export function HotSpotsCard({ hotSpots, loading }: { hotSpots: HotSpot[]; loading: boolean }) {
  const t = useReportsText();
  const { m, locale } = useI18n();
  const isPhone = useIsPhone();
  const kinds = (spot: HotSpot) => (
    <Space size={[4, 4]} wrap>
      {spot.kinds.map((kind) => (
        <Tag key={kind}>{labelOf(m.petitions.kinds, kind) ?? kind}</Tag>
      ))}
    </Space>
  );
  return (
    <Card size="small" title={t.hotSpots.title} data-testid="hot-spots">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t.hotSpots.hint}
      </Typography.Paragraph>
      <Table<HotSpot>
        size="small"
        rowKey="matterId"
        loading={loading}
        dataSource={hotSpots}
        pagination={hotSpots.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        locale={{ emptyText: t.hotSpots.empty }}
        columns={[
          {
            key: 'card',
            title: t.hotSpots.matter,
            hidden: !isPhone,
            render: (_value, spot) => (
              <Space orientation="vertical" size={2}>
                <Typography.Text code>{spot.matterId}</Typography.Text>
                <span>
                  <strong>{formatNumber(spot.petitions, locale)}</strong> {t.hotSpots.petitions.toLowerCase()} ·{' '}
                  {formatMinute(spot.lastReceivedAt, locale)}
                </span>
                {kinds(spot)}
              </Space>
            ),
          },
          {
            key: 'matter',
            title: t.hotSpots.matter,
            hidden: isPhone,
            render: (_value, spot) => <Typography.Text code>{spot.matterId}</Typography.Text>,
          },
          {
            key: 'petitions',
            title: t.hotSpots.petitions,
            width: 100,
            align: 'right',
            hidden: isPhone,
            render: (_value, spot) => formatNumber(spot.petitions, locale),
          },
          { key: 'kinds', title: t.hotSpots.kinds, hidden: isPhone, render: (_value, spot) => kinds(spot) },
          {
            key: 'last',
            title: t.hotSpots.lastReceivedAt,
            width: 170,
            hidden: isPhone,
            render: (_value, spot) => formatMinute(spot.lastReceivedAt, locale),
          },
        ]}
      />
    </Card>
  );
}
