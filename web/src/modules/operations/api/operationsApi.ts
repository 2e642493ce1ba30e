import type { JobView } from '@contracts/jobs';
import type { OperationsView, OutboxMessageView, OutboxQuery } from '@contracts/operations';
import { api, type Page } from '../../../platform/api/client';

export type OutboxFilter = Pick<OutboxQuery, 'status' | 'channel' | 'page' | 'pageSize'>;

/** Readiness and backups, "back up now" (a job), and the outgoing messages that did not go out. */
export const operationsApi = {
  overview: (signal?: AbortSignal) => api.get<OperationsView>('/operations', { signal }),
  backUpNow: () => api.post<JobView>('/operations/backups'),
  outbox: (query: OutboxFilter, signal?: AbortSignal) => api.get<Page<OutboxMessageView>>('/operations/outbox', { query, signal }),
  retry: (id: string) => api.post<void>(`/operations/outbox/${encodeURIComponent(id)}/retry`),
};
