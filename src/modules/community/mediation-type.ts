import { mediationEventTypes, mediationStatuses } from '../../contracts/community.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { CommunityError } from './community.errors.js';
import { mediationCaseEvents, mediationCases } from './community.tables.js';

type Status = (typeof mediationStatuses)[number];
type Event = (typeof mediationEventTypes)[number];

/**
 * A mediation case on the case core: received (or referred at once when outside the grassroots'
 * scope, art. 3), started, its sessions, ended in success (agreement), failure or stopped at a
 * party's request (art. 23), and followed up while the agreement is carried out (art. 26).
 */
export const mediationType = defineCaseType({
  name: 'mediation_case',
  statuses: mediationStatuses,
  events: mediationEventTypes,
  transitions: {
    received: { from: [null], to: 'received' },
    referred: { from: [null], to: 'referred' },
    started: { from: ['received'], to: 'in_progress' },
    session_held: { from: ['in_progress'], to: 'same' },
    succeeded: { from: ['in_progress'], to: 'success' },
    failed: { from: ['in_progress'], to: 'failure' },
    stopped: { from: ['in_progress'], to: 'stopped' },
    followed_up: { from: ['success'], to: 'same' },
    // Handed on with the parties' consent (a petition, a legal-aid request): the case keeps its outcome.
    escalated: { from: ['failure', 'stopped'], to: 'same' },
  } satisfies TransitionTable<Status, Event>,
  transitionError: CommunityError.CASE_STEP_NOT_ALLOWED,
});

export const mediationStore: CaseStore<Status, Event> = { type: mediationType, cases: mediationCases, events: mediationCaseEvents };
