import type { PetitionChannel, PetitionIntake, PetitionKind } from '@contracts/petitions';
import { vietnamLocalToIso } from '../../../../platform/format/dates';

export type IntakeValues = {
  unitId?: string;
  channel: PetitionChannel;
  kind: PetitionKind;
  receivedAt?: string;
  contentSummary?: string;
  forwardedBy?: string;
  forwardLetterRef?: string;
  signerCount?: number | null;
  respondent?: string;
  decisionRef?: string;
  isAnonymous?: boolean;
  petitioner?: { fullName?: string; idNumber?: string; phone?: string; address?: string; email?: string };
};

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The intake the server takes from the form's values: empty fields left out, the petitioner only when not anonymous. */
export function toIntake(values: IntakeValues): PetitionIntake {
  const isAnonymous = values.isAnonymous ?? false;
  const person = values.petitioner ?? {};
  const petitioner = {
    fullName: blank(person.fullName) ?? '',
    ...(blank(person.idNumber) ? { idNumber: blank(person.idNumber) } : {}),
    ...(blank(person.phone) ? { phone: blank(person.phone)!.replace(/[\s.-]/g, '') } : {}),
    ...(blank(person.address) ? { address: blank(person.address) } : {}),
    ...(blank(person.email) ? { email: blank(person.email) } : {}),
  };
  const forwarded = values.channel === 'forwarded';
  return {
    unitId: values.unitId ?? '',
    channel: values.channel,
    kind: values.kind,
    ...(values.receivedAt ? { receivedAt: vietnamLocalToIso(values.receivedAt) } : {}),
    contentSummary: blank(values.contentSummary) ?? '',
    ...(forwarded && blank(values.forwardedBy) ? { forwardedBy: blank(values.forwardedBy) } : {}),
    ...(forwarded && blank(values.forwardLetterRef) ? { forwardLetterRef: blank(values.forwardLetterRef) } : {}),
    ...(blank(values.respondent) ? { respondent: blank(values.respondent) } : {}),
    ...(values.kind === 'complaint' && blank(values.decisionRef) ? { decisionRef: blank(values.decisionRef) } : {}),
    signerCount: values.signerCount ?? 1,
    isAnonymous,
    ...(isAnonymous ? {} : { petitioner }),
  };
}
