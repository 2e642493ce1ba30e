import type { Dashboard } from '@contracts/dashboard';
import { Card, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { formatNumber } from '../../../../platform/format/numbers';
import { useIsPhone } from '../../../../platform/hooks/useMediaQuery';
import { useI18n } from '../../../../platform/i18n/useI18n';
import type { FigureRegistry } from '../../hooks/useFigureRegistry';
import { useReportsText } from '../../reportsText';
import { barChartHeight, chartColours, horizontalBars } from '../charts/barOptions';
import { LazyEChart } from '../charts/LazyEChart';
import { FigureTile } from './FigureTile';

type Section = Dashboard['sections'][number];
type Props = {
  section: Section;
  values: ReadonlyMap<string, number | null>;
  registry: FigureRegistry;
  loading: boolean;
  onOpen: (figureId: string) => void;
};

/** One part of the work (one-stop, reception, petitions, community, democracy): its figures; the one-stop part with its chart. */
export function SectionCard({ section, values, registry, loading, onOpen }: Props) {
  const t = useReportsText();
  // Figures that counted nothing are named in one line under the tiles, so what happened stands out.
  const counted = loading ? section.figureIds : section.figureIds.filter((id) => (values.get(id) ?? 0) !== 0);
  const none = loading ? [] : section.figureIds.filter((id) => !counted.includes(id));
  return (
    <Card size="small" title={section.title} data-testid={`dashboard-section-${section.key}`}>
      <Row gutter={[12, 12]}>
        {counted.map((id) => (
          <FigureTile key={id} id={id} value={values.get(id)} registry={registry} loading={loading} onOpen={onOpen} />
        ))}
      </Row>
      {none.length > 0 ? (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}
          data-testid={`dashboard-section-${section.key}-none`}
        >
          {t.dashboard.nothingCounted}: {none.map((id) => registry.label(id)).join('; ')}.
        </Typography.Paragraph>
      ) : null}
      {section.key === 'one_stop' && !loading ? <OneStopChart figureIds={section.figureIds} values={values} registry={registry} /> : null}
    </Card>
  );
}

/** The one-stop dossier counts side by side: received, settled early, on time, late, unfinished… */
function OneStopChart({
  figureIds,
  values,
  registry,
}: {
  figureIds: string[];
  values: ReadonlyMap<string, number | null>;
  registry: FigureRegistry;
}) {
  const t = useReportsText();
  const { locale } = useI18n();
  const isPhone = useIsPhone();
  const { ids, option } = useMemo(() => {
    // Counts of dossiers only: a rate or a count of ratings on the same axis would mislead.
    const charted = figureIds.filter((id) => {
      const definition = registry.definition(id);
      return definition?.countUnit === 'dossier' && definition.kind !== 'rate' && (values.get(id) ?? 0) > 0;
    });
    const series = [{ name: t.dashboard.oneStopChart, values: charted.map((id) => values.get(id) ?? null), colour: chartColours[0] }];
    return {
      ids: charted,
      option: horizontalBars(
        charted.map((id) => registry.label(id)),
        series,
        (value) => formatNumber(value, locale),
        isPhone,
      ),
    };
  }, [figureIds, values, registry, t, locale, isPhone]);
  if (ids.length === 0) return null;
  return (
    <div style={{ marginTop: 16 }}>
      <LazyEChart option={option} height={barChartHeight(ids.length, 1)} ariaLabel={t.dashboard.oneStopChart} testId="one-stop-chart" />
    </div>
  );
}
