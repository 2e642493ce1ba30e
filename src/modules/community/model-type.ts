import { modelEventTypes, modelStatuses } from '../../contracts/mobilisation-models.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { CommunityError } from './community.errors.js';
import { mobilisationModelEvents, mobilisationModels } from './community.tables.js';

type Status = (typeof modelStatuses)[number];
type Event = (typeof modelEventTypes)[number];

/**
 * A "Dân vận khéo" model on the case core: registered, launched (ra mắt), followed and evaluated
 * each year with evidence, recognised by a level (again by a higher one), replicated by other
 * models, or discontinued.
 */
export const modelType = defineCaseType({
  name: 'mobilisation_model',
  statuses: modelStatuses,
  events: modelEventTypes,
  transitions: {
    registered: { from: [null], to: 'registered' },
    launched: { from: ['registered'], to: 'launched' },
    monitored: { from: ['launched', 'recognised'], to: 'same' },
    evaluated: { from: ['launched', 'recognised'], to: 'same' },
    recognised: { from: ['launched', 'recognised'], to: 'recognised' },
    replicated: { from: ['registered', 'launched', 'recognised'], to: 'same' },
    discontinued: { from: ['registered', 'launched', 'recognised'], to: 'discontinued' },
  } satisfies TransitionTable<Status, Event>,
  transitionError: CommunityError.CASE_STEP_NOT_ALLOWED,
});

export const modelStore: CaseStore<Status, Event> = { type: modelType, cases: mobilisationModels, events: mobilisationModelEvents };
