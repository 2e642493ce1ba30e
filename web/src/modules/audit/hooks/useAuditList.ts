import { useApiQuery } from '../../../platform/api/useApiQuery';
import { auditApi, type AuditQuery } from '../api/auditApi';

export function useAuditList(query: AuditQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => auditApi.list(query, signal));
}
