import { useApiQuery } from '../../../platform/api/useApiQuery';
import { unitsApi, type UnitQuery } from '../api/unitsApi';

export function useUnitList(query: UnitQuery) {
  return useApiQuery(JSON.stringify(query), (signal) => unitsApi.list(query, signal));
}
