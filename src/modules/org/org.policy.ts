import { sql, type SQL } from 'drizzle-orm';
import { allStaffRoles, definePermissions, knownPermissions, rolesGranting, type AccessPolicy } from '../../platform/auth/access.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { rowsOf, type Db, type Queryable } from '../../platform/db/types.js';
import { roleAssignments, staff, units } from './org.tables.js';

export const OrgPermission = definePermissions({
  'units.read': allStaffRoles,
  'units.manage': ['administrator'],
  'staff.read': ['administrator', 'supervisor', 'leader'],
  'staff.manage': ['administrator'],
  'tokens.manage': ['administrator'],
});

/**
 * The one access-control helper every module reuses. A role held at a unit reaches the
 * unit's subtree (units whose path starts with its path); a role held with no unit reaches
 * the whole deployment. An API token carries exactly one role at one unit.
 */
export function createAccessPolicy(db: Db): AccessPolicy {
  const policy: AccessPolicy = {
    unitScope(principal, permission, unitIdColumn) {
      return sql`${unitIdColumn} IN (${reachableUnitIds(principal, permission)})`;
    },
    async can(principal, permission, unitId, on = db) {
      const granted = rolesGranting(permission);
      const result = await on.execute(sql`select ${grantCondition(principal, granted, unitId)} as "allowed"`);
      return rowsOf<{ allowed: boolean }>(result)[0]?.allowed === true;
    },
    async permissionsAt(principal, unitId, on = db) {
      const held = new Set(rowsOf<{ role: string }>(await on.execute(rolesAtUnit(principal, unitId))).map((row) => row.role));
      return new Set(knownPermissions().filter((permission) => rolesGranting(permission).some((role) => held.has(role))));
    },
    async permissionsOf(principal) {
      const held = await heldRoles(db, principal);
      return knownPermissions().filter((permission) => rolesGranting(permission).some((role) => held.has(role)));
    },
    async require(principal, permission, unitId, on) {
      if (!(await policy.can(principal, permission, unitId, on))) throw new DomainError(PlatformError.FORBIDDEN);
    },
    async requireSomewhere(principal, permission) {
      if (!(await policy.permissionsOf(principal)).includes(permission)) throw new DomainError(PlatformError.FORBIDDEN);
    },
  };
  return policy;
}

/** A subquery of the ids of the units where the principal holds a role granting `permission`. */
export function reachableUnitIds(principal: Principal, permission: string): SQL {
  const granted = rolesGranting(permission);
  if (principal.kind === 'token') {
    if (!granted.includes(principal.role as never)) return sql`select null::uuid where false`;
    if (principal.unitId === null) return sql`select u.id from ${units} u`;
    return sql`select u.id from ${units} u, ${units} r where r.id = ${principal.unitId} and u.path like r.path || '%'`;
  }
  return sql`select u.id from ${units} u
    where exists (
      select 1 from ${roleAssignments} ra left join ${units} r on r.id = ra.unit_id
      where ra.staff_id = ${principal.accountId} and ra.role in ${roleList(granted)}
        and (ra.unit_id is null or u.path like r.path || '%'))`;
}

/**
 * Refuses (403) unless the principal may act on an account — reset its password, edit or disable it, give or
 * take its roles. It needs `staff.manage` over the account's home unit and over every unit where
 * the account holds a role (a role held deployment-wide needs `staff.manage` deployment-wide), so
 * nobody takes over an account that reaches further than they do. One query.
 */
export async function requireAccountReach(principal: Principal, staffId: string, on: Queryable): Promise<void> {
  const permission = OrgPermission['staff.manage'];
  const result = await on.execute(sql`select not exists (
      select 1 from (
        select ra.unit_id from ${roleAssignments} ra where ra.staff_id = ${staffId}
        union all select s.unit_id from ${staff} s where s.id = ${staffId}
      ) places
      where (places.unit_id is null and not ${grantCondition(principal, rolesGranting(permission), null)})
         or (places.unit_id is not null and places.unit_id not in (${reachableUnitIds(principal, permission)}))
    ) as "allowed"`);
  if (rowsOf<{ allowed: boolean }>(result)[0]?.allowed !== true) throw new DomainError(PlatformError.FORBIDDEN);
}

/** Boolean SQL: the principal holds one of `granted` at `unitId` (or deployment-wide when null). */
function grantCondition(principal: Principal, granted: readonly string[], unitId: string | null): SQL {
  if (principal.kind === 'token') {
    if (!granted.includes(principal.role)) return sql`false`;
    if (principal.unitId === null) return sql`true`;
    if (unitId === null) return sql`false`;
    return sql`exists (select 1 from ${units} u, ${units} r where u.id = ${unitId} and r.id = ${principal.unitId} and u.path like r.path || '%')`;
  }
  if (unitId === null) {
    return sql`exists (select 1 from ${roleAssignments} ra where ra.staff_id = ${principal.accountId} and ra.role in ${roleList(granted)} and ra.unit_id is null)`;
  }
  return sql`exists (
    select 1 from ${roleAssignments} ra
    where ra.staff_id = ${principal.accountId} and ra.role in ${roleList(granted)}
      and (ra.unit_id is null or exists (
        select 1 from ${units} u, ${units} r where u.id = ${unitId} and r.id = ra.unit_id and u.path like r.path || '%')))`;
}

/** The roles the principal holds that reach `unitId`. */
function rolesAtUnit(principal: Principal, unitId: string): SQL {
  if (principal.kind === 'token') {
    if (principal.unitId === null) return sql`select ${principal.role}::text as role`;
    return sql`select ${principal.role}::text as role from ${units} u, ${units} r where u.id = ${unitId} and r.id = ${principal.unitId} and u.path like r.path || '%'`;
  }
  return sql`select distinct ra.role from ${roleAssignments} ra
    where ra.staff_id = ${principal.accountId}
      and (ra.unit_id is null or exists (
        select 1 from ${units} u, ${units} r where u.id = ${unitId} and r.id = ra.unit_id and u.path like r.path || '%'))`;
}

async function heldRoles(db: Db, principal: Principal): Promise<Set<string>> {
  if (principal.kind === 'token') return new Set([principal.role]);
  const result = await db.execute(sql`select distinct role from ${roleAssignments} where staff_id = ${principal.accountId}`);
  return new Set(rowsOf<{ role: string }>(result).map((row) => row.role));
}

function roleList(granted: readonly string[]): SQL {
  return sql`(${sql.join(
    granted.map((role) => sql`${role}`),
    sql`, `,
  )})`;
}
