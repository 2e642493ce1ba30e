import { eq, sql } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission } from '../org.policy.js';
import type { Unit, UnitPatch } from '../../../contracts/org.js';
import { units } from '../org.tables.js';
import { childPath, getUnit, getUnitRow, isCodeTaken, requireFreeAgencyIdentifier } from '../units.repository.js';
import { checkUnitShape } from '../unit-rules.js';

/** Edits a unit guarded by its version; moving it re-roots its whole subtree. */
export async function updateUnit(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { id: string; expectedVersion: number; patch: UnitPatch },
): Promise<Unit> {
  const { patch } = input;
  await deps.access.require(principal, OrgPermission['units.manage'], input.id);
  const isMoving = patch.parentId !== undefined;
  if (isMoving && !(await deps.access.can(principal, OrgPermission['units.manage'], patch.parentId ?? null))) {
    throw new DomainError(PlatformError.FORBIDDEN);
  }
  return runCommand(deps.db, context, async (tx, audit) => {
    const current = await getUnitRow(tx, input.id, { forUpdate: true });
    if (current.version !== input.expectedVersion) {
      throw new DomainError(PlatformError.VERSION_MISMATCH, { current: current.version });
    }
    const next = {
      code: patch.code ?? current.code,
      name: patch.name ?? current.name,
      type: patch.type ?? current.type,
      designation: patch.designation === undefined ? current.designation : patch.designation,
      parentId: patch.parentId === undefined ? current.parentId : patch.parentId,
      validFrom: patch.validFrom === undefined ? current.validFrom : patch.validFrom,
      validTo: patch.validTo === undefined ? current.validTo : patch.validTo,
      legalBasis: patch.legalBasis === undefined ? current.legalBasis : patch.legalBasis,
      address: patch.address === undefined ? current.address : patch.address,
      agencyName: patch.agencyName === undefined ? current.agencyName : patch.agencyName,
      agencyIdentifier: patch.agencyIdentifier === undefined ? current.agencyIdentifier : patch.agencyIdentifier,
      placeName: patch.placeName === undefined ? current.placeName : patch.placeName,
      headTitle: patch.headTitle === undefined ? current.headTitle : patch.headTitle,
    };
    if (next.agencyIdentifier !== current.agencyIdentifier || next.validFrom !== current.validFrom) {
      await requireFreeAgencyIdentifier(tx, next.agencyIdentifier, next.validFrom, current.id);
    }
    const parent = next.parentId ? await getUnitRow(tx, next.parentId) : null;
    if (parent && parent.path.startsWith(current.path)) throw new DomainError(OrgError.UNIT_CYCLE);
    const errors = checkUnitShape(next, parent?.type ?? null);
    if (errors.length > 0) throw validationError(errors);
    if (
      (next.code !== current.code || next.validFrom !== current.validFrom) &&
      (await isCodeTaken(tx, next.code, next.validFrom, current.id))
    ) {
      throw new DomainError(OrgError.UNIT_CODE_TAKEN, { code: next.code });
    }
    const path = childPath(parent?.path ?? null, current.id);
    const depth = parent ? parent.depth + 1 : 0;
    await tx
      .update(units)
      .set({ ...next, path, depth, version: current.version + 1, updatedAt: new Date() })
      .where(eq(units.id, current.id));
    if (path !== current.path) {
      await tx
        .update(units)
        .set({
          path: sql`${path} || substr(${units.path}, ${current.path.length + 1})`,
          depth: sql`${units.depth} + ${depth - current.depth}`,
        })
        .where(sql`${units.path} like ${`${current.path}%`} and ${units.id} <> ${current.id}`);
    }
    const { path: _p, depth: _d, version: _v, createdAt: _c, updatedAt: _u, id: _i, ...before } = current;
    audit.recordChange({ action: 'unit.update', entity: 'unit', entityId: current.id }, before, next);
    return getUnit(tx, current.id);
  });
}
