import { sql } from 'drizzle-orm';
import type { Petition, PetitionClassification } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { validationError } from '../../../platform/errors/errors.js';
import { advanceCase } from '../../cases/index.js';
import { subtreeUnitIds } from '../../org/index.js';
import { petitionStore } from '../petition-type.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition, getPetitionRow, isProtectedKind } from '../petitions.repository.js';
import { clockRuleOf, startPetitionClock } from '../petition-clock.js';

/**
 * Records the officer's classification of a petition on the legal axes (content, field,
 * eligibility with its reasons, competence, settlement status): the skipped level follows from
 * competence and settlement status. Reclassifying is allowed while nothing else was done on it.
 */
export async function classifyPetition(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; expectedVersion: number; classification: PetitionClassification },
  now: Date = new Date(),
): Promise<Petition> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  const { kind, competence, ...rest } = input.classification;
  if (competence.scope === 'subordinate' && competence.unitId) {
    const below = rowsOf<{ id: string }>(
      await db.execute(
        sql`select s.id from (${subtreeUnitIds(petition.unitId)}) s where s.id = ${competence.unitId} and s.id <> ${petition.unitId}`,
      ),
    );
    if (below.length === 0) {
      throw validationError([
        {
          field: 'competence.unitId',
          in: 'body',
          code: 'not_subordinate',
          message: { vi: 'Đơn vị này không phải cấp dưới của đơn vị nhận đơn.', en: 'Not a unit under the receiving unit.' },
        },
      ]);
    }
  }
  if (kind === 'denunciation' && petition.isAnonymous && rest.isEligible) {
    throw validationError([
      {
        field: 'isEligible',
        in: 'body',
        code: 'anonymous_denunciation',
        message: {
          vi: 'Tố cáo nặc danh không được xử lý theo Luật Tố cáo (Điều 25): không đủ điều kiện.',
          en: 'An anonymous denunciation is not handled under the Law (art. 25): not eligible.',
        },
      },
    ]);
  }
  const isSkippedLevel = competence.scope === 'subordinate' && rest.settlementStatus === 'none';
  // Found to be a denunciation (or no longer one): its clock is the other rule's, from receipt.
  const row = await getPetitionRow(db, petition.id);
  const restarted =
    row.clockRule !== null && row.clockRule !== clockRuleOf(kind) && row.handledAt === null && row.duplicateOf === null
      ? await startPetitionClock(db, { unitId: petition.unitId, kind, receivedAt: new Date(row.receivedAt) })
      : {};
  const classification = { ...rest, reasons: rest.isEligible ? [] : rest.reasons, competence, isSkippedLevel };
  await runCommand(db, context, (tx, audit) =>
    advanceCase(tx, audit, context, petitionStore, {
      caseId: petition.id,
      from: { status: petition.status, version: input.expectedVersion },
      event: 'classified',
      at: now,
      data: {
        kind,
        field: rest.field,
        isEligible: rest.isEligible,
        reasons: classification.reasons,
        competence: competence.scope,
        settlementStatus: rest.settlementStatus,
        isSkippedLevel,
      },
      audit: { action: 'petition.classify', after: { kind, field: rest.field, isEligible: rest.isEligible, isSkippedLevel } },
      changes: {
        kind,
        classification,
        field: rest.field,
        isEligible: rest.isEligible,
        isSkippedLevel,
        ...(isProtectedKind(kind) ? { identityProtected: true } : {}),
        ...restarted,
      },
    }),
  );
  return getPetition(db, petition.id);
}
