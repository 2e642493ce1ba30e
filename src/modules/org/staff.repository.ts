import { and, asc, count, eq, inArray, isNull, ne, type SQL } from 'drizzle-orm';
import { accounts } from '../../platform/auth/auth.tables.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { OrgError } from './org.errors.js';
import type { Role } from '../../contracts/auth.js';
import type { Staff } from '../../contracts/org.js';
import { roleAssignments, staff, units } from './org.tables.js';

const staffColumns = {
  id: staff.id,
  username: accounts.username,
  fullName: staff.fullName,
  email: staff.email,
  phone: staff.phone,
  title: staff.title,
  unitId: staff.unitId,
  unitName: units.name,
  isActive: staff.isActive,
  lockedUntil: accounts.lockedUntil,
  version: staff.version,
};

/** A page of staff with their roles: two queries, whatever the page size. */
export async function selectStaff(
  db: Queryable,
  options: { where?: SQL | undefined; limit: number; offset: number },
): Promise<{ items: Staff[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select(staffColumns)
      .from(staff)
      .innerJoin(accounts, eq(accounts.id, staff.id))
      .leftJoin(units, eq(units.id, staff.unitId))
      .where(options.where)
      .orderBy(asc(staff.fullName), asc(accounts.username))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ value: count() }).from(staff).innerJoin(accounts, eq(accounts.id, staff.id)).where(options.where),
  ]);
  const roles = await selectRolesOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => ({
      ...row,
      isActive: row.isActive === 1,
      lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
      roles: roles.get(row.id) ?? [],
    })),
    total: total?.value ?? 0,
  };
}

export async function selectRolesOf(db: Queryable, staffIds: string[]) {
  const byStaff = new Map<string, { id: string; role: Role; unitId: string | null; unitName: string | null; unitCode: string | null }[]>();
  if (staffIds.length === 0) return byStaff;
  const rows = await db
    .select({
      staffId: roleAssignments.staffId,
      id: roleAssignments.id,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: units.name,
      unitCode: units.code,
    })
    .from(roleAssignments)
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .where(inArray(roleAssignments.staffId, staffIds))
    .orderBy(asc(roleAssignments.createdAt));
  for (const { staffId, ...role } of rows) byStaff.set(staffId, [...(byStaff.get(staffId) ?? []), role]);
  return byStaff;
}

export async function getStaff(db: Queryable, id: string): Promise<Staff> {
  const { items } = await selectStaff(db, { where: eq(staff.id, id), limit: 1, offset: 0 });
  const found = items[0];
  if (!found) throw new DomainError(OrgError.STAFF_NOT_FOUND);
  return found;
}

export async function getStaffRow(db: Queryable, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(staff).where(eq(staff.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new DomainError(OrgError.STAFF_NOT_FOUND);
  return row;
}

/** Active deployment-wide administrators, to keep at least one. */
export async function countGlobalAdministrators(db: Queryable, except: { assignmentId?: string; staffId?: string } = {}): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(roleAssignments)
    .innerJoin(staff, eq(staff.id, roleAssignments.staffId))
    .where(
      and(
        eq(roleAssignments.role, 'administrator'),
        isNull(roleAssignments.unitId),
        eq(staff.isActive, 1),
        except.assignmentId ? ne(roleAssignments.id, except.assignmentId) : undefined,
        except.staffId ? ne(staff.id, except.staffId) : undefined,
      ),
    );
  return row?.value ?? 0;
}

/** A staff member's full name, for the signature lines of forms; undefined for system actors and tokens. */
export async function findStaffName(db: Queryable, id: string | null): Promise<string | undefined> {
  if (!id) return undefined;
  const [row] = await db.select({ fullName: staff.fullName }).from(staff).where(eq(staff.id, id));
  return row?.fullName;
}
