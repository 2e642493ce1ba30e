import type { PetitionField } from '@contracts/petitions';
import type { citizenRoles, RefusalReason, VisitNature, VisitOutcome } from '@contracts/reception';
import type { VisitBody } from '../../api/receptionApi';
import { optionalText } from '../../receptionText';

export type CitizenRole = (typeof citizenRoles)[number];
export type CitizenValues = { fullName?: string; idNumber?: string; address?: string; role?: CitizenRole };

/** The session picker's value for regular reception (by the reception officers, no session). */
export const REGULAR = 'regular';

export type VisitValues = {
  sessionId?: string;
  citizens?: CitizenValues[];
  peopleCount?: number | null;
  contentSummary?: string;
  nature?: VisitNature;
  field?: PetitionField;
  outcome?: VisitOutcome;
  outcomeTo?: string;
  refusalReason?: RefusalReason;
  documents?: string[];
};

export const emptyCitizen: CitizenValues = { role: 'self' };

/** A fresh entry: one citizen who came for themself, one person, answered on the spot. */
export const newVisitValues = (sessionId: string): VisitValues => ({
  sessionId,
  citizens: [{ ...emptyCitizen }],
  peopleCount: 1,
  outcome: 'answered',
  documents: [],
});

/** The entry the server takes from the form: empty fields left out, the session only when one is chosen, the officer by name. */
export function toVisit(unitId: string, values: VisitValues, officerName?: string): VisitBody {
  const citizens = (values.citizens ?? []).map((citizen) => {
    const idNumber = optionalText(citizen.idNumber);
    const address = optionalText(citizen.address);
    return {
      fullName: citizen.fullName?.trim() ?? '',
      ...(idNumber ? { idNumber } : {}),
      ...(address ? { address } : {}),
      role: citizen.role ?? 'self',
    };
  });
  const outcomeTo = optionalText(values.outcomeTo);
  const guidedOrTransferred = values.outcome === 'guided' || values.outcome === 'transferred';
  const documents = (values.documents ?? []).map((document) => document.trim()).filter((document) => document.length > 0);
  return {
    unitId,
    ...(values.sessionId && values.sessionId !== REGULAR ? { sessionId: values.sessionId } : {}),
    citizens,
    peopleCount: values.peopleCount ?? 1,
    contentSummary: values.contentSummary?.trim() ?? '',
    nature: values.nature ?? 'other',
    ...(values.field ? { field: values.field } : {}),
    outcome: values.outcome ?? 'answered',
    ...(guidedOrTransferred && outcomeTo ? { outcomeTo } : {}),
    ...(values.outcome === 'refused' && values.refusalReason ? { refusalReason: values.refusalReason } : {}),
    documents,
    ...(officerName ? { officerName } : {}),
  };
}
