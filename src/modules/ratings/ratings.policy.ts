import { definePermissions } from '../../platform/auth/access.js';

/** Who does what with ratings and feedback, at the units in their reach. */
export const RatingPermission = definePermissions({
  'ratings.read': ['counter_officer', 'specialist', 'leader', 'supervisor', 'administrator'],
  'ratings.kiosk': ['counter_officer', 'leader'],
  'feedback.answer': ['leader'],
});
