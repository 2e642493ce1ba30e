import { useApiQuery } from '../../../platform/api/useApiQuery';
import { unitsApi } from '../api/unitsApi';

/** One unit with its successions; nothing is loaded while `id` is null. */
export function useUnitDetail(id: string | null) {
  return useApiQuery(id, (signal) => unitsApi.get(id ?? '', signal));
}
