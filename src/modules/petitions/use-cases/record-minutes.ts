import { and, eq } from 'drizzle-orm';
import type { Dialogue, DialogueMinutes } from '../../../contracts/dialogues.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { advanceCase } from '../../cases/index.js';
import { getDialogue, getDialogueRow } from '../dialogues.repository.js';
import { dialogues } from '../dialogues.tables.js';
import { PetitionPermission } from '../petitions.policy.js';
import { ReceptionError } from '../reception.errors.js';
import { dialogueAbsenceRules, ruleVersionOn } from '../settlement-rules.js';
import { settlementStore } from '../settlement-type.js';
import { settlements } from '../settlements.tables.js';
import { checkOwnerUnits, dateConclusions, makeCommitments } from './make-commitments.js';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * The minutes of a dialogue: held (each participant's opinion, what was agreed and what still
 * differs, signatures or the reason for refusing, at least three copies; each conclusion made a
 * commitment), ended by the complainant's absence (the rule of the day says whether the settlement
 * goes on), or cancelled. In a complaint case the settlement in progress records the dialogue.
 */
export async function recordMinutes(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { dialogueId: string; version: number; minutes: DialogueMinutes },
  now: Date = new Date(),
): Promise<Dialogue> {
  const { db, access } = deps;
  const row = await getDialogueRow(db, input.dialogueId);
  await access.require(principal, PetitionPermission['reception.host'], row.unitId);
  if (row.status !== 'planned') {
    throw new DomainError(ReceptionError.DIALOGUE_STEP_NOT_ALLOWED, {
      why: { vi: 'Cuộc đối thoại đã có biên bản hoặc đã hủy.', en: 'The dialogue already has its minutes or was cancelled.' },
    });
  }
  const minutes = input.minutes;
  if (minutes.outcome === 'ended_absent' && row.kind !== 'complaint_case') {
    throw new DomainError(ReceptionError.DIALOGUE_STEP_NOT_ALLOWED, {
      why: {
        vi: 'Chỉ đối thoại trong giải quyết khiếu nại mới kết thúc vì người khiếu nại vắng mặt.',
        en: 'Only a dialogue in a complaint case ends with the complainant’s absence.',
      },
    });
  }
  const heldAt = minutes.outcome === 'cancelled' ? null : new Date(minutes.heldAt);
  if (heldAt && heldAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw validationError([{ field: 'heldAt', in: 'body', code: 'in_future', message: { vi: 'Chưa diễn ra.', en: 'Not yet happened.' } }]);
  }
  const unsigned = minutes.outcome === 'held' ? minutes.participants.findIndex((p) => !p.signed && !p.refusalReason) : -1;
  if (unsigned >= 0) {
    throw validationError([
      {
        field: `participants.${unsigned}.refusalReason`,
        in: 'body',
        code: 'required',
        message: { vi: 'Người không ký phải ghi rõ lý do.', en: 'A participant who does not sign needs the reason.' },
      },
    ]);
  }
  const conclusions = minutes.outcome === 'held' ? await dateConclusions(db, minutes.conclusions, heldAt!) : [];
  await checkOwnerUnits(db, conclusions, 'conclusions');
  const absenceRule = heldAt ? ruleVersionOn(dialogueAbsenceRules, todayInVietnam(heldAt)) : undefined;
  const [settlement] = row.petitionId ? await db.select().from(settlements).where(eq(settlements.petitionId, row.petitionId)) : [];

  await runCommand(db, context, async (tx, audit) => {
    const changes =
      minutes.outcome === 'held'
        ? {
            status: 'held' as const,
            heldAt: heldAt!.toISOString(),
            attendeesCount: minutes.attendeesCount,
            participants: minutes.participants,
            agreed: minutes.agreed,
            differences: minutes.differences ?? null,
            minutesRef: minutes.minutesRef ?? null,
            copies: minutes.copies,
          }
        : minutes.outcome === 'ended_absent'
          ? {
              status: 'ended_absent' as const,
              heldAt: heldAt!.toISOString(),
              minutesRef: minutes.minutesRef ?? null,
              absence: {
                notices: minutes.notices,
                goodReason: minutes.goodReason,
                settlementContinues: !minutes.goodReason && minutes.notices >= absenceRule!.value,
                basis: absenceRule!.legalBasis,
              },
            }
          : { status: 'cancelled' as const, cancelReason: minutes.reason };
    const updated = await tx
      .update(dialogues)
      .set({ ...changes, version: row.version + 1, updatedAt: now.toISOString() })
      .where(and(eq(dialogues.id, row.id), eq(dialogues.version, input.version)))
      .returning({ id: dialogues.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    audit.record({
      action: `dialogue.${minutes.outcome}`,
      entity: 'dialogue',
      entityId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: changes.status, conclusions: conclusions.length },
    });
    await makeCommitments(tx, audit, context, { origin: 'dialogue', originId: row.id, unitId: row.unitId, at: heldAt ?? now, conclusions });
    if (settlement && heldAt && settlement.status === 'in_progress' && minutes.outcome !== 'cancelled') {
      await advanceCase(tx, audit, context, settlementStore, {
        caseId: settlement.id,
        from: { status: settlement.status, version: settlement.version },
        event: 'dialogue_held',
        at: heldAt,
        data: {
          attendance: minutes.outcome === 'held' ? 'held' : 'petitioner_absent',
          minutesRef: minutes.minutesRef ?? '',
          dialogueId: row.id,
        },
        audit: { action: 'settlement.dialogue', after: { dialogueId: row.id } },
      });
    }
  });
  return getDialogue(db, row.id);
}
