import { and, eq, isNull } from 'drizzle-orm';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { randomToken, sha256 } from '../../../platform/auth/secrets.js';
import type { Queryable } from '../../../platform/db/types.js';
import type { AppDeps } from '../../../platform/http/deps.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { findStaffName, getUnitRow } from '../../org/index.js';
import { RatingError } from '../ratings.errors.js';
import { RatingPermission } from '../ratings.policy.js';
import { ratingKiosks } from '../ratings.tables.js';

export type Kiosk = typeof ratingKiosks.$inferSelect;

/**
 * Pairs a counter tablet with the signed-in officer: the tablet opens `/danh-gia/quay/<token>`
 * and from then on shows the officer's last transaction to the citizen, without a sign-in.
 * The token is shown once; only its hash is kept.
 */
export async function pairKiosk(
  deps: Pick<AppDeps, 'db' | 'access'>,
  principal: Extract<Principal, { kind: 'session' }>,
  context: CommandContext,
  input: { unitId: string; label: string },
) {
  const { db, access } = deps;
  await getUnitRow(db, input.unitId);
  await access.require(principal, RatingPermission['ratings.kiosk'], input.unitId);
  const token = randomToken(24);
  const officerName = (await findStaffName(db, principal.accountId)) ?? principal.username;
  const kiosk = await runCommand(db, context, async (tx, audit) => {
    const [row] = await tx
      .insert(ratingKiosks)
      .values({ unitId: input.unitId, officerId: principal.accountId, officerName, label: input.label, tokenHash: sha256(token) })
      .returning();
    audit.record({
      action: 'kiosk.pair',
      entity: 'rating_kiosk',
      entityId: row!.id,
      after: { unitId: row!.unitId, officerId: row!.officerId, label: row!.label },
    });
    return row!;
  });
  return { kiosk, token, path: `/danh-gia/quay/${token}` };
}

/** Revokes a kiosk; only its officer or someone holding the kiosk permission at its unit. */
export async function revokeKiosk(
  deps: Pick<AppDeps, 'db' | 'access'>,
  principal: Principal,
  context: CommandContext,
  kioskId: string,
): Promise<void> {
  const { db, access } = deps;
  const [kiosk] = await db
    .select()
    .from(ratingKiosks)
    .where(and(eq(ratingKiosks.id, kioskId), isNull(ratingKiosks.revokedAt)));
  if (!kiosk) throw new DomainError(RatingError.KIOSK_NOT_FOUND);
  await access.require(principal, RatingPermission['ratings.kiosk'], kiosk.unitId);
  await runCommand(db, context, async (tx, audit) => {
    await tx.update(ratingKiosks).set({ revokedAt: new Date().toISOString() }).where(eq(ratingKiosks.id, kioskId));
    audit.record({ action: 'kiosk.revoke', entity: 'rating_kiosk', entityId: kioskId });
  });
}

export async function findKioskByToken(db: Queryable, token: string): Promise<Kiosk | undefined> {
  if (!/^[\w-]{20,60}$/.test(token)) return undefined;
  const [kiosk] = await db
    .select()
    .from(ratingKiosks)
    .where(and(eq(ratingKiosks.tokenHash, sha256(token)), isNull(ratingKiosks.revokedAt)));
  return kiosk;
}
