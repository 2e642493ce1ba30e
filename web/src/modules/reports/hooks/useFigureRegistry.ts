import type { FigureDefinitionView } from '@contracts/report-runs';
import { useCallback, useMemo } from 'react';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useI18n } from '../../../platform/i18n/useI18n';
import { reportsApi } from '../api/reportsApi';
import { figureLabel, formatFigure, formatFigureValue } from '../reportFormat';

let cache: Promise<FigureDefinitionView[]> | null = null;

/** The registry is the same for every page and every unit: loaded once per visit (again after a failure). */
function loadRegistry(): Promise<FigureDefinitionView[]> {
  cache ??= reportsApi.figures().then(
    (result) => result.items,
    (error: unknown) => {
      cache = null;
      throw error;
    },
  );
  return cache;
}

export type FigureRegistry = {
  definitions: FigureDefinitionView[];
  loading: boolean;
  definition: (id: string) => FigureDefinitionView | undefined;
  /** The figure's label in the interface's language. */
  label: (id: string) => string;
  /** "1.838 hồ sơ", "81,4%". */
  format: (id: string, value: number | null | undefined) => string;
  /** The number alone: "1.838", "81,4%". */
  formatValue: (id: string, value: number | null | undefined) => string;
};

/** The figure registry (labels, unit words, legal basis, whether a list stands behind a figure) with its formatters. */
export function useFigureRegistry(): FigureRegistry {
  const { locale } = useI18n();
  const query = useApiQuery('report-figure-registry', () => loadRegistry());
  const definitions = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map(definitions.map((definition) => [definition.id, definition])), [definitions]);
  const definition = useCallback((id: string) => byId.get(id), [byId]);
  const label = useCallback((id: string) => figureLabel(byId.get(id), id, locale), [byId, locale]);
  const format = useCallback((id: string, value: number | null | undefined) => formatFigure(value, byId.get(id), locale), [byId, locale]);
  const formatValue = useCallback(
    (id: string, value: number | null | undefined) => formatFigureValue(value, byId.get(id), locale),
    [byId, locale],
  );
  const loading = query.loading;
  return useMemo(
    () => ({ definitions, loading, definition, label, format, formatValue }),
    [definitions, loading, definition, label, format, formatValue],
  );
}
