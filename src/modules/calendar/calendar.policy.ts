import { allStaffRoles, definePermissions } from '../../platform/auth/access.js';

/** Schedules and rule switches are deployment-wide; a unit's own calendar is managed at that unit. */
export const CalendarPermission = definePermissions({
  'calendar.read': allStaffRoles,
  'calendar.manage': ['administrator'],
});
