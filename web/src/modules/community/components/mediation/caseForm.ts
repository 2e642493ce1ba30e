import type { mediationExclusions, mediationFields, mediationGrounds } from '@contracts/community';
import { vietnamLocalToIso } from '../../../../platform/format/dates';
import { optionalText } from '../../../reception/receptionText';
import type { CaseBody } from '../../api/mediationApi';

/** What may point to free legal aid for a party (Law 11/2017 art. 7): a hint the server reads, proven later. */
export type PartyFacts = {
  birthDate?: string;
  poorHousehold?: boolean;
  disabled?: boolean;
  ethnicMinority?: boolean;
  difficultArea?: boolean;
};
export type PartyValues = { fullName?: string; address?: string; phone?: string } & PartyFacts;

const factFlags = ['poorHousehold', 'disabled', 'ethnicMinority', 'difficultArea'] as const;

/** The facts given for a party: the birth date when filled in, the boxes ticked; nothing said is left out. */
function partyFacts(party: PartyValues): PartyFacts {
  const facts: PartyFacts = party.birthDate ? { birthDate: party.birthDate } : {};
  for (const flag of factFlags) if (party[flag] === true) facts[flag] = true;
  return facts;
}
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
    return {
      fullName: party.fullName?.trim() ?? '',
      ...(address ? { address } : {}),
      ...(phone ? { phone } : {}),
      ...partyFacts(party),
    };
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
