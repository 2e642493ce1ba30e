import { useApiQuery } from '../../../platform/api/useApiQuery';
import type { UnitListQuery } from '@contracts/org';
import { unitsApi } from '../api/unitsApi';

export function useUnitList(query: UnitListQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => unitsApi.list(query, signal));
}
