import type { Petition, PetitionIntake } from '../../../contracts/petitions.js';
import type { CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { recordInBook } from '../petition-book.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';

/** An officer records a petition in the unit's book, whatever the channel it came by. */
export async function receivePetition(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: PetitionIntake,
  now: Date = new Date(),
): Promise<Petition> {
  await deps.access.require(principal, PetitionPermission['petitions.receive'], input.unitId);
  const id = await recordInBook(deps.db, context, input, now);
  return getPetition(deps.db, id);
}
