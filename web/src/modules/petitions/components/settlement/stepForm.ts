import type { ComplexityCriterion, SettlementResult, SettlementStep } from '@contracts/settlements';
import { vietnamLocalToIso } from '../../../../platform/format/dates';

type StepName = SettlementStep['step'];
type Recipient = Extract<SettlementStep, { step: 'notify' }>['recipients'][number];

export type StepValues = {
  step?: StepName;
  at?: string;
  recipients?: Recipient[];
  assignee?: string;
  decisionRef?: string;
  reportRef?: string;
  findingsDifferFromClaim?: boolean;
  minutesRef?: string;
  attendance?: 'held' | 'petitioner_absent';
  days?: number | null;
  criteria?: ComplexityCriterion[];
  reason?: string;
  scope?: 'whole' | 'part';
  note?: string;
  evidentViolation?: boolean;
  coerced?: boolean;
  result?: SettlementResult;
  summary?: string;
  remedies?: {
    moneyToStateMillion?: number | null;
    moneyToCitizensMillion?: number | null;
    landM2?: number | null;
    personsDisciplined?: number | null;
    personsToInvestigation?: number | null;
  };
  how?: string;
  to?: string;
};

const trimmed = (value: string | undefined) => value?.trim() ?? '';
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const amount = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

/** The remedies when any is given; none for an answer to a recommendation. */
function remediesOf(values: StepValues) {
  const r = values.remedies;
  if (!r) return undefined;
  const remedies = {
    moneyToStateMillion: amount(r.moneyToStateMillion),
    moneyToCitizensMillion: amount(r.moneyToCitizensMillion),
    landM2: amount(r.landM2),
    personsDisciplined: amount(r.personsDisciplined),
    personsToInvestigation: amount(r.personsToInvestigation),
  };
  return Object.values(remedies).some((value) => value > 0) ? remedies : undefined;
}

/** The step the server takes from the form's values (the time only when given). */
export function toStep(step: StepName, values: StepValues): SettlementStep {
  const at = values.at ? { at: vietnamLocalToIso(values.at) } : {};
  const decisionRef = trimmed(values.decisionRef);
  switch (step) {
    case 'notify':
      return { step, ...at, recipients: values.recipients ?? [] };
    case 'assign_verification': {
      const ref = optional(values.decisionRef);
      return { step, ...at, assignee: trimmed(values.assignee), ...(ref ? { decisionRef: ref } : {}) };
    }
    case 'verify':
      return { step, ...at, reportRef: trimmed(values.reportRef), findingsDifferFromClaim: values.findingsDifferFromClaim ?? false };
    case 'dialogue':
      return { step, ...at, minutesRef: trimmed(values.minutesRef), attendance: values.attendance ?? 'held' };
    case 'extend':
      return { step, ...at, decisionRef, days: values.days ?? 0, criteria: values.criteria ?? [] };
    case 'suspend':
      return { step, ...at, decisionRef, reason: trimmed(values.reason) };
    case 'resume':
      return { step, ...at, decisionRef };
    case 'withdraw': {
      const note = optional(values.note);
      return {
        step,
        ...at,
        scope: values.scope ?? 'whole',
        ...(note ? { note } : {}),
        evidentViolation: values.evidentViolation ?? false,
        coerced: values.coerced ?? false,
      };
    }
    case 'decide': {
      const remedies = remediesOf(values);
      return {
        step,
        ...at,
        decisionRef,
        result: values.result ?? 'answered',
        summary: trimmed(values.summary),
        ...(remedies ? { remedies } : {}),
      };
    }
    case 'publish':
      return { step, ...at, how: trimmed(values.how) };
    case 'appeal':
      return { step, ...at, to: values.to === 'court' ? 'court' : 'second_instance' };
    case 'enforce':
      return { step, ...at, note: trimmed(values.note) };
    case 'terminate':
      return { step, ...at, decisionRef, reason: trimmed(values.reason) };
    case 'escalate':
      return { step, ...at, to: trimmed(values.to) };
  }
}
