import { Flex, Typography, theme } from 'antd';
import type { MonthFigures } from '@contracts/reports';
import { formatNumber } from '../../../platform/format/numbers';
import { useIsPhone } from '../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../platform/i18n/useI18n';

type Props = { months: MonthFigures[]; labels: Record<string, string>; title: string };

/**
 * Bars per month: settled early / on time / late stacked, with a tick for dossiers received. Plain SVG, no chart library.
 * On a phone the drawing is narrower (so its text stays readable once scaled down) and names every other month.
 */
export function MonthlyChart({ months, labels, title }: Props) {
  const { token } = theme.useToken();
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const n = (value: number) => formatNumber(value, locale);
  const colours = { early: '#137333', onTime: '#1a73e8', late: '#c5221f', received: '#5f6670' };
  const width = isPhone ? 360 : 720;
  const height = 220;
  const pad = { left: 40, right: 8, top: 12, bottom: 28 };
  const max = Math.max(1, ...months.map((m) => Math.max(m.dossiers.received, m.dossiers.settled)));
  const step = (width - pad.left - pad.right) / Math.max(1, months.length);
  const y = (value: number) => pad.top + (height - pad.top - pad.bottom) * (1 - value / max);
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        style={{ width: '100%', maxHeight: 260 }}
        data-testid="monthly-chart"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke={token.colorBorderSecondary} />
            <text x={pad.left - 6} y={y(tick) + 4} fontSize={11} textAnchor="end" fill={token.colorTextSecondary}>
              {n(tick)}
            </text>
          </g>
        ))}
        {months.map((month, index) => {
          const x = pad.left + index * step + step * 0.15;
          const w = step * 0.7;
          let top = y(0);
          const parts = [
            ['early', month.dossiers.early],
            ['onTime', month.dossiers.onTime],
            ['late', month.dossiers.late],
          ] as const;
          return (
            <g key={month.month}>
              <title>{`${month.month}: ${labels.received} ${n(month.dossiers.received)}, ${labels.early} ${n(month.dossiers.early)}, ${labels.onTime} ${n(month.dossiers.onTime)}, ${labels.late} ${n(month.dossiers.late)}`}</title>
              {parts.map(([key, value]) => {
                const h = y(0) - y(value);
                top -= h;
                return <rect key={key} x={x} y={top} width={w} height={Math.max(0, h)} fill={colours[key]} />;
              })}
              <line
                x1={x - 2}
                x2={x + w + 2}
                y1={y(month.dossiers.received)}
                y2={y(month.dossiers.received)}
                stroke={colours.received}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
              {isPhone && (months.length - 1 - index) % 2 === 1 ? null : (
                <text x={x + w / 2} y={height - 10} fontSize={11} textAnchor="middle" fill={token.colorTextSecondary}>
                  {`${month.month.slice(5)}/${month.month.slice(2, 4)}`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Flex gap={isPhone ? 8 : 16} wrap component="figcaption">
        {(['early', 'onTime', 'late', 'received'] as const).map((key) => (
          <Typography.Text key={key} type="secondary">
            <span style={{ display: 'inline-block', width: 12, height: 12, background: colours[key], marginRight: 6, verticalAlign: -1 }} />
            {labels[key]}
          </Typography.Text>
        ))}
      </Flex>
    </figure>
  );
}
