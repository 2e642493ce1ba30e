import { and, eq, sql } from 'drizzle-orm';
import type { AccessPolicy, Role } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission, requireAccountReach } from '../org.policy.js';
import { roleAssignments } from '../org.tables.js';
import { countGlobalAdministrators, getStaffRow, selectRolesOf } from '../staff.repository.js';
import { getUnitRow } from '../units.repository.js';

type Deps = { db: Db; access: AccessPolicy };

export async function assignRole(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { staffId: string; role: Role; unitId: string | null },
) {
  await deps.access.require(principal, OrgPermission['staff.manage'], input.unitId);
  return runCommand(deps.db, context, async (tx, audit) => {
    await getStaffRow(tx, input.staffId);
    await requireAccountReach(principal, input.staffId, tx);
    if (input.unitId) await getUnitRow(tx, input.unitId);
    const inserted = await tx
      .insert(roleAssignments)
      .values({ staffId: input.staffId, role: input.role, unitId: input.unitId })
      .onConflictDoNothing()
      .returning({ id: roleAssignments.id });
    const id = inserted[0]?.id;
    if (!id) throw new DomainError(OrgError.ROLE_ALREADY_ASSIGNED);
    audit.record({
      action: 'staff.role_assign',
      entity: 'staff',
      entityId: input.staffId,
      after: { assignmentId: id, role: input.role, unitId: input.unitId },
    });
    const roles = await selectRolesOf(tx, [input.staffId]);
    const assignment = roles.get(input.staffId)?.find((role) => role.id === id);
    return { id, role: input.role, unitId: input.unitId, unitName: assignment?.unitName ?? null };
  });
}

export async function revokeRole(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { staffId: string; assignmentId: string },
): Promise<void> {
  await runCommand(deps.db, context, async (tx, audit) => {
    const [assignment] = await tx
      .select()
      .from(roleAssignments)
      .where(and(eq(roleAssignments.id, input.assignmentId), eq(roleAssignments.staffId, input.staffId)))
      .for('update');
    if (!assignment) throw new DomainError(OrgError.ROLE_ASSIGNMENT_NOT_FOUND);
    await requireAccountReach(principal, input.staffId, tx);
    if (
      assignment.role === 'administrator' &&
      assignment.unitId === null &&
      (await countGlobalAdministrators(tx, { assignmentId: assignment.id })) === 0
    ) {
      throw new DomainError(OrgError.LAST_ADMINISTRATOR);
    }
    await tx.delete(roleAssignments).where(sql`${roleAssignments.id} = ${assignment.id}`);
    audit.record({
      action: 'staff.role_revoke',
      entity: 'staff',
      entityId: input.staffId,
      before: { assignmentId: assignment.id, role: assignment.role, unitId: assignment.unitId },
    });
  });
}
