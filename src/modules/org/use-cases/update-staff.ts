import { eq } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { setAccountDisabled } from '../../../platform/auth/accounts.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission, requireAccountReach } from '../org.policy.js';
import type { Staff, StaffPatch } from '../../../contracts/org.js';
import { staff } from '../org.tables.js';
import { countGlobalAdministrators, getStaff, getStaffRow } from '../staff.repository.js';
import { getUnitRow } from '../units.repository.js';

export async function updateStaff(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { id: string; expectedVersion: number; patch: StaffPatch },
): Promise<Staff> {
  const { patch } = input;
  return runCommand(deps.db, context, async (tx, audit) => {
    const current = await getStaffRow(tx, input.id, { forUpdate: true });
    await requireAccountReach(principal, current.id, tx);
    if (patch.unitId !== undefined && patch.unitId !== current.unitId) {
      await deps.access.require(principal, OrgPermission['staff.manage'], patch.unitId ?? null, tx);
      if (patch.unitId) await getUnitRow(tx, patch.unitId);
    }
    if (current.version !== input.expectedVersion) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: current.version });
    const next = {
      fullName: patch.fullName ?? current.fullName,
      email: patch.email === undefined ? current.email : patch.email,
      phone: patch.phone === undefined ? current.phone : patch.phone,
      title: patch.title === undefined ? current.title : patch.title,
      unitId: patch.unitId === undefined ? current.unitId : patch.unitId,
      isActive: patch.isActive === undefined ? current.isActive : patch.isActive ? 1 : 0,
    };
    if (current.isActive === 1 && next.isActive === 0 && (await countGlobalAdministrators(tx, { staffId: current.id })) === 0) {
      throw new DomainError(OrgError.LAST_ADMINISTRATOR);
    }
    await tx
      .update(staff)
      .set({ ...next, version: current.version + 1, updatedAt: new Date() })
      .where(eq(staff.id, current.id));
    if (next.isActive !== current.isActive) await setAccountDisabled(tx, current.id, next.isActive === 0);
    audit.recordChange({ action: 'staff.update', entity: 'staff', entityId: current.id }, current, next);
    return getStaff(tx, current.id);
  });
}
