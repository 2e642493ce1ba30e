import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AppDeps } from '../../../platform/http/deps.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { calendarFor } from '../../calendar/index.js';
import { findCounterTransaction, type CounterTransactionKind } from '../../dossiers/index.js';
import { findStaffName } from '../../org/index.js';
import { RatingError } from '../ratings.errors.js';
import type { RatingAnswers, RatingChannel } from '../../../contracts/ratings.js';
import { ratings } from '../ratings.tables.js';
import { openFeedbackIfNeeded } from './open-feedback.js';

/** How long after a transaction the counter kiosk still offers it for rating. */
export const KIOSK_WINDOW_MS = 10 * 60_000;

export type RateTransactionInput = {
  dossierId: string;
  transaction: CounterTransactionKind;
  channel: RatingChannel;
  answers: RatingAnswers;
  /**
   * A counter kiosk rates only the transaction its paired officer has just finished at its unit
   * (within KIOSK_WINDOW_MS): never a colleague's, never an old one.
   */
  kiosk?: { id: string; unitId: string; officerId: string } | undefined;
  now?: Date;
};

/** A citizen rates one transaction with the officer who served them; once per transaction. */
export async function rateTransaction(deps: Pick<AppDeps, 'db'>, context: CommandContext, input: RateTransactionInput) {
  const { db } = deps;
  const transaction = await findCounterTransaction(db, input.dossierId, input.transaction);
  if (!transaction) throw new DomainError(RatingError.RATING_TRANSACTION_NOT_FOUND);
  // As the portal offers it (findRateableTransaction): nothing of a dossier its applicant withdrew is rated online.
  if (input.channel !== 'kiosk' && transaction.dossierStatus === 'withdrawn') throw new DomainError(RatingError.RATING_DOSSIER_WITHDRAWN);
  const now = input.now ?? new Date();
  if (input.kiosk) {
    if (input.kiosk.unitId !== transaction.receivingUnitId) throw new DomainError(RatingError.RATING_OTHER_UNIT);
    const age = now.getTime() - Date.parse(transaction.at);
    if (transaction.officerId !== input.kiosk.officerId || age < 0 || age > KIOSK_WINDOW_MS)
      throw new DomainError(RatingError.RATING_NOT_AT_THIS_KIOSK);
  }
  const calendar = await calendarFor(db, transaction.receivingUnitId);
  const ratedAt = now.toISOString();
  return runCommand(db, context, async (tx, audit) => {
    const officerName = (await findStaffName(tx, transaction.officerId)) ?? transaction.officerName;
    const [rating] = await tx
      .insert(ratings)
      .values({
        dossierId: transaction.dossierId,
        transaction: transaction.kind,
        unitId: transaction.receivingUnitId,
        officerId: transaction.officerId,
        officerName,
        procedureCode: transaction.procedureCode,
        channel: input.channel,
        level: input.answers.level,
        attitude: input.answers.attitude ?? null,
        timeliness: input.answers.timeliness ?? null,
        comment: input.answers.comment || null,
        transactionAt: transaction.at,
        ratedAt,
        kioskId: input.kiosk?.id ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!rating) throw new DomainError(RatingError.RATING_ALREADY_GIVEN);
    // The rater stays anonymous in the audit log (NĐ 61/2018 art. 27): the rating, not who gave it.
    audit.record({
      action: 'rating.create',
      entity: 'rating',
      entityId: rating.id,
      after: { dossierId: rating.dossierId, transaction: rating.transaction, channel: rating.channel, level: rating.level },
    });
    const feedbackItemId = await openFeedbackIfNeeded(tx, audit, calendar, rating, transaction.dossierCode);
    return { ...rating, feedbackItemId };
  });
}
