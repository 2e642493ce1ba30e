import { allStaffRoles, definePermissions } from '../../platform/auth/access.js';

/** The catalogue is deployment-wide: administrators of the whole deployment manage it. */
export const CatalogPermission = definePermissions({
  'catalog.read': allStaffRoles,
  'catalog.manage': ['administrator'],
});
