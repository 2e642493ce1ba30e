import { eq, sql } from 'drizzle-orm';
import type { Petition } from '../../../contracts/petitions.js';
import type { PetitionSplit } from '../../../contracts/petition-records.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { advanceCase } from '../../cases/index.js';
import { writeBookEntry } from '../petition-book.js';
import { startPetitionClock, stopPetitionClock } from '../petition-clock.js';
import { petitionStore } from '../petition-type.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition, getPetitionRow } from '../petitions.repository.js';
import { petitionerIdentities } from '../petitions.tables.js';

/**
 * Splits a petition of several contents into one petition per content, each numbered in the book
 * as received on the same day (the rule set and the clock of its own kind), with the same writer
 * copied inside the protected store — and protected for good, since the writer also denounced.
 * The mixed petition ends there; the parts are classified and handled each on its own.
 */
export async function splitPetition(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; expectedVersion: number; split: PetitionSplit },
  now: Date = new Date(),
): Promise<Petition[]> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  if (petition.kind !== 'mixed')
    throw new DomainError(PetitionError.PETITION_OUTCOME_NOT_ALLOWED, {
      why: { vi: 'Chỉ tách đơn có nhiều nội dung.', en: 'Only a petition of several contents is split.' },
    });
  const row = await getPetitionRow(db, petition.id);
  const receivedAt = new Date(row.receivedAt);
  const parts = await Promise.all(
    input.split.parts.map(async (part) => ({
      ...part,
      id: crypto.randomUUID(),
      clock: await startPetitionClock(db, { unitId: row.unitId, kind: part.kind, receivedAt }),
    })),
  );
  const stopped = await stopPetitionClock(db, { unitId: row.unitId, clock: row.clock, at: now });
  await runCommand(db, context, async (tx, audit) => {
    await advanceCase(tx, audit, context, petitionStore, {
      caseId: petition.id,
      from: { status: petition.status, version: input.expectedVersion },
      event: 'split',
      at: now,
      data: { parts: parts.map((part) => part.id) },
      audit: { action: 'petition.split', after: { parts: parts.length } },
      changes: stopped,
    });
    for (const part of parts) {
      await writeBookEntry(tx, audit, context, {
        id: part.id,
        input: {
          unitId: row.unitId,
          channel: row.channel,
          kind: part.kind,
          contentSummary: part.contentSummary,
          signerCount: row.signerCount,
          isAnonymous: row.isAnonymous,
          ...(row.forwardedBy ? { forwardedBy: row.forwardedBy } : {}),
          ...(row.forwardLetterRef ? { forwardLetterRef: row.forwardLetterRef } : {}),
          ...(row.respondent ? { respondent: row.respondent } : {}),
          ...(row.decisionRef ? { decisionRef: row.decisionRef } : {}),
        },
        receivedAt,
        clock: part.clock,
        splitFrom: petition.id,
      });
      // The writer is copied inside the protected store: it never passes through the application.
      await tx.execute(sql`
        insert into ${petitionerIdentities} (petition_id, full_name, id_number, phone, address, email)
        select ${part.id}, full_name, id_number, phone, address, email from ${petitionerIdentities}
        where ${eq(petitionerIdentities.petitionId, petition.id)}`);
    }
  });
  return Promise.all(parts.map((part) => getPetition(db, part.id)));
}
