import type { SQL, SQLWrapper } from 'drizzle-orm';
import { roles, type Permission, type Role } from '../../contracts/auth.js';
import type { Queryable } from '../db/types.js';
import type { Principal } from './principal.js';

export { roleLabels, roles, type Role } from '../../contracts/auth.js';

export const allStaffRoles: readonly Role[] = roles;

const permissionRoles = new Map<string, readonly Role[]>();

/**
 * Declares which roles grant each permission; every module declares its own in its policy file.
 * The names come from the shared contract's list, which the officer app checks against.
 */
export function definePermissions<Name extends Permission>(table: Record<Name, readonly Role[]>): { [N in Name]: N } {
  const names = {} as { [N in Name]: N };
  for (const [name, granted] of Object.entries(table) as [Name, readonly Role[]][]) {
    if (permissionRoles.has(name)) throw new Error(`Permission ${name} is defined twice`);
    permissionRoles.set(name, granted);
    names[name] = name;
  }
  return names;
}

export function rolesGranting(permission: string): readonly Role[] {
  const granted = permissionRoles.get(permission);
  if (!granted) throw new Error(`Unknown permission ${permission}`);
  return granted;
}

export function knownPermissions(): string[] {
  return [...permissionRoles.keys()];
}

/**
 * Access control decided in SQL by role and unit subtree. Implemented by the org module
 * (which owns units and role assignments) and handed to every module through AppDeps.
 */
export interface AccessPolicy {
  /** A condition for a WHERE clause: the unit id in `unitIdColumn` lies in the principal's reach for `permission`. */
  unitScope(principal: Principal, permission: string, unitIdColumn: SQLWrapper): SQL;
  /**
   * Whether the principal holds `permission` at `unitId`; null asks for the whole deployment.
   * Inside a command pass its transaction as `on`: PGlite has one connection, so a query on
   * the outer handle would wait for the open transaction forever.
   */
  can(principal: Principal, permission: string, unitId: string | null, on?: Queryable): Promise<boolean>;
  /**
   * The permissions the principal holds at `unitId` (through a role held there, at an ancestor
   * or deployment-wide), in one query; pass the transaction as `on` inside a command.
   */
  permissionsAt(principal: Principal, unitId: string, on?: Queryable): Promise<Set<string>>;
  /** The permissions the principal holds at some unit or deployment-wide. */
  permissionsOf(principal: Principal): Promise<string[]>;
  /** Refuses (403 FORBIDDEN) unless the principal holds `permission` at `unitId` (null: deployment-wide). */
  require(principal: Principal, permission: string, unitId: string | null, on?: Queryable): Promise<void>;
  /** Refuses (403 FORBIDDEN) unless the principal holds `permission` at some unit or deployment-wide. */
  requireSomewhere(principal: Principal, permission: string): Promise<void>;
}
