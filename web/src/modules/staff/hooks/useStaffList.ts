import { useApiQuery } from '../../../platform/api/useApiQuery';
import type { StaffListQuery } from '@contracts/org';
import { staffApi } from '../api/staffApi';

export function useStaffList(query: StaffListQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => staffApi.list(query, signal));
}
