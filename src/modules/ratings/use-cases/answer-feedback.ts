import { and, eq } from 'drizzle-orm';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { AppDeps } from '../../../platform/http/deps.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import type { FeedbackFinding, FeedbackSubject } from '../../../contracts/ratings.js';
import { RatingError } from '../ratings.errors.js';
import { RatingPermission } from '../ratings.policy.js';
import { feedbackItems } from '../ratings.tables.js';

/**
 * The unit's leader answers a feedback item (If-Match: its version), saying, when the verification
 * tells, what the item is about and whether it was upheld: a conduct item not disproven is a
 * complaint against the officer (TT 01/2018 indicator 7, Decision 766 indicator 5.4).
 */
export async function answerFeedback(
  deps: Pick<AppDeps, 'db' | 'access'>,
  principal: Principal,
  context: CommandContext,
  input: {
    id: string;
    expectedVersion: number;
    answer: string;
    subject?: FeedbackSubject | undefined;
    finding?: FeedbackFinding | undefined;
    now?: Date;
  },
) {
  const { db, access } = deps;
  return runCommand(db, context, async (tx, audit) => {
    const [item] = await tx.select().from(feedbackItems).where(eq(feedbackItems.id, input.id)).for('update');
    if (!item) throw new DomainError(RatingError.FEEDBACK_NOT_FOUND);
    await access.require(principal, RatingPermission['feedback.answer'], item.unitId, tx);
    if (item.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH);
    if (item.status === 'answered') throw new DomainError(RatingError.FEEDBACK_ALREADY_ANSWERED);
    const [answered] = await tx
      .update(feedbackItems)
      .set({
        status: 'answered',
        answer: input.answer,
        answeredAt: (input.now ?? new Date()).toISOString(),
        answeredBy: context.actor.name,
        subject: input.subject ?? item.subject,
        finding: input.finding ?? item.finding,
        version: item.version + 1,
      })
      .where(and(eq(feedbackItems.id, item.id), eq(feedbackItems.version, item.version)))
      .returning();
    audit.record({
      action: 'feedback.answer',
      entity: 'feedback_item',
      entityId: item.id,
      before: { status: item.status },
      after: { status: 'answered', answeredAt: answered!.answeredAt, subject: answered!.subject, finding: answered!.finding },
    });
    return answered!;
  });
}
