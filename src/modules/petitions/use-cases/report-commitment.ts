import { eq } from 'drizzle-orm';
import type { Commitment, CommitmentStep } from '../../../contracts/dialogues.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { randomToken, sha256 } from '../../../platform/auth/secrets.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { enqueueMessages, type OutboxMessage } from '../../../platform/outbox/outbox.js';
import { advanceCase } from '../../cases/index.js';
import { commitmentStore } from '../commitment-type.js';
import { getCommitment, getCommitmentRow } from '../dialogues.repository.js';
import { commitmentBeneficiaries } from '../dialogues.tables.js';
import { PetitionPermission } from '../petitions.policy.js';
import { PlatformError } from '../../../platform/errors/errors.js';

/**
 * The owner reports on a commitment — progress with its evidence, done with its evidence, or
 * cancelled with a reason — by the owner unit or the unit that made it. Marked done, each citizen
 * concerned is asked "has it been done?" by a link that needs no account (e-mail or SMS).
 */
export async function reportCommitment(
  deps: { db: Db; access: AccessPolicy; config: { publicUrl: string } },
  principal: Principal,
  context: CommandContext,
  input: { commitmentId: string; version: number; step: CommitmentStep },
  now: Date = new Date(),
): Promise<Commitment> {
  const { db, access } = deps;
  const row = await getCommitmentRow(db, input.commitmentId);
  const permission = PetitionPermission['commitments.report'];
  if (!(await access.can(principal, permission, row.ownerUnitId)) && !(await access.can(principal, permission, row.unitId))) {
    throw new DomainError(PlatformError.FORBIDDEN);
  }
  const step = input.step;
  const evidence =
    step.action === 'cancel'
      ? row.evidence
      : [...row.evidence, { at: now.toISOString(), text: step.evidence, ...(step.publicNote ? { publicText: step.publicNote } : {}) }];
  const event = step.action === 'progress' ? 'progress_reported' : step.action === 'done' ? 'marked_done' : 'cancelled';
  const beneficiaries =
    step.action === 'done' ? await db.select().from(commitmentBeneficiaries).where(eq(commitmentBeneficiaries.commitmentId, row.id)) : [];
  await runCommand(db, context, async (tx, audit) => {
    await advanceCase(tx, audit, context, commitmentStore, {
      caseId: row.id,
      from: { status: row.status, version: input.version },
      event,
      at: now,
      data: step.action === 'cancel' ? { reason: step.reason } : { evidence: step.evidence },
      audit: { action: `commitment.${step.action}` },
      changes: {
        evidence,
        ...(step.action === 'progress' ? { progressPct: step.progressPct } : {}),
        ...(step.action === 'done' ? { progressPct: 100 } : {}),
      },
    });
    const messages: OutboxMessage[] = [];
    for (const beneficiary of beneficiaries) {
      const token = randomToken(24);
      await tx
        .update(commitmentBeneficiaries)
        .set({ tokenHash: sha256(token), askedAt: now.toISOString(), answeredAt: null, answer: null, comment: null })
        .where(eq(commitmentBeneficiaries.id, beneficiary.id));
      const link = `${deps.config.publicUrl}/cam-ket/xac-nhan/${token}`;
      const text = `Cơ quan báo đã thực hiện: "${row.publicText}". Việc này đã được thực hiện chưa? Trả lời tại: ${link}`;
      const topic = `commitment.confirm.${row.version + 1}`;
      if (beneficiary.email) {
        messages.push({
          channel: 'email',
          recipient: beneficiary.email,
          subject: 'Xin ý kiến: cam kết đã được thực hiện chưa?',
          body: text,
          topic,
          subjectId: `${row.id}:${beneficiary.id}`,
        });
      }
      if (beneficiary.phone) {
        messages.push({ channel: 'sms', recipient: beneficiary.phone, body: text, topic, subjectId: `${row.id}:${beneficiary.id}` });
      }
    }
    await enqueueMessages(tx, messages);
  });
  return getCommitment(db, row.id, now);
}
