import { useApiQuery } from '../../../platform/api/useApiQuery';
import type { DossierListQuery } from '@contracts/dossiers';
import { dossiersApi } from '../api/dossiersApi';
import type { DossierFilters } from './useDossierFilters';

/**
 * The rows of a worklist tab, filtered and paged by the server: waiting for me, the working unit's,
 * due within two working days or overdue (at the working unit when one is chosen), or all in reach.
 */
export function useWorklist(filters: DossierFilters, unitId: string | null) {
  const isDeadlineTab = filters.tab === 'dueSoon' || filters.tab === 'overdue';
  const query: DossierListQuery = {
    q: filters.q || undefined,
    status: isDeadlineTab ? undefined : filters.status,
    unitId: filters.tab === 'unit' || isDeadlineTab ? (unitId ?? undefined) : undefined,
    due: filters.tab === 'dueSoon' ? 'soon' : filters.tab === 'overdue' ? 'overdue' : undefined,
    assignedTo: filters.tab === 'mine' ? 'me' : undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  const list = useApiQuery(JSON.stringify(query), (signal) => dossiersApi.list(query, signal));
  return { page: list.data, loading: list.loading, reload: list.reload };
}
