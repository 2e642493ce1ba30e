import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Clearance } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { actorOf, type Principal } from '../../../platform/auth/principal.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { findStaffContacts, findUnitNames, getUnitRow, OrgError } from '../../org/index.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { identityAccessLog, identityClearances } from '../petitions.tables.js';

type ClearanceRow = typeof identityClearances.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** Clearances with the names of their holders and units, in two queries. */
async function describe(db: Queryable, rows: ClearanceRow[]): Promise<Clearance[]> {
  const [people, names] = await Promise.all([
    findStaffContacts(
      db,
      rows.map((row) => row.staffId),
    ),
    findUnitNames(
      db,
      rows.map((row) => row.unitId),
    ),
  ]);
  return rows.map((row) => ({
    id: row.id,
    staffId: row.staffId,
    staffName: people.get(row.staffId)?.fullName ?? '',
    unitId: row.unitId,
    unitName: names.get(row.unitId) ?? '',
    grantedAt: iso(row.grantedAt)!,
    grantedBy: row.grantedBy,
    revokedAt: iso(row.revokedAt),
  }));
}

async function findClearance(db: Queryable, id: string): Promise<Clearance> {
  const rows = await db.select().from(identityClearances).where(eq(identityClearances.id, id));
  if (rows.length === 0) throw new DomainError(PetitionError.CLEARANCE_NOT_FOUND);
  return (await describe(db, rows))[0]!;
}

/** Grants an officer the identity clearance at a unit (and the units under it); once at a time per officer and unit. */
export async function grantClearance(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { staffId: string; unitId: string },
): Promise<Clearance> {
  const { db, access } = deps;
  await access.require(principal, PetitionPermission['petitions.clearance'], input.unitId);
  // A person grants it, to somebody else: no API token, and nobody clears themselves.
  if (principal.kind !== 'session' || principal.accountId === input.staffId) throw new DomainError(PetitionError.CLEARANCE_SELF_GRANT);
  await getUnitRow(db, input.unitId);
  if (!(await findStaffContacts(db, [input.staffId])).has(input.staffId)) throw new DomainError(OrgError.STAFF_NOT_FOUND);
  const id = await runCommand(db, context, async (tx, audit) => {
    const [held] = await tx
      .select({ id: identityClearances.id })
      .from(identityClearances)
      .where(
        and(
          eq(identityClearances.staffId, input.staffId),
          eq(identityClearances.unitId, input.unitId),
          isNull(identityClearances.revokedAt),
        ),
      );
    if (held) throw new DomainError(PetitionError.CLEARANCE_ALREADY_GRANTED);
    // Two grants at once: the partial unique index lets one through; the other is told it is held.
    const [created] = await tx
      .insert(identityClearances)
      .values({ ...input, grantedAt: new Date().toISOString(), grantedBy: actorOf(principal).name })
      .onConflictDoNothing()
      .returning({ id: identityClearances.id });
    if (!created) throw new DomainError(PetitionError.CLEARANCE_ALREADY_GRANTED);
    audit.record({ action: 'identity_clearance.grant', entity: 'identity_clearance', entityId: created!.id, after: input });
    return created!.id;
  });
  return findClearance(db, id);
}

/** Revokes a clearance: from then on its holder reads no identity through it. Revoking twice changes nothing. */
export async function revokeClearance(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  clearanceId: string,
): Promise<Clearance> {
  const { db, access } = deps;
  const clearance = await findClearance(db, clearanceId);
  await access.require(principal, PetitionPermission['petitions.clearance'], clearance.unitId);
  if (clearance.revokedAt !== null) return clearance;
  await runCommand(db, context, async (tx, audit) => {
    await tx
      .update(identityClearances)
      .set({ revokedAt: new Date().toISOString(), revokedBy: actorOf(principal).name })
      .where(eq(identityClearances.id, clearanceId));
    audit.record({ action: 'identity_clearance.revoke', entity: 'identity_clearance', entityId: clearanceId });
  });
  return findClearance(db, clearanceId);
}

/** The clearances of the units in the caller's reach, the latest first. */
export async function listClearances(deps: { db: Db; access: AccessPolicy }, principal: Principal): Promise<Clearance[]> {
  const { db, access } = deps;
  await access.requireSomewhere(principal, PetitionPermission['petitions.clearance']);
  const rows = await db
    .select()
    .from(identityClearances)
    .where(access.unitScope(principal, PetitionPermission['petitions.clearance'], identityClearances.unitId))
    .orderBy(desc(identityClearances.grantedAt))
    .limit(500);
  return describe(db, rows);
}

/** Who read a petition's identity, when and why (for whoever grants clearances over its unit). */
export async function listIdentityReads(deps: { db: Db; access: AccessPolicy }, principal: Principal, petitionId: string) {
  const { db, access } = deps;
  const petition = await getPetition(db, petitionId);
  await access.require(principal, PetitionPermission['petitions.clearance'], petition.unitId);
  const rows = await db
    .select()
    .from(identityAccessLog)
    .where(eq(identityAccessLog.petitionId, petitionId))
    .orderBy(desc(identityAccessLog.at));
  const people = await findStaffContacts(
    db,
    rows.map((row) => row.staffId),
  );
  return rows.map((row) => ({
    id: row.id,
    staffId: row.staffId,
    staffName: people.get(row.staffId)?.fullName ?? '',
    purpose: row.purpose,
    at: new Date(row.at).toISOString(),
  }));
}
