import type { Petition, PetitionIntake } from '../../../contracts/petitions.js';
import type { CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { recordInBook } from '../petition-book.js';
import { getPetition } from '../petitions.repository.js';

/**
 * A petition another module's case hands over with the parties' consent (a failed grassroots
 * mediation), recorded in the competent unit's book as forwarded, the case it came from kept in its
 * first event. The calling module has checked its own permission over that case.
 */
export async function receiveForwardedPetition(
  db: Db,
  context: CommandContext,
  input: PetitionIntake & { channel: 'forwarded' },
  source: Record<string, string>,
  now: Date = new Date(),
): Promise<Petition> {
  const id = await recordInBook(db, context, input, now, undefined, source);
  return getPetition(db, id);
}
