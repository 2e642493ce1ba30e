import type { AuditEntry, AuditQuery } from '@contracts/audit';
import { api, type Page } from '../../../platform/api/client';

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/audit', { query, signal }),
};
