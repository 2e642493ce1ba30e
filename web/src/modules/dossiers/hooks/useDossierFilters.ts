import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { dossierStatuses, type DossierStatus } from '@contracts/dossiers';

export const worklistTabs = ['unit', 'mine', 'dueSoon', 'overdue', 'all'] as const;
export type WorklistTab = (typeof worklistTabs)[number];

export type DossierFilters = {
  tab: WorklistTab;
  q: string;
  status: DossierStatus | undefined;
  page: number;
  pageSize: number;
};

const positive = (text: string | null, fallback: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** The worklist's tab, search, status and page, kept in the address so "back" returns to them. */
export function useDossierFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<DossierFilters>(() => {
    const tab = params.get('tab');
    const status = params.get('status');
    return {
      tab: (worklistTabs as readonly string[]).includes(tab ?? '') ? (tab as WorklistTab) : 'unit',
      q: params.get('q') ?? '',
      status: (dossierStatuses as readonly string[]).includes(status ?? '') ? (status as DossierStatus) : undefined,
      page: positive(params.get('page'), 1),
      pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
    };
  }, [params]);

  const update = useCallback(
    (changes: Partial<DossierFilters>) => {
      const next = { ...filters, page: 1, ...changes };
      const search = new URLSearchParams();
      if (next.tab !== 'unit') search.set('tab', next.tab);
      if (next.q) search.set('q', next.q);
      if (next.status) search.set('status', next.status);
      if (next.page > 1) search.set('page', String(next.page));
      if (next.pageSize !== 20) search.set('pageSize', String(next.pageSize));
      setParams(search, { replace: true });
    },
    [filters, setParams],
  );

  return { filters, update };
}
