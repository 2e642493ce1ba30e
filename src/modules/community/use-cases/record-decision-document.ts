import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DecisionDocumentInput, Matter, RecognitionInput } from '../../../contracts/resident-matters.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { getUnitRow } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { residentVotes } from '../community.tables.js';
import { requireNotFuture, workingDaysAfter } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { getMatter, getMatterRow } from '../matters.repository.js';

const RECOGNITION_WORKING_DAYS = 5;
type Change =
  { kind: 'document'; body: z.infer<typeof DecisionDocumentInput> } | { kind: 'recognition'; body: z.infer<typeof RecognitionInput> };

/**
 * The village's decision document sent to the commune (art. 20(3): within 5 working days of the
 * vote), or the commune's recognition of an item 3–5 (art. 21(2): within 5 working days of receipt,
 * or a refusal with its reasons). Late is recorded and shown, not refused.
 */
export async function recordDecisionDocument(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { matterId: string; voteId: string; version: number; change: Change },
  now: Date = new Date(),
): Promise<Matter> {
  const { db, access } = deps;
  const matter = await getMatterRow(db, input.matterId);
  const [vote] = await db
    .select()
    .from(residentVotes)
    .where(and(eq(residentVotes.id, input.voteId), eq(residentVotes.matterId, matter.id)));
  if (!vote) throw new DomainError(DemocracyError.VOTE_NOT_FOUND);
  const { change } = input;
  const heldOn = todayInVietnam(new Date(vote.heldAt));
  let values: Partial<typeof residentVotes.$inferInsert>;
  if (change.kind === 'document') {
    await access.require(principal, CommunityPermission['community.manage'], vote.unitId);
    // The document records a final result: passed, or not passed at the ballot (a meeting short of the threshold goes to a ballot first).
    if (!vote.passed && vote.ballotRequired) throw new DomainError(DemocracyError.NOT_FINAL);
    requireNotFuture({ sentOn: change.body.sentOn }, now);
    if (change.body.sentOn < heldOn) {
      throw validationError([
        { field: 'sentOn', in: 'body', code: 'before_vote', message: { vi: 'Trước ngày biểu quyết.', en: 'Before the vote.' } },
      ]);
    }
    const needsRecognition = matter.item >= 3 && matter.item <= 5;
    values = {
      decisionRef: change.body.decisionRef,
      signatories: change.body.signatories,
      sentOn: change.body.sentOn,
      recognitionDueOn: needsRecognition ? await workingDaysAfter(db, vote.unitId, change.body.sentOn, RECOGNITION_WORKING_DAYS) : null,
    };
  } else {
    // Recognition is the commune People's Committee's act (art. 21(2)): at the commune, never at the village.
    const commune = matter.scope === 'commune' ? matter.unitId : ((await getUnitRow(db, vote.unitId)).parentId ?? vote.unitId);
    await access.require(principal, CommunityPermission['community.manage'], commune);
    if (matter.item < 3 || matter.item > 5) throw new DomainError(DemocracyError.RECOGNITION_NOT_NEEDED);
    if (!vote.sentOn) throw new DomainError(DemocracyError.DOCUMENT_MISSING);
    if (vote.recognition) throw new DomainError(DemocracyError.ALREADY_RECOGNISED);
    if (change.body.decision === 'recognised' && !vote.passed) throw new DomainError(DemocracyError.NOT_FINAL);
    requireNotFuture({ on: change.body.on }, now);
    if (change.body.on < vote.sentOn) {
      throw validationError([
        {
          field: 'on',
          in: 'body',
          code: 'before_receipt',
          message: { vi: 'Trước ngày nhận văn bản.', en: 'Before the document was received.' },
        },
      ]);
    }
    values = {
      recognition: change.body.decision,
      recognitionRef: change.body.ref ?? null,
      recognisedOn: change.body.on,
      refusalReason: change.body.decision === 'refused' ? change.body.reason : null,
    };
  }
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(residentVotes)
      .set({ ...values, version: sql`${residentVotes.version} + 1` })
      .where(and(eq(residentVotes.id, vote.id), eq(residentVotes.version, input.version)))
      .returning({ id: residentVotes.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(vote.version) });
    audit.record({ action: `community.matter_${change.kind}`, entity: 'resident_vote', entityId: vote.id });
  });
  return getMatter(db, matter.id, now);
}
