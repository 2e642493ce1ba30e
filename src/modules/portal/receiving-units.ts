import type { AppDeps } from '../../platform/http/deps.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitByCode, selectCurrentCommunes } from '../org/index.js';
import type { UnitChoice } from './pages/place-choice.js';

/** Where a citizen may submit online: the current communes, wards and special zones of the deployment's unit, with their province. */
export async function receivingUnits(db: AppDeps['db'], deploymentUnitCode: string | undefined): Promise<UnitChoice[]> {
  const root = deploymentUnitCode ? await findUnitByCode(db, deploymentUnitCode) : undefined;
  // Every current commune of the country at most (about 3,300 since July 2025).
  const units = await selectCurrentCommunes(db, { date: todayInVietnam(), underPath: root?.path, limit: 10_000 });
  return units.map((unit) => ({ id: unit.id, name: unit.name, provinceId: unit.parentId, provinceName: unit.parentName }));
}
