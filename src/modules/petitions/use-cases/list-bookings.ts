import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Booking } from '../../../contracts/reception.js';
import type { CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getSessionRow } from '../reception.repository.js';
import { receptionBookings } from '../reception.tables.js';
import { personHistory } from './person-history.js';

/** The session's bookings in queue order, each with the person's earlier visits, petitions, dialogues and commitments. */
export async function listBookings(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  sessionId: string,
): Promise<z.infer<typeof Booking>[]> {
  const session = await getSessionRow(deps.db, sessionId);
  await deps.access.require(principal, PetitionPermission['reception.read'], session.unitId);
  const rows = await deps.db
    .select()
    .from(receptionBookings)
    .where(eq(receptionBookings.sessionId, session.id))
    .orderBy(asc(receptionBookings.queueNo));
  const bookings = [];
  for (const row of rows) {
    const history = await personHistory(deps, principal, context, { unitId: session.unitId, idNumber: row.idNumber });
    bookings.push({ ...row, bookedAt: new Date(row.bookedAt).toISOString(), history: history.items });
  }
  return bookings;
}
