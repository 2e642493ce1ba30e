import { api, ifMatch, type Page } from '../../../platform/api/client';
import type { Messages } from '../../../platform/i18n/vi';

export type UnitType = keyof Messages['unitTypes'];
export const unitTypes: UnitType[] = [
  'province',
  'district',
  'commune',
  'ward',
  'special_zone',
  'village',
  'department',
  'service_centre',
];

export type UnitStatus = 'current' | 'retired' | 'all';

export type Unit = {
  id: string;
  code: string;
  name: string;
  type: UnitType;
  designation: string | null;
  parentId: string | null;
  parentName: string | null;
  depth: number;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: string | null;
  address: string | null;
  version: number;
  childCount: number;
};

export type Succession = {
  unitId: string;
  code: string;
  name: string;
  kind: string;
  share: string;
  effectiveDate: string;
};

export type UnitDetail = Unit & { predecessors: Succession[]; successors: Succession[] };

export type UnitQuery = {
  q?: string;
  type?: UnitType;
  parentId?: string;
  status?: UnitStatus;
  page?: number;
  pageSize?: number;
};

export type UnitInput = {
  code: string;
  name: string;
  type: UnitType;
  designation?: string | null;
  parentId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  legalBasis?: string | null;
  address?: string | null;
};

export type ImportFormat = 'csv' | 'json';
export type ImportResult = { imported: number; dryRun: boolean };

export const unitsApi = {
  list: (query: UnitQuery, signal?: AbortSignal) => api.get<Page<Unit>>('/units', { query, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<UnitDetail>(`/units/${encodeURIComponent(id)}`, { signal }),
  create: (input: UnitInput) => api.post<Unit>('/units', input),
  update: (id: string, version: number, changes: Partial<UnitInput>) =>
    api.patch<Unit>(`/units/${encodeURIComponent(id)}`, changes, { headers: ifMatch(version) }),
  import: (format: ImportFormat, content: string, dryRun: boolean) =>
    api.post<ImportResult>('/units/import', { format, content, dryRun }),
};
