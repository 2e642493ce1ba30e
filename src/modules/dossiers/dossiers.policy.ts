import { definePermissions } from '../../platform/auth/access.js';

/** Who does what with dossiers, at the units in their reach. */
export const DossierPermission = definePermissions({
  'dossiers.read': ['counter_officer', 'specialist', 'leader', 'supervisor', 'administrator'],
  'dossiers.receive': ['counter_officer', 'leader'],
  'dossiers.process': ['specialist', 'leader'],
  'dossiers.approve': ['leader'],
  'dossiers.return': ['counter_officer', 'leader'],
});
