import { useCallback, useState } from 'react';
import type { HandlingLevel, OnlineLevel, ProcedureListQuery } from '@contracts/catalog';

export type ProcedureFilters = {
  q: string;
  field: string | undefined;
  level: HandlingLevel | undefined;
  onlineLevel: OnlineLevel | undefined;
  published: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
};

/** The catalogue list filters; any change but paging goes back to page 1. */
export function useProcedureFilters() {
  const [filters, setFilters] = useState<ProcedureFilters>({
    q: '',
    field: undefined,
    level: undefined,
    onlineLevel: undefined,
    published: undefined,
    page: 1,
    pageSize: 20,
  });
  const update = useCallback((changes: Partial<ProcedureFilters>) => {
    setFilters((previous) => ({ ...previous, page: 1, ...changes }));
  }, []);
  const query: ProcedureListQuery = {
    q: filters.q || undefined,
    field: filters.field,
    level: filters.level,
    onlineLevel: filters.onlineLevel,
    published: filters.published,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  return { filters, query, update };
}
