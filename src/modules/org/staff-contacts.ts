import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { PeopleDirectory } from '../../platform/auth/people.js';
import type { Db, Queryable } from '../../platform/db/types.js';
import type { Role } from '../../contracts/auth.js';
import { roleAssignments, staff } from './org.tables.js';

/** What a printed form says about an officer: the full name, the phone to call, the title and the unit they belong to. */
export type StaffContact = { id: string; fullName: string; phone: string | null; title: string | null; unitId: string | null };

/** The staff members among `ids` (system actors and API tokens have none), in one query, by id. */
export async function findStaffContacts(db: Queryable, ids: readonly (string | null | undefined)[]): Promise<Map<string, StaffContact>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, fullName: staff.fullName, phone: staff.phone, title: staff.title, unitId: staff.unitId })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** One staff member's contact; undefined for system actors and tokens. */
export async function findStaffContact(db: Queryable, id: string | null | undefined): Promise<StaffContact | undefined> {
  return (await findStaffContacts(db, [id])).get(id ?? '');
}

/** The platform's directory of people (the audit log's names): staff full names by account id. */
export function createPeopleDirectory(db: Db): PeopleDirectory {
  return {
    async fullNames(ids, on = db) {
      const contacts = await findStaffContacts(on, ids);
      return new Map([...contacts].map(([id, contact]) => [id, contact.fullName]));
    },
  };
}

/** The e-mail addresses of the active officers holding one of `roles` at a unit (to warn them of deadlines). */
export async function findEmailsOfRoles(db: Queryable, unitId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: staff.email })
    .from(staff)
    .innerJoin(roleAssignments, eq(roleAssignments.staffId, staff.id))
    .where(
      and(eq(roleAssignments.unitId, unitId), inArray(roleAssignments.role, [...roles]), eq(staff.isActive, 1), isNotNull(staff.email)),
    );
  return rows.flatMap((row) => (row.email ? [row.email] : []));
}
