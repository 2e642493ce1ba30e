import { definePermissions } from '../../platform/auth/access.js';

/** Who does what with dossiers, at the units in their reach. */
export const DossierPermission = definePermissions({
  'dossiers.read': ['counter_officer', 'specialist', 'leader', 'supervisor', 'administrator'],
  'dossiers.receive': ['counter_officer', 'leader'],
  'dossiers.process': ['specialist', 'leader'],
  'dossiers.approve': ['leader'],
  'dossiers.return': ['counter_officer', 'leader'],
  /** The counter's own queue: online submissions to check, supplements to receive, results to return. */
  'dossiers.counter_queue': ['counter_officer'],
  /** A step of a procedure waits for whoever holds its role at its unit: one permission per step role. */
  'dossiers.step.counter_officer': ['counter_officer'],
  'dossiers.step.specialist': ['specialist'],
  'dossiers.step.leader': ['leader'],
});
