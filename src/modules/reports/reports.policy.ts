import { definePermissions } from '../../platform/auth/access.js';

export const ReportPermission = definePermissions({
  'reports.read': ['counter_officer', 'specialist', 'leader', 'supervisor', 'administrator', 'reception_officer', 'mobilisation_officer'],
  /** Draft a report, write its free text, declare a unit's indicators and opening balances. */
  'reports.write': ['leader', 'reception_officer', 'mobilisation_officer', 'specialist'],
  /** Sign (freeze) and send a report: the unit's head or deputy. */
  'reports.sign': ['leader'],
});
