import { stepInstant } from '../../cases/index.js';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ProtectionDecision, ProtectionRequest } from '../../../contracts/petition-records.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { PetitionError } from '../petitions.errors.js';
import { PetitionPermission } from '../petitions.policy.js';
import { getPetition } from '../petitions.repository.js';
import { protectionRequests } from '../petitions.tables.js';
import { holdsClearance } from './read-identity.js';

type Deps = { db: Db; access: AccessPolicy };
type Row = typeof protectionRequests.$inferSelect;
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

const present = (row: Row): ProtectionRequest => ({
  id: row.id,
  petitionId: row.petitionId,
  requestedAt: new Date(row.requestedAt).toISOString(),
  requestedBy: row.requestedBy as ProtectionRequest['requestedBy'],
  measuresAsked: row.measuresAsked as ProtectionRequest['measuresAsked'],
  status: row.status as ProtectionRequest['status'],
  measuresGranted: row.measuresGranted as ProtectionRequest['measuresGranted'],
  decisionRef: row.decisionRef,
  decidedAt: iso(row.decidedAt),
  endedAt: iso(row.endedAt),
  reason: row.reason,
  note: row.note,
});

/** Protection concerns the denouncer and relatives: only an officer cleared for the petition's unit deals with it. */
async function requireCleared(deps: Deps, principal: Principal, petitionId: string, permission: string) {
  const petition = await getPetition(deps.db, petitionId);
  await deps.access.require(principal, permission, petition.unitId);
  if (principal.kind !== 'session' || !(await holdsClearance(deps.db, principal.accountId, petition.unitId)))
    throw new DomainError(PetitionError.IDENTITY_CLEARANCE_REQUIRED);
  return petition;
}

/** Records a request to protect a denouncer or relatives (Law 25/2018 arts. 47–58), with the measures asked. */
export async function requestProtection(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { petitionId: string; requestedAt?: string; requestedBy: Row['requestedBy']; measures: string[]; note?: string },
  now: Date = new Date(),
): Promise<ProtectionRequest> {
  const petition = await requireCleared(deps, principal, input.petitionId, PetitionPermission['petitions.settle']);
  const requestedAt = stepInstant('requestedAt', input.requestedAt, now, {
    at: Date.parse(petition.receivedAt),
    what: 'ngày nhận đơn / the day of receipt',
  });
  const row = await runCommand(deps.db, context, async (tx, audit) => {
    const [created] = await tx
      .insert(protectionRequests)
      .values({
        petitionId: petition.id,
        requestedAt: requestedAt.toISOString(),
        requestedBy: input.requestedBy,
        measuresAsked: input.measures,
        status: 'requested',
        note: input.note ?? null,
      })
      .returning();
    audit.record({
      action: 'petition.protection_request',
      entity: 'petition',
      entityId: petition.id,
      after: { requestId: created!.id, measures: input.measures },
    });
    return created!;
  });
  return present(row);
}

export async function listProtectionRequests(deps: Deps, principal: Principal, petitionId: string): Promise<ProtectionRequest[]> {
  const petition = await requireCleared(deps, principal, petitionId, PetitionPermission['petitions.read']);
  const rows = await deps.db
    .select()
    .from(protectionRequests)
    .where(eq(protectionRequests.petitionId, petition.id))
    .orderBy(asc(protectionRequests.requestedAt));
  return rows.map(present);
}

/** Grants (with the measures decided), refuses (with the reason) or ends a protection; a request moves requested → granted | refused, granted → ended. */
export async function decideProtection(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { requestId: string; decision: ProtectionDecision },
  now: Date = new Date(),
): Promise<ProtectionRequest> {
  const [row] = await deps.db.select().from(protectionRequests).where(eq(protectionRequests.id, input.requestId));
  if (!row) throw new DomainError(PlatformError.NOT_FOUND);
  await requireCleared(deps, principal, row.petitionId, PetitionPermission['petitions.settle']);
  const { decision } = input;
  const allowed = decision.action === 'end' ? row.status === 'granted' : row.status === 'requested';
  if (!allowed)
    throw new DomainError(PetitionError.SETTLEMENT_STEP_REFUSED, {
      why: { vi: `Yêu cầu đang ở trạng thái ${row.status}.`, en: `The request is ${row.status}.` },
    });
  const at = now.toISOString();
  const changes =
    decision.action === 'grant'
      ? { status: 'granted', measuresGranted: decision.measures, decisionRef: decision.decisionRef, decidedAt: at }
      : decision.action === 'refuse'
        ? { status: 'refused', decisionRef: decision.decisionRef, decidedAt: at, reason: decision.reason }
        : { status: 'ended', endedAt: at, reason: decision.reason };
  const updated = await runCommand(deps.db, context, async (tx, audit) => {
    const [saved] = await tx
      .update(protectionRequests)
      .set({ ...changes, version: sql`${protectionRequests.version} + 1` })
      // Only from the status it was read in: two decisions at once cannot both pass.
      .where(and(eq(protectionRequests.id, row.id), eq(protectionRequests.status, row.status)))
      .returning();
    if (!saved) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: '?' });
    audit.record({
      action: `petition.protection_${decision.action}`,
      entity: 'petition',
      entityId: row.petitionId,
      after: { requestId: row.id, status: changes.status },
    });
    return saved!;
  });
  return present(updated);
}
