import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConfirmationAnswer } from '../../../contracts/dialogues.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import { sha256 } from '../../../platform/auth/secrets.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { findUnitNames } from '../../org/index.js';
import { advanceCase } from '../../cases/index.js';
import { commitmentStore } from '../commitment-type.js';
import { commitmentBeneficiaries, commitments } from '../dialogues.tables.js';
import { ReceptionError } from '../reception.errors.js';

/** What the citizen's link shows: the promise as published, its owner and due date (nothing about the citizen). */
export type ConfirmationQuestion = { publicText: string; ownerUnitName: string; dueOn: string; evidence: string | null };

async function findOpenQuestion(db: Queryable, token: string) {
  if (token.length < 20 || token.length > 64) return undefined;
  const [found] = await db
    .select({ beneficiary: commitmentBeneficiaries, commitment: commitments })
    .from(commitmentBeneficiaries)
    .innerJoin(commitments, eq(commitments.id, commitmentBeneficiaries.commitmentId))
    .where(and(eq(commitmentBeneficiaries.tokenHash, sha256(token)), isNull(commitmentBeneficiaries.answeredAt)));
  return found && found.commitment.status === 'done' ? found : undefined;
}

export async function findConfirmationQuestion(db: Db, token: string): Promise<ConfirmationQuestion | undefined> {
  const found = await findOpenQuestion(db, token);
  if (!found) return undefined;
  const names = await findUnitNames(db, [found.commitment.ownerUnitId]);
  return {
    publicText: found.commitment.publicText,
    ownerUnitName: names.get(found.commitment.ownerUnitId) ?? '',
    dueOn: found.commitment.dueOn,
    evidence: found.commitment.evidence.at(-1)?.text ?? null,
  };
}

/**
 * A citizen answers "has it been done?" once per question: yes confirms it; no reopens the
 * commitment (counted against the owner unit) until the owner reports it done again.
 */
export async function confirmCommitment(
  db: Db,
  context: CommandContext,
  input: { token: string; answer: z.infer<typeof ConfirmationAnswer> },
  now: Date = new Date(),
): Promise<{ answer: 'yes' | 'no'; reopened: boolean }> {
  const found = await findOpenQuestion(db, input.token);
  if (!found) throw new DomainError(ReceptionError.CONFIRMATION_NOT_FOUND);
  const { beneficiary, commitment } = found;
  const reopened = input.answer.answer === 'no';
  await runCommand(db, context, async (tx, audit) => {
    const answered = await tx
      .update(commitmentBeneficiaries)
      .set({ answeredAt: now.toISOString(), answer: input.answer.answer, comment: input.answer.comment ?? null, tokenHash: null })
      .where(and(eq(commitmentBeneficiaries.id, beneficiary.id), isNull(commitmentBeneficiaries.answeredAt)))
      .returning({ id: commitmentBeneficiaries.id });
    if (answered.length === 0) throw new DomainError(ReceptionError.CONFIRMATION_NOT_FOUND);
    await advanceCase(tx, audit, context, commitmentStore, {
      caseId: commitment.id,
      from: { status: commitment.status, version: commitment.version },
      event: reopened ? 'reopened' : 'confirmed',
      at: now,
      data: { by: 'citizen' },
      audit: { action: reopened ? 'commitment.reopen' : 'commitment.confirm' },
      changes: reopened ? { reopenedCount: commitment.reopenedCount + 1, progressPct: 0 } : {},
    });
  });
  return { answer: input.answer.answer, reopened };
}
