import { and, eq } from 'drizzle-orm';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AppDeps } from '../../../platform/http/deps.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { calendarFor } from '../../calendar/index.js';
import { findCounterTransaction } from '../../dossiers/index.js';
import { RatingError } from '../ratings.errors.js';
import type { RatingDetails } from '../../../contracts/ratings.js';
import { ratings } from '../ratings.tables.js';
import { openFeedbackIfNeeded } from './open-feedback.js';

/** How long after the four-choice answer the kiosk may still add the attitude, timeliness and a comment. */
export const DETAILS_WINDOW_MS = 5 * 60_000;

/** The kiosk's second screen: details added to the rating it has just recorded, within a short window. */
export async function addRatingDetails(
  deps: Pick<AppDeps, 'db'>,
  context: CommandContext,
  input: { ratingId: string; kioskId: string; details: RatingDetails; now?: Date },
) {
  const { db } = deps;
  const [existing] = await db
    .select()
    .from(ratings)
    .where(and(eq(ratings.id, input.ratingId), eq(ratings.kioskId, input.kioskId)));
  if (!existing) throw new DomainError(RatingError.RATING_NOT_FOUND);
  const now = input.now ?? new Date();
  if (now.getTime() - Date.parse(existing.ratedAt) > DETAILS_WINDOW_MS || existing.version > 1)
    throw new DomainError(RatingError.RATING_DETAILS_CLOSED);
  const calendar = await calendarFor(db, existing.unitId);
  const transaction = await findCounterTransaction(db, existing.dossierId, existing.transaction);
  return runCommand(db, context, async (tx, audit) => {
    const [rating] = await tx
      .update(ratings)
      .set({
        attitude: input.details.attitude ?? null,
        timeliness: input.details.timeliness ?? null,
        comment: input.details.comment || null,
        version: existing.version + 1,
      })
      .where(and(eq(ratings.id, existing.id), eq(ratings.version, existing.version)))
      .returning();
    if (!rating) throw new DomainError(RatingError.RATING_DETAILS_CLOSED);
    audit.record({
      action: 'rating.details',
      entity: 'rating',
      entityId: rating.id,
      after: { attitude: rating.attitude, timeliness: rating.timeliness, hasComment: rating.comment !== null },
    });
    const feedbackItemId = await openFeedbackIfNeeded(tx, audit, calendar, rating, transaction?.dossierCode ?? null);
    return { ...rating, feedbackItemId };
  });
}
