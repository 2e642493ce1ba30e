import { eq, sql } from 'drizzle-orm';
import type { Petition } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import type { Text } from '../../../platform/i18n/locale.js';
import { advanceCase } from '../../cases/index.js';
import { petitionStore } from '../petition-type.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition, getPetitionRow } from '../petitions.repository.js';
import { stopPetitionClock } from '../petition-clock.js';
import { petitions } from '../petitions.tables.js';

const invalid = (why: Text) => new DomainError(PetitionError.PETITION_DUPLICATE_INVALID, { why });

/**
 * Links a petition as a repeat of an earlier one on the same matter (the same person, the same
 * content, while the first is open): it gets no clock of its own, the original counts it, and the
 * "once" rules see both. A repeat of a repeat is linked to the first petition of the matter.
 */
export async function linkDuplicate(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; expectedVersion: number; originalId: string },
  now: Date = new Date(),
): Promise<Petition> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.process'], petition.unitId);
  const named = await getPetition(db, input.originalId);
  await access.require(principal, PetitionPermission['petitions.read'], named.unitId);
  const original = named.duplicateOf ? await getPetition(db, named.duplicateOf) : named;
  if (original.id === petition.id) throw invalid({ vi: 'Không liên kết một đơn với chính nó.', en: 'A petition cannot repeat itself.' });
  if (petition.duplicateOf) throw invalid({ vi: 'Đơn đã được liên kết là đơn trùng.', en: 'Already linked as a duplicate.' });
  if (petition.duplicateCount > 0)
    throw invalid({
      vi: 'Đơn này đã có đơn trùng liên kết vào: liên kết ngược lại.',
      en: 'Other petitions repeat this one: link them the other way.',
    });
  if (Date.parse(original.receivedAt) > Date.parse(petition.receivedAt))
    throw invalid({ vi: 'Đơn gốc phải được nhận trước.', en: 'The original must have been received first.' });
  const row = await getPetitionRow(db, petition.id);
  // While the original is open the matter runs on its clock; once it is handled, the repeat keeps
  // its own and stays on the worklists until it is handled too (filed with a reply).
  const isOriginalOpen = original.handledAt === null;
  const { clock } = isOriginalOpen
    ? await stopPetitionClock(db, { unitId: petition.unitId, clock: row.clock, at: now })
    : { clock: undefined };
  await runCommand(db, context, async (tx, audit) => {
    await advanceCase(tx, audit, context, petitionStore, {
      caseId: petition.id,
      from: { status: petition.status, version: input.expectedVersion },
      event: 'linked_duplicate',
      at: now,
      data: { originalId: original.id, originalBookNo: original.bookNo, originalYear: original.year },
      audit: { action: 'petition.link_duplicate', after: { originalId: original.id } },
      // No clock of its own: the matter runs on the original's.
      changes: { duplicateOf: original.id, ...(isOriginalOpen ? { dueAt: null } : {}), ...(clock ? { clock } : {}) },
    });
    await tx
      .update(petitions)
      .set({ duplicateCount: sql`${petitions.duplicateCount} + 1` })
      .where(eq(petitions.id, original.id));
  });
  return getPetition(db, petition.id);
}
