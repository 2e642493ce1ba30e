import { definePermissions } from '../../platform/auth/access.js';

/** Who keeps the community registers (mediation, households, resident decisions), at the units in their reach. */
export const CommunityPermission = definePermissions({
  'community.read': ['mobilisation_officer', 'leader', 'supervisor', 'specialist'],
  'community.manage': ['mobilisation_officer', 'leader'],
});
