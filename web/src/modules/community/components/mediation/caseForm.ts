import type { mediationExclusions, mediationFields, mediationGrounds } from '@contracts/community';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { optionalText } from '../../../reception/receptionText';
import type { CaseBody } from '../../api/mediationApi';

export type PartyValues = { fullName?: string; address?: string; phone?: string };
export type CaseValues = {
  teamId?: string;
  receivedAt?: string;
  grounds?: (typeof mediationGrounds)[number];
  parties?: PartyValues[];
  field?: (typeof mediationFields)[number];
  summary?: string;
  mediatorIds?: string[];
  chosenByParties?: boolean;
  exclusion?: (typeof mediationExclusions)[number];
  referredTo?: string;
};

/** A new case: two parties to fill in, asked for by a party, received now. */
export const newCaseValues = (now: string): CaseValues => ({
  receivedAt: now,
  grounds: 'party_request',
  parties: [{}, {}],
  mediatorIds: [],
  chosenByParties: false,
});

/** The case the server takes from the form: empty fields left out, the time read as Vietnam's. */
export function toCase(values: CaseValues): CaseBody {
  const parties = (values.parties ?? []).map((party) => {
    const address = optionalText(party.address);
    const phone = optionalText(party.phone);
    return { fullName: party.fullName?.trim() ?? '', ...(address ? { address } : {}), ...(phone ? { phone } : {}) };
  });
  const referredTo = optionalText(values.referredTo);
  return {
    teamId: values.teamId ?? '',
    ...(values.receivedAt ? { receivedAt: vietnamLocalToIso(values.receivedAt) } : {}),
    grounds: values.grounds ?? 'party_request',
    parties,
    field: values.field ?? 'other',
    summary: values.summary?.trim() ?? '',
    ...(values.exclusion ? { exclusion: values.exclusion } : {}),
    ...(values.exclusion && referredTo ? { referredTo } : {}),
    mediatorIds: values.mediatorIds ?? [],
    chosenByParties: values.chosenByParties ?? false,
  };
}
