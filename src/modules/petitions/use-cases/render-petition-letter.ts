import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { renderLetterPdf, type Letter } from '../../../platform/documents/letter.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { getAgencyProfile } from '../../org/index.js';
import { handlingLetter, settlementLetter, type Issuer, type SettlementLetter } from '../petition-letters.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { getSettlement } from '../settlements.repository.js';
import { petitionEvents } from '../petitions.tables.js';
import { selectCaseEvents } from '../../cases/index.js';
import type { PetitionEventType } from '../../../contracts/petitions.js';

export type LetterFormat = 'pdf' | 'docx';
export type RenderedLetter = { body: Buffer; filename: string; contentType: string };

const contentTypes: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function issuerOf(db: Db, unitId: string, issuedAt: string): Promise<Issuer> {
  const profile = await getAgencyProfile(db, unitId);
  return {
    header: {
      ...(profile.superiorHeading ? { superiorHeading: profile.superiorHeading } : {}),
      agencyHeading: profile.heading,
      agencyName: profile.agencyName,
      place: profile.placeName,
      issuedAt,
    },
    headOfUnit: `${profile.headTitle} ${profile.agencyName}`,
    signerTitle: profile.headTitle,
  };
}

export async function render(letter: Letter | undefined, name: string, format: LetterFormat): Promise<RenderedLetter> {
  if (!letter) throw new DomainError(PetitionError.LETTER_NOT_AVAILABLE);
  // The DOCX engine is loaded with the first DOCX letter, not when the server starts.
  const body =
    format === 'pdf'
      ? await renderLetterPdf(letter)
      : await (await import('../../../platform/documents/letter-docx.js')).renderLetterDocx(letter);
  return { body, filename: `${name}.${format}`, contentType: contentTypes[format] };
}

/** The letter of a petition's handling outcome (proposal to accept, guidance, transfer, return), as PDF or DOCX. */
export async function renderHandlingLetter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  input: { petitionId: string; format: LetterFormat },
  now: Date = new Date(),
): Promise<RenderedLetter> {
  const petition = await getPetition(deps.db, input.petitionId);
  await deps.access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
  const events = await selectCaseEvents<PetitionEventType>(deps.db, petitionEvents, petition.id);
  const last = events.at(-1);
  const issuer = await issuerOf(deps.db, petition.unitId, last?.type === 'urged' ? last.at : (petition.handledAt ?? now.toISOString()));
  const name = `don-${petition.year}-${petition.bookNo}-${last?.type === 'urged' ? 'urged' : petition.status}`;
  return render(handlingLetter(petition, issuer, last?.type), name, input.format);
}

/** A settlement's letter: the acceptance notice, the notice to the person denounced (content only), the answer or result. */
export async function renderSettlementLetter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  input: { settlementId: string; letter: SettlementLetter; format: LetterFormat },
  now: Date = new Date(),
): Promise<RenderedLetter> {
  const settlement = await getSettlement(deps.db, input.settlementId);
  await deps.access.require(principal, PetitionPermission['petitions.read'], settlement.unitId);
  const petition = await getPetition(deps.db, settlement.petitionId);
  const issuedAt = input.letter === 'answer' ? (settlement.decidedAt ?? now.toISOString()) : settlement.acceptedAt;
  const issuer = await issuerOf(deps.db, settlement.unitId, issuedAt);
  const name = `giai-quyet-${petition.year}-${petition.bookNo}-${input.letter.replaceAll('_', '-')}`;
  return render(settlementLetter(input.letter, petition, settlement, issuer), name, input.format);
}
