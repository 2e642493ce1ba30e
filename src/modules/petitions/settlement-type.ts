import { settlementEventTypes, settlementStatuses } from '../../contracts/settlements.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { PetitionError } from './petitions.errors.js';
import { settlementEvents, settlements } from './settlements.tables.js';

type Status = (typeof settlementStatuses)[number];
type Event = (typeof settlementEventTypes)[number];

/**
 * The settlement of an accepted petition on the case core: accepted (thụ lý), worked on (notices,
 * verification, dialogue, extensions), suspended and resumed, then decided or terminated. What
 * follows a decision (publication, a second complaint or the court, enforcement) keeps it decided.
 */
export const settlementType = defineCaseType({
  name: 'settlement',
  statuses: settlementStatuses,
  events: settlementEventTypes,
  transitions: {
    accepted: { from: [null], to: 'in_progress' },
    notified: { from: ['in_progress', 'suspended'], to: 'same' },
    verification_assigned: { from: ['in_progress'], to: 'same' },
    verified: { from: ['in_progress'], to: 'same' },
    dialogue_held: { from: ['in_progress'], to: 'same' },
    extended: { from: ['in_progress'], to: 'same' },
    suspended: { from: ['in_progress'], to: 'suspended' },
    resumed: { from: ['suspended'], to: 'in_progress' },
    // A withdrawal is recorded; a termination decision ends the case (Mẫu 12-KN), unless the law says it goes on.
    withdrawn: { from: ['in_progress', 'suspended'], to: 'same' },
    decided: { from: ['in_progress'], to: 'decided' },
    published: { from: ['decided'], to: 'same' },
    appealed: { from: ['decided'], to: 'same' },
    enforced: { from: ['decided'], to: 'same' },
    terminated: { from: ['in_progress', 'suspended'], to: 'terminated' },
    escalated: { from: ['in_progress', 'suspended'], to: 'same' },
  } satisfies TransitionTable<Status, Event>,
  transitionError: PetitionError.SETTLEMENT_STEP_NOT_ALLOWED,
});

export const settlementStore: CaseStore<Status, Event> = { type: settlementType, cases: settlements, events: settlementEvents };
