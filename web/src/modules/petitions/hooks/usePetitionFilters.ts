import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { dueBuckets, petitionKinds, type DueBucket, type PetitionKind } from '@contracts/petitions';
import { settlementStatuses, type SettlementStatus } from '@contracts/settlements';

/** The petition book's tabs: all petitions, one per due bucket, the settlements in hand, and the duplicate review queue. */
export const petitionTabs = ['all', ...dueBuckets, 'settlements', 'duplicates'] as const;
export type PetitionTab = (typeof petitionTabs)[number];

/** The tabs that list petitions: all of them, or those of one due bucket. */
export function isBookTab(tab: PetitionTab): tab is 'all' | DueBucket {
  return tab === 'all' || (dueBuckets as readonly string[]).includes(tab);
}

export type PetitionFilters = {
  tab: PetitionTab;
  q: string;
  kind: PetitionKind | undefined;
  /** On the settlements tab: the due bucket and the status. */
  due: DueBucket | undefined;
  status: SettlementStatus | undefined;
  page: number;
  pageSize: number;
};

const positive = (text: string | null, fallback: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const oneOf = <T extends string>(values: readonly T[], text: string | null): T | undefined =>
  (values as readonly string[]).includes(text ?? '') ? (text as T) : undefined;

/** The tab, search, filters and page, kept in the address so "back" returns to them. */
export function usePetitionFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<PetitionFilters>(
    () => ({
      tab: oneOf(petitionTabs, params.get('tab')) ?? 'all',
      q: params.get('q') ?? '',
      kind: oneOf(petitionKinds, params.get('kind')),
      due: oneOf(dueBuckets, params.get('due')),
      status: oneOf(settlementStatuses, params.get('status')),
      page: positive(params.get('page'), 1),
      pageSize: Math.min(positive(params.get('pageSize'), 20), 200),
    }),
    [params],
  );

  const update = useCallback(
    (changes: Partial<PetitionFilters>) => {
      const next = { ...filters, page: 1, ...changes };
      const search = new URLSearchParams();
      if (next.tab !== 'all') search.set('tab', next.tab);
      if (next.q) search.set('q', next.q);
      if (next.kind) search.set('kind', next.kind);
      if (next.due) search.set('due', next.due);
      if (next.status) search.set('status', next.status);
      if (next.page > 1) search.set('page', String(next.page));
      if (next.pageSize !== 20) search.set('pageSize', String(next.pageSize));
      setParams(search, { replace: true });
    },
    [filters, setParams],
  );

  return { filters, update };
}
