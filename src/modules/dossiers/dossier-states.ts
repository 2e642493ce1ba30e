/**
 * The dossier as a case type of the case core: its statuses and events (the shared contract),
 * and one typed transition table saying which event may happen in which status and where it
 * leads. The status column is never written by hand: the core derives it from this table (with
 * the national status code) whenever an event is appended.
 */
import { defineCaseType, type TransitionTable } from '../cases/index.js';
import {
  dossierEventTypes,
  dossierStatuses,
  nationalStatusCode,
  type DossierEventType,
  type DossierStatus,
} from '../../contracts/dossiers.js';
import { DossierError } from './dossiers.errors.js';

export {
  actionEvents,
  dossierActionNames,
  dossierEventTypes,
  dossierStatuses,
  nationalStatusCode,
  type DossierActionName,
  type DossierEventType,
  type DossierStatus,
} from '../../contracts/dossiers.js';

const transitions = {
  submitted_online: { from: [null], to: 'submitted' },
  received: { from: [null, 'submitted'], to: 'processing' },
  guided: { from: [null, 'submitted'], to: 'guided' },
  refused_at_intake: { from: [null, 'submitted'], to: 'refused' },
  supplement_requested: { from: ['processing'], to: 'supplement_requested' },
  supplement_received: { from: ['supplement_requested'], to: 'processing' },
  payment_requested: { from: ['processing'], to: 'awaiting_payment' },
  payment_received: { from: ['awaiting_payment'], to: 'processing' },
  handed_over: { from: ['processing'], to: 'same' },
  returned_to_step: { from: ['processing'], to: 'same' },
  rescheduled: { from: ['processing', 'supplement_requested', 'awaiting_payment'], to: 'same' },
  approved: { from: ['processing'], to: 'result_ready' },
  stopped: { from: ['processing', 'supplement_requested', 'awaiting_payment'], to: 'stopped' },
  withdrawn: { from: ['submitted', 'processing', 'supplement_requested', 'awaiting_payment'], to: 'withdrawn' },
  returned: { from: ['result_ready', 'stopped'], to: 'returned' },
} as const satisfies TransitionTable<DossierStatus, DossierEventType>;

export const dossierCase = defineCaseType({
  name: 'dossier',
  statuses: dossierStatuses,
  events: dossierEventTypes,
  transitions,
  derive: (status) => ({ nationalStatus: nationalStatusCode[status] }),
  transitionError: DossierError.DOSSIER_TRANSITION_NOT_ALLOWED,
  refusalError: (status, event) => (status === 'returned' && event === 'returned' ? DossierError.DOSSIER_ALREADY_RETURNED : undefined),
});

/** Folds an event history into its status; throws on a history the table does not allow. */
export const foldStatus = dossierCase.foldStatus;
