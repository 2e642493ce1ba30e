import { and, eq, isNull } from 'drizzle-orm';
import type { Visit, VisitAnswer } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import type { z } from 'zod';
import { PetitionPermission } from '../petitions.policy.js';
import { ReceptionError } from '../reception.errors.js';
import { getVisit, getVisitRow } from '../reception.repository.js';
import { receptionVisits } from '../reception.tables.js';

/**
 * The citizen is told what became of the content taken in (art. 28(1)): accepted, more time
 * needed for verification, refused, or transferred — once, on or after the visit; late when after
 * the 10th working day.
 */
export async function answerVisit(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { visitId: string; answer: z.infer<typeof VisitAnswer> },
  now: Date = new Date(),
): Promise<Visit> {
  const { db, access } = deps;
  const visit = await getVisitRow(db, input.visitId);
  await access.require(principal, PetitionPermission['reception.record'], visit.unitId);
  const at = input.answer.at ? new Date(input.answer.at) : now;
  if (at.toISOString() < new Date(visit.visitedAt).toISOString() || at.getTime() > now.getTime() + 5 * 60_000) {
    throw validationError([
      { field: 'at', in: 'body', code: 'out_of_range', message: { vi: 'Từ lúc tiếp đến hiện tại.', en: 'Between the visit and now.' } },
    ]);
  }
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(receptionVisits)
      .set({ answeredAt: at.toISOString(), answer: input.answer.answer })
      .where(and(eq(receptionVisits.id, visit.id), isNull(receptionVisits.answeredAt)))
      .returning({ id: receptionVisits.id });
    if (updated.length === 0) throw new DomainError(ReceptionError.VISIT_ALREADY_ANSWERED);
    const late = visit.answerDueAt !== null && at.getTime() > new Date(visit.answerDueAt).getTime();
    audit.record({
      action: 'reception.visit_answer',
      entity: 'reception_visit',
      entityId: visit.id,
      after: { answer: input.answer.answer, late },
    });
  });
  return getVisit(db, visit.id);
}
