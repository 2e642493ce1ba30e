import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { UnitDetail, UnitMergeInput } from '../../../contracts/org.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission } from '../org.policy.js';
import { units, unitSuccessions } from '../org.tables.js';
import { getUnit, getUnitRow, selectSuccessions } from '../units.repository.js';

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Units merged into one (villages by NĐ 185/2026, communes by the 2025 reform): the merged units
 * end the day before, and each is linked to the one that continues them, so that their history
 * (households, teams, figures) is kept and found from the new unit.
 */
export async function mergeUnits(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { intoId: string; merge: z.infer<typeof UnitMergeInput> },
): Promise<UnitDetail> {
  const { db, access } = deps;
  const into = await getUnitRow(db, input.intoId);
  await access.require(principal, OrgPermission['units.manage'], into.parentId ?? into.id);
  const { from, effectiveDate, legalBasis } = input.merge;
  if (from.includes(into.id)) throw new DomainError(OrgError.MERGE_NOT_ALLOWED, { reason: 'itself' });
  const merged = await db.select().from(units).where(inArray(units.id, from));
  if (merged.length !== new Set(from).size) throw new DomainError(OrgError.UNIT_NOT_FOUND);
  const intoEnded = (into.validTo !== null && into.validTo < effectiveDate) || (into.validFrom !== null && into.validFrom > effectiveDate);
  if (intoEnded) throw new DomainError(OrgError.MERGE_NOT_ALLOWED, { reason: into.name });
  for (const unit of merged) {
    await access.require(principal, OrgPermission['units.manage'], unit.id);
    const ended = unit.validTo !== null && unit.validTo < effectiveDate;
    const later = unit.validFrom !== null && unit.validFrom >= effectiveDate;
    if (unit.type !== into.type || unit.parentId !== into.parentId || ended || later) {
      throw new DomainError(OrgError.MERGE_NOT_ALLOWED, { reason: unit.name });
    }
  }
  await runCommand(db, context, async (tx, audit) => {
    for (const unit of merged) {
      const ended = await tx
        .update(units)
        .set({ validTo: dayBefore(effectiveDate), version: unit.version + 1 })
        .where(and(eq(units.id, unit.id), eq(units.version, unit.version)))
        .returning({ id: units.id });
      if (ended.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: unit.version });
    }
    await tx
      .insert(unitSuccessions)
      .values(
        merged.map((unit) => ({
          fromUnitId: unit.id,
          toUnitId: into.id,
          kind: 'merge' as const,
          share: 'full' as const,
          effectiveDate,
          legalBasis: legalBasis ?? null,
        })),
      )
      .onConflictDoNothing();
    audit.record({ action: 'units.merge', entity: 'unit', entityId: into.id, after: { from, effectiveDate } });
  });
  const unit = await getUnit(db, into.id);
  return { ...unit, ...(await selectSuccessions(db, into.id)) };
}
