import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { getDialogue } from '../dialogues.repository.js';
import { PetitionPermission } from '../petitions.policy.js';
import { dialogueLetter, visitLetter, type VisitLetter } from '../reception-letters.js';
import { getVisit } from '../reception.repository.js';
import { issuerOf, render, type LetterFormat, type RenderedLetter } from './render-petition-letter.js';

/** A log entry's refusal notice or receipt, as PDF or DOCX (a protected entry's citizen left blank). */
export async function renderVisitLetter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  input: { visitId: string; letter: VisitLetter; format: LetterFormat },
): Promise<RenderedLetter> {
  const visit = await getVisit(deps.db, input.visitId);
  await deps.access.require(principal, PetitionPermission['reception.read'], visit.unitId);
  const issuer = await issuerOf(deps.db, visit.unitId, visit.visitedAt);
  return render(visitLetter(visit, input.letter, issuer), `tiep-cong-dan-${visit.year}-${visit.entryNo}-${input.letter}`, input.format);
}

/** A dialogue's written invitation or minutes, as PDF or DOCX. */
export async function renderDialogueLetter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  input: { dialogueId: string; letter: 'invitation' | 'minutes'; format: LetterFormat },
): Promise<RenderedLetter> {
  const dialogue = await getDialogue(deps.db, input.dialogueId);
  await deps.access.require(principal, PetitionPermission['reception.read'], dialogue.unitId);
  const issuer = await issuerOf(deps.db, dialogue.unitId, dialogue.heldAt ?? dialogue.invitationSentAt ?? dialogue.plannedAt);
  return render(dialogueLetter(dialogue, input.letter, issuer), `doi-thoai-${dialogue.id.slice(0, 8)}-${input.letter}`, input.format);
}
