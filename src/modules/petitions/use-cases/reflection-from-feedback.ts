import { and, eq, sql } from 'drizzle-orm';
import type { Petition } from '../../../contracts/petitions.js';
import type { CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { findFeedbackItem } from '../../ratings/index.js';
import { recordInBook } from '../petition-book.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { petitionEvents } from '../petitions.tables.js';

/**
 * Opens a reflection in the petition book from a citizen's feedback on an unsatisfying counter
 * transaction (the "rating" channel): the comment as its content, received when the feedback was
 * given; a rating is anonymous, so is the reflection. One reflection per feedback item.
 */
export async function openReflectionFromFeedback(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  feedbackId: string,
  now: Date = new Date(),
): Promise<Petition> {
  const { db, access } = deps;
  const feedback = await findFeedbackItem(db, feedbackId);
  if (!feedback) throw new DomainError(PlatformError.NOT_FOUND);
  await access.require(principal, PetitionPermission['petitions.receive'], feedback.unitId);
  const [opened] = await db
    .select({ id: petitionEvents.caseId })
    .from(petitionEvents)
    .where(and(eq(petitionEvents.type, 'received'), sql`${petitionEvents.data}->>'feedbackId' = ${feedback.id}`))
    .limit(1);
  if (opened) throw new DomainError(PetitionError.FEEDBACK_ALREADY_OPENED, { id: opened.id });
  const id = await recordInBook(
    db,
    context,
    {
      unitId: feedback.unitId,
      channel: 'rating',
      kind: 'reflection',
      receivedAt: new Date(feedback.openedAt).toISOString(),
      contentSummary: `Phản ánh khi đánh giá${feedback.dossierCode ? ` hồ sơ ${feedback.dossierCode}` : ''}: ${feedback.comment}`,
      signerCount: 1,
      isAnonymous: true,
    },
    now,
    undefined,
    { feedbackId: feedback.id },
  );
  return getPetition(db, id);
}
