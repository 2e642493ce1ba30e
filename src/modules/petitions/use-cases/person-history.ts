import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PersonHistory, PersonHistoryQuery } from '../../../contracts/reception.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { subtreeUnitIds } from '../../org/index.js';
import { commitments, dialogues } from '../dialogues.tables.js';
import { PetitionPermission } from '../petitions.policy.js';
import { isProtectedKind } from '../petitions.repository.js';
import { petitionerIdentities, petitions } from '../petitions.tables.js';
import { receptionVisitors, receptionVisits } from '../reception.tables.js';
import { holdsClearance } from './read-identity.js';

/**
 * One timeline for a person at a unit and the units under it — visits, petitions, the dialogues
 * held on them and the commitments those made — for the host to read before a session. A
 * denunciation's items are shown only to an officer with an identity clearance; the lookup is
 * audited without the number looked up.
 */
export async function personHistory(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  query: z.infer<typeof PersonHistoryQuery>,
): Promise<PersonHistory> {
  const { db, access } = deps;
  await access.require(principal, PetitionPermission['reception.read'], query.unitId);
  const cleared = principal.kind === 'session' && (await holdsClearance(db, principal.accountId, query.unitId));
  const inUnits = (column: typeof receptionVisits.unitId | typeof petitions.unitId) => sql`${column} in (${subtreeUnitIds(query.unitId)})`;
  const visits = await db
    .selectDistinct({ row: receptionVisits })
    .from(receptionVisits)
    .innerJoin(receptionVisitors, eq(receptionVisitors.visitId, receptionVisits.id))
    .where(and(eq(receptionVisitors.idNumber, query.idNumber), inUnits(receptionVisits.unitId)));
  const found = await db
    .select({ row: petitions })
    .from(petitions)
    .innerJoin(petitionerIdentities, eq(petitionerIdentities.petitionId, petitions.id))
    .where(and(eq(petitionerIdentities.idNumber, query.idNumber), inUnits(petitions.unitId)));
  const isVisible = (isProtected: boolean) => cleared || !isProtected;
  const shownVisits = visits.map((v) => v.row).filter((row) => isVisible(row.identityProtected));
  const shownPetitions = found.map((p) => p.row).filter((row) => isVisible(row.identityProtected || isProtectedKind(row.kind)));
  const protectedHidden = shownVisits.length < visits.length || shownPetitions.length < found.length;
  const petitionIds = shownPetitions.map((row) => row.id);
  const held = petitionIds.length ? await db.select().from(dialogues).where(inArray(dialogues.petitionId, petitionIds)) : [];
  const made = held.length
    ? await db
        .select()
        .from(commitments)
        .where(
          inArray(
            commitments.originId,
            held.map((d) => d.id),
          ),
        )
    : [];
  const matterOfPetition = new Map(shownPetitions.map((row) => [row.id, row.duplicateOf ?? row.id]));
  const matterOfDialogue = new Map(held.map((d) => [d.id, matterOfPetition.get(d.petitionId!) ?? d.id]));
  const items = [
    ...shownVisits.map((row) => ({
      type: 'visit' as const,
      id: row.id,
      at: new Date(row.visitedAt).toISOString(),
      matterId: row.petitionId ? (matterOfPetition.get(row.petitionId) ?? row.matterId) : row.matterId,
      summary: row.contentSummary,
      status: row.outcome,
    })),
    ...shownPetitions.map((row) => ({
      type: 'petition' as const,
      id: row.id,
      at: new Date(row.receivedAt).toISOString(),
      matterId: matterOfPetition.get(row.id)!,
      summary: row.contentSummary,
      status: row.status,
    })),
    ...held.map((row) => ({
      type: 'dialogue' as const,
      id: row.id,
      at: new Date(row.heldAt ?? row.plannedAt).toISOString(),
      matterId: matterOfDialogue.get(row.id)!,
      summary: row.title,
      status: row.status,
    })),
    ...made.map((row) => ({
      type: 'commitment' as const,
      id: row.id,
      at: new Date(`${row.dueOn}T10:00:00Z`).toISOString(),
      matterId: matterOfDialogue.get(row.originId) ?? row.originId,
      summary: row.text,
      status: row.status,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  await runCommand(db, context, async (_tx, audit) => {
    audit.record({ action: 'reception.person_history', entity: 'unit', entityId: query.unitId, after: { items: items.length, cleared } });
  });
  return { items, protectedHidden };
}
