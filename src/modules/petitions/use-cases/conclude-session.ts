import type { z } from 'zod';
import type { Commitment, SessionConclusion } from '../../../contracts/dialogues.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { vietnamInstant } from '../../../platform/time/vietnam-time.js';
import { getCommitment } from '../dialogues.repository.js';
import { PetitionPermission } from '../petitions.policy.js';
import { ReceptionError } from '../reception.errors.js';
import { getSessionRow } from '../reception.repository.js';
import { checkOwnerUnits, dateConclusions, makeCommitments } from './make-commitments.js';

/**
 * The head's conclusions after a session held (Thông báo kết luận, NĐ 154/2026 art. 25 🟡): each
 * becomes a commitment, due so many working days after the session or on a date.
 */
export async function concludeSession(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { sessionId: string; conclusions: z.infer<typeof SessionConclusion>[] },
): Promise<Commitment[]> {
  const { db, access } = deps;
  const session = await getSessionRow(db, input.sessionId);
  await access.require(principal, PetitionPermission['reception.host'], session.unitId);
  if (session.status !== 'held') {
    throw new DomainError(ReceptionError.SESSION_STEP_NOT_ALLOWED, {
      why: { vi: 'Chỉ kết luận buổi tiếp đã diễn ra.', en: 'Only a session held has conclusions.' },
    });
  }
  const at = new Date(vietnamInstant(session.date, session.endsAt));
  const conclusions = await dateConclusions(db, input.conclusions, at);
  await checkOwnerUnits(db, conclusions, 'conclusions');
  const ids = await runCommand(db, context, (tx, audit) =>
    makeCommitments(tx, audit, context, { origin: 'reception_session', originId: session.id, unitId: session.unitId, at, conclusions }),
  );
  return Promise.all(ids.map((id) => getCommitment(db, id)));
}
