import { useCallback, useState } from 'react';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import type { UnitListQuery, UnitStatus, UnitType } from '@contracts/org';

export type UnitFilters = {
  q: string;
  type: UnitType | undefined;
  status: UnitStatus;
  parent: { id: string; name: string } | null;
  page: number;
  pageSize: number;
};

/**
 * The units list filters. The parent filter starts at the unit chosen in the header switcher
 * and follows it when the switcher changes; any other change goes back to page 1.
 */
export function useUnitFilters() {
  const { current } = useUnitScope();
  const scopeId = current?.id ?? null;
  const scopeParent = current?.id ? { id: current.id, name: current.name ?? current.id } : null;
  const [filters, setFilters] = useState<UnitFilters>({
    q: '',
    type: undefined,
    status: 'current',
    parent: scopeParent,
    page: 1,
    pageSize: 20,
  });
  const [seenScope, setSeenScope] = useState(scopeId);
  if (seenScope !== scopeId) {
    setSeenScope(scopeId);
    setFilters((previous) => ({ ...previous, parent: scopeParent, page: 1 }));
  }

  const update = useCallback((changes: Partial<UnitFilters>) => {
    setFilters((previous) => ({ ...previous, page: 1, ...changes }));
  }, []);

  const query: UnitListQuery = {
    q: filters.q || undefined,
    type: filters.type,
    status: filters.status,
    parentId: filters.parent?.id,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  return { filters, query, update };
}
