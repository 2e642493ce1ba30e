import type { AppDeps } from '../../platform/http/deps.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames, selectNearbyUnitsOfType } from '../org/index.js';
import type { UnitChoice } from './pages/place-choice.js';
import { receivingUnits } from './receiving-units.js';

/**
 * The units whose reception calendar and commitments a citizen can look up: the current communes,
 * wards and special zones of the deployment (as for a submission), and the agencies (departments)
 * of their provinces, each under its province.
 */
export async function publicUnits(db: AppDeps['db'], deploymentUnitCode: string | undefined): Promise<UnitChoice[]> {
  const communes = await receivingUnits(db, deploymentUnitCode);
  const provinces = new Map<string, string | null>();
  for (const unit of communes) if (unit.provinceId) provinces.set(unit.provinceId, unit.provinceName);
  const date = todayInVietnam();
  const agencies = (
    await Promise.all(
      [...provinces.keys()].map((provinceId) =>
        selectNearbyUnitsOfType(db, { type: 'department', unitId: provinceId, ancestorIds: [], date }),
      ),
    )
  ).flat();
  const names = await findUnitNames(
    db,
    agencies.map((agency) => agency.id),
  );
  return [
    ...communes,
    ...agencies.map((agency) => ({
      id: agency.id,
      name: names.get(agency.id) ?? '',
      provinceId: agency.parentId,
      provinceName: agency.parentId ? (provinces.get(agency.parentId) ?? null) : null,
    })),
  ];
}
