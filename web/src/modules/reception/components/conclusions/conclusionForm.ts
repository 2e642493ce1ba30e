import type { ConclusionBody } from '../../api/receptionApi';
import { optionalText } from '../../receptionText';

export type BeneficiaryValues = { name?: string; email?: string; phone?: string };
export type DueMode = 'days' | 'date';
export type ConclusionValues = {
  text?: string;
  publicText?: string;
  ownerUnitId?: string;
  ownerName?: string;
  dueMode?: DueMode;
  dueOn?: string;
  workingDays?: number | null;
  expectedEvidence?: string;
  beneficiaries?: BeneficiaryValues[];
};

/** A new conclusion: owned by the unit that holds the session or dialogue, due in 15 working days. */
export const newConclusion = (ownerUnitId?: string): ConclusionValues => ({
  ownerUnitId,
  dueMode: 'days',
  workingDays: 15,
  beneficiaries: [],
});

/** The conclusion the server takes: a due date or a number of working days (not both), the citizens to ask. */
export function toConclusion(values: ConclusionValues): ConclusionBody {
  const beneficiaries = (values.beneficiaries ?? []).map((beneficiary) => {
    const email = optionalText(beneficiary.email);
    const phone = optionalText(beneficiary.phone)?.replace(/[\s.-]/g, '');
    return { name: optionalText(beneficiary.name) ?? '', ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
  });
  const due =
    values.dueMode === 'date'
      ? values.dueOn
        ? { dueOn: values.dueOn }
        : {}
      : typeof values.workingDays === 'number'
        ? { workingDays: values.workingDays }
        : {};
  return {
    text: optionalText(values.text) ?? '',
    publicText: optionalText(values.publicText) ?? '',
    ownerUnitId: values.ownerUnitId ?? '',
    ownerName: optionalText(values.ownerName) ?? '',
    ...due,
    expectedEvidence: optionalText(values.expectedEvidence) ?? '',
    beneficiaries,
  };
}
