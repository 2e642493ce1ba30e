import { useApiQuery } from '../../../platform/api/useApiQuery';
import type { AuditQuery } from '@contracts/audit';
import { auditApi } from '../api/auditApi';

export function useAuditList(query: AuditQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => auditApi.list(query, signal));
}
