import type { Dashboard } from '@contracts/dashboard';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { format } from '../../../../platform/i18n/format';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import { useReportsText } from '../../reportsText';
import { barChartHeight, chartColours, horizontalBars } from '../charts/barOptions';
import { LazyEChart } from '../charts/LazyEChart';

type Child = Dashboard['children'][number];
type Props = { items: Child[]; registry: FigureRegistry; onOpen: (child: { id: string; name: string }) => void };

/** The headline figures compared in the chart, when the children carry them; else the first two they carry. */
const compared = ['dossiers.received', 'petitions.received'];

/** The figure ids the children carry, in the order the first of them lists them. */
function figureIdsOf(items: Child[]): string[] {
  const ids: string[] = [];
  for (const child of items) for (const figure of child.figures) if (!ids.includes(figure.id)) ids.push(figure.id);
  return ids;
}

/** The units directly under this one with their headline figures (a row opens that unit's dashboard), and a chart comparing them. */
export function ChildrenCard({ items, registry, onOpen }: Props) {
  const t = useReportsText();
  const isPhone = useIsPhone();
  const ids = useMemo(() => figureIdsOf(items), [items]);
  const chartIds = useMemo(() => {
    const preferred = compared.filter((id) => ids.includes(id));
    return preferred.length > 0 ? preferred : ids.slice(0, 2);
  }, [ids]);
  const option = useMemo(() => {
    const valueOf = (child: Child, id: string) => child.figures.find((figure) => figure.id === id)?.value ?? null;
    const series = chartIds.map((id, index) => ({
      name: registry.label(id),
      values: items.map((child) => valueOf(child, id)),
      colour: chartColours[index % chartColours.length] ?? chartColours[0],
    }));
    const formatOf = chartIds[0] ?? '';
    return horizontalBars(
      items.map((child) => child.name),
      series,
      (value) => registry.formatValue(formatOf, value),
      isPhone,
    );
  }, [items, chartIds, registry, isPhone]);

  const columns: TableColumnsType<Child> = [
    {
      key: 'name',
      title: t.children.unit,
      fixed: 'left',
      width: isPhone ? 140 : 220,
      render: (_value, child) => <Typography.Link>{child.name}</Typography.Link>,
    },
    ...ids.map((id) => ({
      key: id,
      title: registry.label(id),
      align: 'right' as const,
      width: 140,
      render: (_value: unknown, child: Child) => registry.formatValue(id, child.figures.find((figure) => figure.id === id)?.value),
    })),
  ];

  return (
    <Card size="small" title={t.children.title} data-testid="dashboard-children">
      <Table<Child>
        size="small"
        rowKey="unitId"
        dataSource={items}
        columns={columns}
        scroll={{ x: (isPhone ? 140 : 220) + ids.length * 140 }}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
        onRow={(child) =>
          ({
            onClick: () => onOpen({ id: child.unitId, name: child.name }),
            style: { cursor: 'pointer' },
            title: format(t.children.open, { name: child.name }),
          }) as HTMLAttributes<HTMLElement>
        }
      />
      {chartIds.length > 0 && items.length > 1 ? (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t.children.chart}</Typography.Text>
          <LazyEChart
            option={option}
            height={barChartHeight(items.length, chartIds.length)}
            ariaLabel={t.children.chart}
            testId="children-chart"
          />
        </div>
      ) : null}
    </Card>
  );
}
