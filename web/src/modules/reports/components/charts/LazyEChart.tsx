import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';

// ECharts comes with the first chart shown, in its own chunk: the report pages without a chart never load it.
const EChart = lazy(() => import('./EChart').then((loaded) => ({ default: loaded.EChart })));

/** The ECharts wrapper, loaded on first use; a placeholder of the chart's height meanwhile. */
export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
