import { legalAidEventTypes, legalAidStatuses } from '../../contracts/legal-aid.js';
import { defineCaseType, type CaseStore, type TransitionTable } from '../cases/index.js';
import { CommunityError } from './community.errors.js';
import { legalAidCases, legalAidEvents } from './community.tables.js';

type Status = (typeof legalAidStatuses)[number];
type Event = (typeof legalAidEventTypes)[number];

/**
 * A legal-aid case on the case core (Law 11/2017): accepted, the proof of eligibility received,
 * a lawyer or legal-aid officer assigned (then in progress), completed with its quality score, or
 * stopped (proof missing in time, withdrawn, not eligible) with a notice.
 */
export const legalAidType = defineCaseType({
  name: 'legal_aid_case',
  statuses: legalAidStatuses,
  events: legalAidEventTypes,
  transitions: {
    accepted: { from: [null], to: 'accepted' },
    proof_received: { from: ['accepted', 'in_progress'], to: 'same' },
    assigned: { from: ['accepted'], to: 'in_progress' },
    completed: { from: ['in_progress'], to: 'completed' },
    stopped: { from: ['accepted', 'in_progress'], to: 'stopped' },
  } satisfies TransitionTable<Status, Event>,
  transitionError: CommunityError.CASE_STEP_NOT_ALLOWED,
});

export const legalAidStore: CaseStore<Status, Event> = { type: legalAidType, cases: legalAidCases, events: legalAidEvents };

/** The clocks of Circular 12/2018/TT-BTP as amended (arts. 5–7, 11): versioned with their basis. */
export const legalAidClocks = {
  proofWorkingDays: 5,
  proofWorkingDaysDifficultArea: 10,
  assignWorkingDays: 3,
  assignHoursDetained: 12,
  legalBasis: 'Luật Trợ giúp pháp lý 2017, Điều 30–31; Thông tư 12/2018/TT-BTP, Điều 5–7, 11',
  effectiveFrom: '2018-07-01',
} as const;

/** The quality of a completed case from its score: ≥ 90 good, ≥ 70 fair, ≥ 50 satisfactory, else not. */
export function qualityOf(score: number | null): 'good' | 'fair' | 'satisfactory' | 'unsatisfactory' | null {
  if (score === null) return null;
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : score >= 50 ? 'satisfactory' : 'unsatisfactory';
}

/** The case code's form part (TV advice, TT proceedings, ĐD out of court), as in `TT.TV.01.2018` (🟡). */
export const formCodes = { advice: 'TV', proceedings: 'TT', out_of_court: 'ĐD' } as const;
