import { useApiQuery } from '../../../platform/api/useApiQuery';
import type { PetitionListQuery } from '@contracts/petitions';
import { petitionsApi } from '../api/petitionsApi';
import { settlementsApi, type SettlementListQuery } from '../api/settlementsApi';
import { isBookTab, type PetitionFilters } from './usePetitionFilters';

/** The petitions of a tab (all, or a due bucket), searched and paged by the server, at the working unit when one is chosen. */
export function usePetitionBook(filters: PetitionFilters, unitId: string | null) {
  const { tab } = filters;
  const isPetitions = isBookTab(tab);
  const query: Partial<PetitionListQuery> = {
    due: isBookTab(tab) && tab !== 'all' ? tab : undefined,
    q: filters.q || undefined,
    kind: filters.kind,
    unitId: unitId ?? undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  const list = useApiQuery(isPetitions ? `petitions:${JSON.stringify(query)}` : null, (signal) => petitionsApi.list(query, signal));
  return { page: list.data, loading: list.loading, reload: list.reload };
}

/** The settlements being worked on, by due bucket and status. */
export function useSettlementBook(filters: PetitionFilters, unitId: string | null) {
  const query: SettlementListQuery = {
    due: filters.due,
    status: filters.status,
    unitId: unitId ?? undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  const list = useApiQuery(filters.tab === 'settlements' ? `settlements:${JSON.stringify(query)}` : null, (signal) =>
    settlementsApi.list(query, signal),
  );
  return { page: list.data, loading: list.loading, reload: list.reload };
}
