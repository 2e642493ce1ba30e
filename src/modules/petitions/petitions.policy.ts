import { definePermissions } from '../../platform/auth/access.js';

/** Who works with petitions, at the units in their reach. Reading an identity takes a clearance besides (identityClearances). */
export const PetitionPermission = definePermissions({
  'petitions.read': ['reception_officer', 'leader', 'supervisor'],
  'petitions.receive': ['reception_officer', 'leader', 'counter_officer'],
  /** Classify and handle petitions. */
  'petitions.process': ['reception_officer', 'leader'],
  /** Accept and settle: notices, verification, dialogue, extensions, suspension, decision, publication. */
  'petitions.settle': ['reception_officer', 'leader'],
  /** Grant and revoke identity clearances, read the identity access log. */
  'petitions.clearance': ['leader', 'administrator'],
  /** The reception log, the sessions, the dialogues and the commitments (their figures too). */
  'reception.read': ['reception_officer', 'leader', 'supervisor'],
  /** Keep the reception log at the desk, take a citizen's content in, answer the citizen. */
  'reception.record': ['reception_officer', 'leader'],
  /** Plan, publish and close the heads' reception sessions; hold dialogues and record their minutes. */
  'reception.host': ['reception_officer', 'leader'],
  /** Report on a commitment the unit owns: progress, done with evidence, cancelled. */
  'commitments.report': ['reception_officer', 'leader', 'specialist'],
});
