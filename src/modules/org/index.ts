/** The org module's public surface: units (tree with history), staff, roles and access control. */
import type { App, AppDeps } from '../../platform/http/deps.js';
import { registerReferenceUnitRoutes } from './reference-units.routes.js';
import { registerStaffRoutes } from './staff.routes.js';
import { registerTokenRoutes } from './tokens.routes.js';
import { registerUnitRoutes } from './units.routes.js';

export function registerOrgRoutes(app: App, deps: AppDeps): void {
  registerUnitRoutes(app, deps);
  registerReferenceUnitRoutes(app, deps);
  registerStaffRoutes(app, deps);
  registerTokenRoutes(app, deps);
}

export { createAccessPolicy, OrgPermission, reachableUnitIds } from './org.policy.js';
export { ensureAdministrator } from './use-cases/ensure-administrator.js';
export { importReferenceUnits, type ReferenceImportReport } from './use-cases/import-reference-units.js';
export {
  administrativeLevelOf,
  ancestorUnitIds,
  findUnitNames,
  findUnitSpans,
  findSuccessorNames,
  childUnits,
  lineageUnitIds,
  lineageScopeUnitIds,
  unitIdList,
  scopeUnitIds,
  type FigureScope,
  subtreesOf,
  findUnit,
  getUnit,
  getUnitRow,
  findUnitByCode,
  selectCurrentCommunes,
  selectNearbyUnitsOfType,
  selectSubtreeUnitIds,
  selectChildUnitIdsOfType,
  subtreeUnitIds,
} from './units.repository.js';
export type { Unit, UnitType } from '../../contracts/org.js';
export { findStaffName } from './staff.repository.js';
export { OrgError } from './org.errors.js';
export { createPeopleDirectory, findEmailsOfRoles, findStaffContact, findStaffContacts, type StaffContact } from './staff-contacts.js';
export { findOneStopDepartment, getAgencyProfile, requireUnitInOperation, type AgencyProfile } from './agency-profile.js';
