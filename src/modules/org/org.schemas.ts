/**
 * The org module's request and response schemas are the shared contract (src/contracts/org.ts);
 * what stays here is server-only: the tree's shape rules.
 */
import type { UnitType } from '../../contracts/org.js';

/** Which unit types may sit directly under which: the tree's shape rules. */
export const allowedParents: Record<UnitType, readonly (UnitType | null)[]> = {
  province: [null],
  district: ['province'],
  commune: ['province', 'district'],
  ward: ['province', 'district'],
  special_zone: ['province', 'district'],
  village: ['commune', 'ward', 'special_zone'],
  department: ['province', 'district', 'commune', 'ward', 'special_zone', 'department'],
  service_centre: ['province', 'district', 'commune', 'ward', 'special_zone', 'department'],
};
