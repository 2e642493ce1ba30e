import type { Unit } from '@contracts/org';
import { useApiQuery } from '../../../platform/api/useApiQuery';
import { useUnitScope } from '../../../platform/scope/useUnitScope';
import { unitsApi } from '../../units/api/unitsApi';

export type CommuneOption = { value: string; label: string };
const communeTypes: ReadonlySet<Unit['type']> = new Set(['commune', 'ward', 'special_zone']);

/**
 * The communes (wards, special zones) the working unit answers for: the unit itself when it is one,
 * else its communes. What disclosures, consultations, conferences and imports are entered for.
 */
export function useCommunes(): { communes: CommuneOption[]; loading: boolean; firstId: string | undefined } {
  const { current } = useUnitScope();
  const unitId = current?.id ?? null;
  const unit = useApiQuery(unitId ? `unit:${unitId}` : null, (signal) => unitsApi.get(unitId ?? '', signal), { silent: true });
  const isCommune = unit.data ? communeTypes.has(unit.data.type) : false;
  const children = useApiQuery(unit.data && !isCommune ? `unit-children:${unit.data.id}` : null, (signal) =>
    unitsApi.list({ parentId: unitId ?? undefined, pageSize: 200 }, signal),
  );
  const communes = isCommune
    ? [{ value: unit.data?.id ?? '', label: unit.data?.name ?? '' }]
    : (children.data?.items ?? []).filter((child) => communeTypes.has(child.type)).map((child) => ({ value: child.id, label: child.name }));
  return { communes, loading: unit.loading || children.loading, firstId: communes[0]?.value };
}
