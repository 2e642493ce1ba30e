import { addWorkingDays, type WorkingCalendar } from '../../calendar/index.js';
import type { AuditTrail } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/types.js';
import { feedbackItems, type ratings } from '../ratings.tables.js';

/** Working days the unit's leader has to answer a feedback item (Decision 766, group 5.2: answer ≤ 15 working days). */
export const FEEDBACK_ANSWER_WORKING_DAYS = 15;

type RatingRow = typeof ratings.$inferSelect;

/**
 * An unsatisfied rating with a comment opens a feedback item for the unit's leader, once,
 * with its answer deadline counted on the unit's working calendar.
 */
export async function openFeedbackIfNeeded(
  tx: Tx,
  audit: AuditTrail,
  calendar: WorkingCalendar,
  rating: RatingRow,
  dossierCode: string | null,
): Promise<string | null> {
  if (rating.level !== 'unsatisfied' || !rating.comment) return null;
  const openedAt = new Date(rating.ratedAt);
  if (Number.isNaN(openedAt.getTime())) throw new Error('rating without a time');
  const [item] = await tx
    .insert(feedbackItems)
    .values({
      ratingId: rating.id,
      unitId: rating.unitId,
      dossierId: rating.dossierId,
      dossierCode,
      officerName: rating.officerName,
      comment: rating.comment,
      status: 'open',
      openedAt: openedAt.toISOString(),
      dueAt: new Date(addWorkingDays(calendar, openedAt, FEEDBACK_ANSWER_WORKING_DAYS)).toISOString(),
    })
    .onConflictDoNothing()
    .returning();
  if (!item) return null;
  audit.record({
    action: 'feedback.open',
    entity: 'feedback_item',
    entityId: item.id,
    after: { ratingId: item.ratingId, unitId: item.unitId, dueAt: item.dueAt },
  });
  return item.id;
}
