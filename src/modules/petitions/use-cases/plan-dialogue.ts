import type { Dialogue, DialogueInput } from '../../../contracts/dialogues.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { getUnitRow, requireUnitInOperation } from '../../org/index.js';
import { dialogues } from '../dialogues.tables.js';
import { PetitionPermission } from '../petitions.policy.js';
import { petitions } from '../petitions.tables.js';
import { eq } from 'drizzle-orm';
import { getDialogue } from '../dialogues.repository.js';

/**
 * A dialogue is planned: its kind, host, time, place and the written invitation; in a complaint
 * case, on a complaint of the unit; with the questions collected beforehand (portal, paper, log).
 */
export async function planDialogue(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: DialogueInput,
): Promise<Dialogue> {
  const { db, access } = deps;
  await access.require(principal, PetitionPermission['reception.host'], input.unitId);
  await requireUnitInOperation(db, await getUnitRow(db, input.unitId), todayInVietnam(new Date(input.plannedAt)));
  if (input.petitionId) {
    const [petition] = await db.select().from(petitions).where(eq(petitions.id, input.petitionId));
    if (!petition || petition.unitId !== input.unitId || (input.kind === 'complaint_case' && petition.kind !== 'complaint')) {
      throw validationError([
        {
          field: 'petitionId',
          in: 'body',
          code: 'invalid',
          message: { vi: 'Không phải đơn khiếu nại của đơn vị.', en: 'Not a complaint of this unit.' },
        },
      ]);
    }
  }
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(dialogues).values({
      id,
      unitId: input.unitId,
      kind: input.kind,
      hostBody: input.hostBody,
      hostName: input.hostName,
      coHost: input.coHost ?? null,
      petitionId: input.petitionId ?? null,
      title: input.title,
      plannedAt: input.plannedAt,
      place: input.place,
      form: input.form,
      invitationRef: input.invitationRef ?? null,
      invitationSentAt: input.invitationSentAt ?? null,
      status: 'planned',
      participants: [],
      questions: input.questions,
    });
    audit.record({
      action: 'dialogue.plan',
      entity: 'dialogue',
      entityId: id,
      after: { unitId: input.unitId, kind: input.kind, hostBody: input.hostBody, petitionId: input.petitionId ?? null },
    });
  });
  return getDialogue(db, id);
}
