import { petitionEventTypes, petitionStatuses } from '../../contracts/petitions.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { PetitionError } from './petitions.errors.js';
import { petitionEvents, petitions } from './petitions.tables.js';

/** The petition on the case core: recorded in the book; classification and handling add their events here. */
export const petitionType = defineCaseType({
  name: 'petition',
  statuses: petitionStatuses,
  events: petitionEventTypes,
  transitions: {
    received: { from: [null], to: 'received' },
    // Classified once, and again while nothing has been done on it (a correction).
    classified: { from: ['received', 'classified'], to: 'classified' },
    // A repeat of an earlier petition on the same matter: linked, counted on the original, no clock of its own.
    linked_duplicate: { from: ['received', 'classified'], to: 'same' },
    accepted: { from: ['classified'], to: 'accepted' },
    guided: { from: ['classified'], to: 'guided' },
    transferred: { from: ['classified'], to: 'transferred' },
    returned_to_forwarder: { from: ['classified'], to: 'returned' },
    filed: { from: ['received', 'classified'], to: 'filed' },
    // A subordinate that has not reported back on a transferred petition is urged (no new status).
    urged: { from: ['transferred'], to: 'same' },
    // A mixed petition is split into one petition per content; it ends there.
    split: { from: ['received', 'classified'], to: 'split' },
    // Anonymous information goes to an inspection or check, not a denunciation case (Law 25/2018 art. 25).
    referred_for_inspection: { from: ['received', 'classified'], to: 'referred' },
  } satisfies TransitionTable<(typeof petitionStatuses)[number], (typeof petitionEventTypes)[number]>,
  transitionError: PetitionError.PETITION_TRANSITION_NOT_ALLOWED,
});

export const petitionStore: CaseStore<(typeof petitionStatuses)[number], (typeof petitionEventTypes)[number]> = {
  type: petitionType,
  cases: petitions,
  events: petitionEvents,
};
