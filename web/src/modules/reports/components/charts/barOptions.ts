import type { BarChartOption } from './EChart';

export type BarSeries = { name: string; values: (number | null)[]; colour: string };

/** The house colours of figures: blue for what came in, green for what was done, red for what is late. */
export const chartColours = ['#1a73e8', '#137333', '#e37400', '#c5221f', '#5f6670', '#9334e6'] as const;

/** The height of a horizontal bar chart with one row per category. */
export function barChartHeight(categories: number, series: number): number {
  return Math.max(160, 56 + categories * Math.max(28, series * 16));
}

/**
 * Horizontal bars, one row per category (long Vietnamese labels read well on a phone that way),
 * one bar per series, numbers written by `format`.
 */
export function horizontalBars(
  categories: string[],
  series: BarSeries[],
  format: (value: number) => string,
  isPhone: boolean,
): BarChartOption {
  const labelWidth = isPhone ? 110 : 220;
  return {
    animation: false,
    grid: { left: 8, right: 48, top: series.length > 1 ? 32 : 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: series.length > 1 ? { top: 0, left: 0, data: series.map((entry) => entry.name) } : { show: false },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? format(value) : '—'),
    },
    // On a phone the axis's numbers would run into each other: the bars carry their numbers anyway.
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: !isPhone, formatter: (value: number) => format(value) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { width: labelWidth, overflow: 'truncate', interval: 0 },
    },
    series: series.map((entry) => ({
      type: 'bar',
      name: entry.name,
      data: entry.values,
      itemStyle: { color: entry.colour },
      barMaxWidth: 22,
      label: { show: true, position: 'right', formatter: ({ value }) => (typeof value === 'number' ? format(value) : '') },
    })),
  };
}
