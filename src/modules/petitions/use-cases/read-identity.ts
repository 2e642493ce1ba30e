import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PetitionerIdentity } from '../../../contracts/petitions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { ancestorUnitIds } from '../../org/index.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { identityAccessLog, identityClearances, petitionerIdentities } from '../petitions.tables.js';

/** Whether a staff member holds a clearance, not revoked, at the unit or a unit above it. */
export async function holdsClearance(db: Queryable, staffId: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: identityClearances.id })
    .from(identityClearances)
    .where(
      and(
        eq(identityClearances.staffId, staffId),
        isNull(identityClearances.revokedAt),
        sql`${identityClearances.unitId} in (${ancestorUnitIds(unitId)})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The petitioner's identity, for an officer who can read the petition and holds an identity
 * clearance over its unit: the read is logged with its purpose (and audited without the identity)
 * in the same transaction, so no identity leaves the store unrecorded. API tokens hold no clearance.
 */
export async function readIdentity(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; purpose: string },
  now: Date = new Date(),
): Promise<{ petitionId: string; identity: PetitionerIdentity | null; readAt: string }> {
  const { db, access } = deps;
  const petition = await getPetition(db, input.petitionId);
  await access.require(principal, PetitionPermission['petitions.read'], petition.unitId);
  if (principal.kind !== 'session' || !(await holdsClearance(db, principal.accountId, petition.unitId))) {
    throw new DomainError(PetitionError.IDENTITY_CLEARANCE_REQUIRED);
  }
  const staffId = principal.accountId;
  const readAt = now.toISOString();
  return runCommand(db, context, async (tx, audit) => {
    await tx.insert(identityAccessLog).values({ petitionId: petition.id, staffId, purpose: input.purpose, at: readAt });
    audit.record({ action: 'petition.identity_read', entity: 'petition', entityId: petition.id, after: { purpose: input.purpose } });
    const [stored] = await tx.select().from(petitionerIdentities).where(eq(petitionerIdentities.petitionId, petition.id));
    const identity: PetitionerIdentity | null = stored
      ? {
          fullName: stored.fullName,
          ...(stored.idNumber ? { idNumber: stored.idNumber } : {}),
          ...(stored.phone ? { phone: stored.phone } : {}),
          ...(stored.address ? { address: stored.address } : {}),
          ...(stored.email ? { email: stored.email } : {}),
        }
      : null;
    return { petitionId: petition.id, identity, readAt };
  });
}
