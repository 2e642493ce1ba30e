import { and, eq, sql } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { accounts } from '../../../platform/auth/auth.tables.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { matchesAnyText } from '../../../platform/db/search.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { OrgPermission } from '../org.policy.js';
import type { Me, Staff, StaffListQuery } from '../../../contracts/org.js';
import { staff, units } from '../org.tables.js';
import { getStaff, selectRolesOf, selectStaff } from '../staff.repository.js';

type Deps = { db: Db; access: AccessPolicy };

/** Who I am: profile, home unit, roles with their units, and the permissions they give. */
export async function getMe(deps: Deps, principal: Principal): Promise<Me> {
  if (principal.kind !== 'session') throw new DomainError(PlatformError.FORBIDDEN);
  const person = await getStaff(deps.db, principal.accountId);
  const assignments = (await selectRolesOf(deps.db, [person.id])).get(person.id) ?? [];
  const [home] = person.unitId
    ? await deps.db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.id, person.unitId))
    : [];
  return {
    id: person.id,
    username: person.username,
    fullName: person.fullName,
    email: person.email,
    phone: person.phone,
    title: person.title,
    unit: home ?? null,
    roles: assignments.map((role) => ({
      id: role.id,
      role: role.role,
      unit: role.unitId ? { id: role.unitId, code: role.unitCode ?? '', name: role.unitName ?? '' } : null,
    })),
    permissions: await deps.access.permissionsOf(principal),
  };
}

/** The staff in my reach, searched by name or username without diacritics, optionally under one unit. */
export async function listStaff(deps: Deps, principal: Principal, query: StaffListQuery) {
  const isGlobal = await deps.access.can(principal, OrgPermission['staff.read'], null);
  const scope = isGlobal ? undefined : deps.access.unitScope(principal, OrgPermission['staff.read'], staff.unitId);
  const inUnit = query.unitId
    ? sql`${staff.unitId} in (select u.id from ${units} u, ${units} r where r.id = ${query.unitId} and u.path like r.path || '%')`
    : undefined;
  const where = and(scope, inUnit, matchesAnyText([staff.fullName, accounts.username], query.q));
  const { items, total } = await selectStaff(deps.db, { where, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** One staff member: myself, or someone whose home unit is in my reach. */
export async function getStaffInReach(deps: Deps, principal: Principal, id: string): Promise<Staff> {
  const person = await getStaff(deps.db, id);
  const isSelf = principal.kind === 'session' && principal.accountId === person.id;
  if (!isSelf) await deps.access.require(principal, OrgPermission['staff.read'], person.unitId);
  return person;
}
