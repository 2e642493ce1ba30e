import { definePermissions } from '../../platform/auth/access.js';

export const ReportPermission = definePermissions({
  'reports.read': ['counter_officer', 'specialist', 'leader', 'supervisor', 'administrator', 'reception_officer', 'mobilisation_officer'],
});
