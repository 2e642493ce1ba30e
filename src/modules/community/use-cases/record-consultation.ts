import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Consultation, ConsultationAnswer, ConsultationInput } from '../../../contracts/supervision.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { CommunityPermission } from '../community.policy.js';
import { requireCommune, requireNotFuture } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { consultations } from '../democracy.tables.js';
import { getConsultation, getConsultationRow } from '../supervision.repository.js';

type Deps = { db: Db; access: AccessPolicy };
type Result = Promise<z.infer<typeof Consultation>>;

/** A matter put to residents before the commune decides (art. 25), open by the channels named until its closing day. */
export async function openConsultation(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof ConsultationInput>,
  now = new Date(),
): Result {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await requireCommune(db, input.unitId);
  requireNotFuture({ openedOn: input.openedOn }, now);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(consultations).values({ id, ...input });
    audit.record({ action: 'community.consultation_open', entity: 'consultation', entityId: id, after: { subject: input.subject } });
  });
  return getConsultation(db, id);
}

/** The feedback received and the commune's answer to it. */
export async function answerConsultation(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number; answer: z.infer<typeof ConsultationAnswer> },
  now = new Date(),
): Result {
  const { db, access } = deps;
  const row = await getConsultationRow(db, input.id);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  if (row.answeredOn) throw new DomainError(DemocracyError.ANSWERED);
  requireNotFuture({ answeredOn: input.answer.answeredOn }, now);
  if (input.answer.answeredOn < row.openedOn) {
    throw validationError([
      {
        field: 'answeredOn',
        in: 'body',
        code: 'before_open',
        message: { vi: 'Trước ngày lấy ý kiến.', en: 'Before the consultation opened.' },
      },
    ]);
  }
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(consultations)
      .set({ ...input.answer, version: row.version + 1 })
      .where(and(eq(consultations.id, row.id), eq(consultations.version, input.version)))
      .returning({ id: consultations.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    audit.record({ action: 'community.consultation_answer', entity: 'consultation', entityId: row.id });
  });
  return getConsultation(db, row.id);
}
