import { commitmentEventTypes, commitmentStatuses } from '../../contracts/dialogues.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { commitmentEvents, commitments } from './dialogues.tables.js';
import { ReceptionError } from './reception.errors.js';

type Status = (typeof commitmentStatuses)[number];
type Event = (typeof commitmentEventTypes)[number];

/**
 * A commitment on the case core: made open, worked on with evidence, marked done (the citizens
 * concerned are then asked), confirmed, or reopened when a citizen answers that it was not done;
 * escalated to the owner's head once overdue; cancelled with a reason.
 */
export const commitmentType = defineCaseType({
  name: 'commitment',
  statuses: commitmentStatuses,
  events: commitmentEventTypes,
  transitions: {
    made: { from: [null], to: 'open' },
    progress_reported: { from: ['open', 'in_progress'], to: 'in_progress' },
    marked_done: { from: ['open', 'in_progress'], to: 'done' },
    confirmed: { from: ['done'], to: 'same' },
    reopened: { from: ['done'], to: 'open' },
    escalated: { from: ['open', 'in_progress'], to: 'same' },
    cancelled: { from: ['open', 'in_progress'], to: 'cancelled' },
  } satisfies TransitionTable<Status, Event>,
  transitionError: ReceptionError.COMMITMENT_STEP_NOT_ALLOWED,
});

export const commitmentStore: CaseStore<Status, Event> = { type: commitmentType, cases: commitments, events: commitmentEvents };
