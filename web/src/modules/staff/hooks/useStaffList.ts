import { useApiQuery } from '../../../platform/api/useApiQuery';
import { staffApi, type StaffQuery } from '../api/staffApi';

export function useStaffList(query: StaffQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => staffApi.list(query, signal));
}
