import type { Unit } from '@contracts/org';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import { unitsApi } from '../../units/api/unitsApi';

export type VillageOption = { value: string; label: string };

/**
 * The villages and residential groups of the working unit (a commune's, or the unit itself when it
 * is one): what teams, cases and filters are chosen among.
 */
export function useVillages(): { unitId: string | null; villages: VillageOption[]; loading: boolean; nameOf: (id: string) => string } {
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const list = useApiQuery(unitId ? `villages:${unitId}` : null, (signal) =>
    unitsApi.list({ parentId: unitId ?? undefined, type: 'village', pageSize: 200 }, signal),
  );
  const items: Unit[] = list.data?.items ?? [];
  const villages = items.map((unit) => ({ value: unit.id, label: unit.name }));
  const nameOf = (id: string) => villages.find((village) => village.value === id)?.label ?? (id === unitId ? (current?.name ?? id) : '');
  return { unitId, villages, loading: list.loading, nameOf };
}
