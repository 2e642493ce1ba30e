import type { Unit, UnitDetail, UnitImportFormat, UnitImportResult, UnitInput, UnitListQuery, UnitPatch } from '@contracts/org';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export const unitsApi = {
  /** Left out, the status is `current` and the page the first of 20. */
  list: (query: Partial<UnitListQuery>, signal?: AbortSignal) => api.get<Page<Unit>>('/units', { query, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<UnitDetail>(`/units/${encodeURIComponent(id)}`, { signal }),
  create: (input: UnitInput) => api.post<Unit>('/units', input),
  update: (id: string, version: number, changes: UnitPatch) =>
    api.patch<Unit>(`/units/${encodeURIComponent(id)}`, changes, { headers: ifMatch(version) }),
  import: (format: UnitImportFormat, content: string, dryRun: boolean) =>
    api.post<UnitImportResult>('/units/import', { format, content, dryRun }),
};
