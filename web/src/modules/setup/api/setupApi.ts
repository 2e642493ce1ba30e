import type { JobView } from '@contracts/jobs';
import type { ReferenceProvince } from '@contracts/org';
import { api, type Page } from '../../../platform/api/client';

export const setupApi = {
  provinces: (signal?: AbortSignal) => api.get<{ items: ReferenceProvince[] }>('/units/reference-provinces', { signal }),
  importUnits: (province: string | null, withHistory: boolean) => api.post<JobView>('/units/reference-import', { province, withHistory }),
  loadSampleCatalogue: () => api.post<JobView>('/procedures/load-sample', {}),
  /** How many units (of any date) and procedures the deployment has: 0 means nothing is set up yet. */
  counts: async (signal?: AbortSignal) => {
    const [units, procedures] = await Promise.all([
      api.get<Page<unknown>>('/units', { query: { status: 'all', pageSize: 1 }, signal }),
      api.get<Page<unknown>>('/procedures', { query: { pageSize: 1 }, signal }),
    ]);
    return { units: units.total, procedures: procedures.total };
  },
};
