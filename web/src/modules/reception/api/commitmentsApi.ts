import type { Commitment, CommitmentStatus, CommitmentStep } from '@contracts/dialogues';
import { api, ifMatch, type Page } from '../../../platform/api/client';

export type CommitmentQuery = { unitId?: string; status?: CommitmentStatus; overdue?: 'true' | 'false'; page?: number; pageSize?: number };

const path = (id: string) => `/commitments/${encodeURIComponent(id)}`;

/** The commitments made by dialogues and sessions, and the owner's reports on them. */
export const commitmentsApi = {
  list: (query: CommitmentQuery, signal?: AbortSignal) => api.get<Page<Commitment>>('/commitments', { query, signal }),
  get: async (id: string, signal?: AbortSignal) => {
    const { data, version } = await api.getVersioned<Commitment>(path(id), { signal });
    return { data, version: version ?? data.version };
  },
  /** Progress, done (both with evidence) or cancelled, sent with the version shown. */
  step: (id: string, version: number, body: CommitmentStep) =>
    api.post<Commitment>(`${path(id)}/steps`, body, { headers: ifMatch(version) }),
};
