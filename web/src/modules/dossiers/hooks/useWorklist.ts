import type { Page } from '../../../platform/api/client';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { dossiersApi, type DossierQuery, type DossierSummary } from '../api/dossiersApi';
import { isDueSoon, isOverdue } from '../dossierText';
import type { DossierFilters } from './useDossierFilters';

/** How many dossiers in processing the deadline tabs look through (the API's largest page). */
export const deadlineScan = 200;

/**
 * The rows of a worklist tab. "Due soon" and "overdue" have no server filter: they take the
 * newest dossiers in processing and keep those whose appointment matches, paging on the client.
 */
export function useWorklist(filters: DossierFilters, unitId: string | null) {
  const isDeadlineTab = filters.tab === 'dueSoon' || filters.tab === 'overdue';
  const query: DossierQuery = isDeadlineTab
    ? { q: filters.q || undefined, status: 'processing', page: 1, pageSize: deadlineScan }
    : {
        q: filters.q || undefined,
        status: filters.status,
        unitId: filters.tab === 'unit' ? (unitId ?? undefined) : undefined,
        page: filters.page,
        pageSize: filters.pageSize,
      };
  const list = useApiQuery(JSON.stringify(query), (signal) => dossiersApi.list(query, signal));

  let page: Page<DossierSummary> | undefined = list.data;
  if (list.data && isDeadlineTab) {
    const now = Date.now();
    const kept = list.data.items
      .filter((dossier) => (filters.tab === 'overdue' ? isOverdue(dossier, now) : isDueSoon(dossier, 2, now)))
      .sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''));
    const start = (filters.page - 1) * filters.pageSize;
    page = { items: kept.slice(start, start + filters.pageSize), total: kept.length, page: filters.page, pageSize: filters.pageSize };
  }
  const truncated = isDeadlineTab && (list.data?.total ?? 0) > deadlineScan;
  return { page, loading: list.loading, reload: list.reload, truncated };
}
