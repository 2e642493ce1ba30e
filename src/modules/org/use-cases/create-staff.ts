import type { z } from 'zod';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { insertAccount } from '../../../platform/auth/accounts.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';

import { OrgPermission } from '../org.policy.js';
import type { Staff, StaffInput } from '../../../contracts/org.js';
import { roleAssignments, staff } from '../org.tables.js';
import { getStaff } from '../staff.repository.js';
import { getUnitRow } from '../units.repository.js';

/** Creates a staff member with a sign-in account and initial roles, in one command. */
export async function createStaff(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof StaffInput>,
): Promise<Staff> {
  const unitId = input.unitId ?? null;
  const scopes = [unitId, ...input.roles.map((role) => role.unitId)];
  for (const scope of new Set(scopes)) {
    await deps.access.require(principal, OrgPermission['staff.manage'], scope);
  }
  return runCommand(deps.db, context, async (tx, audit) => {
    for (const scope of new Set(scopes)) if (scope) await getUnitRow(tx, scope);
    const account = await insertAccount(tx, { username: input.username, password: input.password, mustChangePassword: true });
    const person = {
      id: account.id,
      fullName: input.fullName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      title: input.title ?? null,
      unitId,
    };
    await tx.insert(staff).values(person);
    const uniqueRoles = [...new Map(input.roles.map((role) => [`${role.role}@${role.unitId}`, role])).values()];
    if (uniqueRoles.length > 0) {
      await tx.insert(roleAssignments).values(uniqueRoles.map((role) => ({ staffId: account.id, role: role.role, unitId: role.unitId })));
    }
    audit.record({
      action: 'staff.create',
      entity: 'staff',
      entityId: account.id,
      after: { ...person, username: input.username, roles: uniqueRoles },
    });
    return getStaff(tx, account.id);
  });
}
