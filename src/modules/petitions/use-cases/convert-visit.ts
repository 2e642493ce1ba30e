import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Petition } from '../../../contracts/petitions.js';
import type { VisitConversion } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import type { z } from 'zod';
import { writeBookEntry } from '../petition-book.js';
import { startPetitionClock } from '../petition-clock.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { petitionerIdentities } from '../petitions.tables.js';
import { receptionAnswerDueAt } from '../reception-answer.js';
import { ReceptionError } from '../reception.errors.js';
import { getVisitRow } from '../reception.repository.js';
import { receptionVisitors, receptionVisits } from '../reception.tables.js';

/**
 * A content taken in orally — written down, read back, signed or fingerprinted — becomes a petition
 * in the unit's book (channel: reception), received when the visit was, its first citizen as the
 * petitioner in the protected store, the log entry linked both ways in one transaction.
 */
export async function convertVisit(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { visitId: string; conversion: z.infer<typeof VisitConversion> },
): Promise<Petition> {
  const { db, access } = deps;
  const visit = await getVisitRow(db, input.visitId);
  await access.require(principal, PetitionPermission['reception.record'], visit.unitId);
  await access.require(principal, PetitionPermission['petitions.receive'], visit.unitId);
  const refuse = (vi: string, en: string) => new DomainError(ReceptionError.VISIT_NOT_CONVERTIBLE, { why: { vi, en } });
  if (visit.petitionId) throw refuse('Lượt tiếp đã được lập đơn.', 'A petition was already made from this entry.');
  if (visit.outcome === 'refused') throw refuse('Lượt tiếp đã bị từ chối.', 'The citizen was refused.');
  const receivedAt = new Date(visit.visitedAt);
  const { conversion } = input;
  const clock = await startPetitionClock(db, { unitId: visit.unitId, kind: conversion.kind, receivedAt });
  const answerDueAt = visit.answerDueAt ?? (await receptionAnswerDueAt(db, visit.unitId, receivedAt));
  const [citizen] = await db
    .select()
    .from(receptionVisitors)
    .where(eq(receptionVisitors.visitId, visit.id))
    .orderBy(asc(receptionVisitors.seq))
    .limit(1);
  const id = crypto.randomUUID();
  await runCommand(db, context, async (tx, audit) => {
    await writeBookEntry(tx, audit, context, {
      id,
      input: {
        unitId: visit.unitId,
        channel: 'reception',
        kind: conversion.kind,
        contentSummary: visit.contentSummary,
        signerCount: Math.max(1, visit.peopleCount),
        isAnonymous: false,
        ...(conversion.respondent ? { respondent: conversion.respondent } : {}),
        ...(conversion.decisionRef ? { decisionRef: conversion.decisionRef } : {}),
      },
      receivedAt,
      clock,
      source: { receptionVisitId: visit.id, signedBy: conversion.signedBy },
    });
    if (citizen) {
      await tx.insert(petitionerIdentities).values({
        petitionId: id,
        fullName: citizen.fullName,
        idNumber: citizen.idNumber,
        phone: citizen.phone,
        address: citizen.address,
        email: citizen.email,
      });
    }
    // Linked only while still unlinked: of two conversions of one entry, the second rolls back.
    const linked = await tx
      .update(receptionVisits)
      .set({ petitionId: id, outcome: 'petition_received', answerDueAt })
      .where(and(eq(receptionVisits.id, visit.id), isNull(receptionVisits.petitionId)))
      .returning({ id: receptionVisits.id });
    if (linked.length === 0) throw refuse('Lượt tiếp đã được lập đơn.', 'A petition was already made from this entry.');
    audit.record({ action: 'reception.visit_convert', entity: 'reception_visit', entityId: visit.id, after: { petitionId: id } });
  });
  return getPetition(db, id);
}
