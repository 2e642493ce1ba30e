import { useCallback, useState } from 'react';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import type { StaffListQuery } from '@contracts/org';

export type StaffFilters = {
  q: string;
  unit: { id: string; name: string } | null;
  page: number;
  pageSize: number;
};

/** The staff list filters; the unit starts at, and follows, the header's unit switcher. */
export function useStaffFilters() {
  const { current } = useUnitScope();
  const scopeId = current?.id ?? null;
  const scopeUnit = current?.id ? { id: current.id, name: current.name ?? current.id } : null;
  const [filters, setFilters] = useState<StaffFilters>({ q: '', unit: scopeUnit, page: 1, pageSize: 20 });
  const [seenScope, setSeenScope] = useState(scopeId);
  if (seenScope !== scopeId) {
    setSeenScope(scopeId);
    setFilters((previous) => ({ ...previous, unit: scopeUnit, page: 1 }));
  }

  const update = useCallback((changes: Partial<StaffFilters>) => {
    setFilters((previous) => ({ ...previous, page: 1, ...changes }));
  }, []);

  const query: StaffListQuery = {
    q: filters.q || undefined,
    unitId: filters.unit?.id,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  return { filters, query, update };
}
