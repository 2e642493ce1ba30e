import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { roleLabels, roles } from '../../platform/auth/access.js';
import { accounts } from '../../platform/auth/auth.tables.js';
import { matchesAnyText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { OrgPermission } from './org.policy.js';
import { Me, RoleAssignment, RoleAssignmentInput, Staff, StaffInput, StaffListQuery, StaffPatch } from './org.schemas.js';
import { staff, units } from './org.tables.js';
import { getStaff, selectRolesOf, selectStaff } from './staff.repository.js';
import { createStaff } from './use-cases/create-staff.js';
import { assignRole, revokeRole } from './use-cases/manage-roles.js';
import { resetStaffPassword } from './use-cases/reset-staff-password.js';
import { updateStaff } from './use-cases/update-staff.js';

const tags = ['staff'];
const IdParams = z.object({ id: z.uuid() });

export function registerStaffRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;

  app.get('/api/v1/me', {
    schema: { tags, summary: 'Who I am: profile, roles with their units, permissions', response: { 200: Me } },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      if (principal.kind !== 'session') throw new DomainError(PlatformError.FORBIDDEN);
      const person = await getStaff(db, principal.accountId);
      const assignments = (await selectRolesOf(db, [person.id])).get(person.id) ?? [];
      const [home] = person.unitId ? await db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.id, person.unitId)) : [];
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
        permissions: await access.permissionsOf(principal),
      };
    },
  });

  app.get('/api/v1/roles', {
    schema: {
      tags,
      summary: 'The roles that can be assigned',
      response: { 200: z.object({ items: z.array(z.object({ role: z.string(), label: z.object({ vi: z.string(), en: z.string() }) })) }) },
    },
    handler: async (request) => {
      requirePrincipal(request);
      return { items: roles.map((role) => ({ role, label: roleLabels[role] })) };
    },
  });

  app.get('/api/v1/staff', {
    schema: { tags, summary: 'List staff in my reach (search by name or username without diacritics)', querystring: StaffListQuery, response: { 200: Page(Staff) } },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const q = request.query;
      const isGlobal = await access.can(principal, OrgPermission['staff.read'], null);
      const scope = isGlobal ? undefined : access.unitScope(principal, OrgPermission['staff.read'], staff.unitId);
      const inUnit = q.unitId ? sql`${staff.unitId} in (select u.id from ${units} u, ${units} r where r.id = ${q.unitId} and u.path like r.path || '%')` : undefined;
      const where = and(scope, inUnit, matchesAnyText([staff.fullName, accounts.username], q.q));
      const { items, total } = await selectStaff(db, { where, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  });

  app.get('/api/v1/staff/:id', {
    schema: { tags, summary: 'A staff member', params: IdParams, response: { 200: Staff } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const person = await getStaff(db, request.params.id);
      const isSelf = principal.kind === 'session' && principal.accountId === person.id;
      if (!isSelf && !(await access.can(principal, OrgPermission['staff.read'], person.unitId))) throw new DomainError(PlatformError.FORBIDDEN);
      reply.header('etag', etag(person.version));
      return person;
    },
  });

  app.post('/api/v1/staff', {
    schema: { tags, summary: 'Create a staff member with a sign-in account', body: StaffInput, response: { 201: Staff } },
    handler: async (request, reply) => {
      const person = await createStaff(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/staff/${person.id}`).header('etag', etag(person.version)).send(person);
    },
  });

  app.patch('/api/v1/staff/:id', {
    schema: { tags, summary: 'Edit a staff member (If-Match: its version)', params: IdParams, body: StaffPatch, response: { 200: Staff } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const person = await updateStaff(deps, principal, commandContext(request), { id: request.params.id, expectedVersion, patch: request.body });
      return reply.header('etag', etag(person.version)).send(person);
    },
  });

  app.post('/api/v1/staff/:id/roles', {
    schema: { tags, summary: 'Give a role at a unit (null: the whole deployment)', params: IdParams, body: RoleAssignmentInput, response: { 201: RoleAssignment } },
    handler: async (request, reply) => {
      const assignment = await assignRole(deps, requirePrincipal(request), commandContext(request), { staffId: request.params.id, ...request.body });
      return reply.status(201).send(assignment);
    },
  });

  app.delete('/api/v1/staff/:id/roles/:assignmentId', {
    schema: { tags, summary: 'Take a role away', params: IdParams.extend({ assignmentId: z.uuid() }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await revokeRole(deps, requirePrincipal(request), commandContext(request), { staffId: request.params.id, assignmentId: request.params.assignmentId });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/staff/:id/password', {
    schema: { tags, summary: 'Set a temporary password (changed at next sign-in)', params: IdParams, body: z.object({ newPassword: z.string().min(1).max(256) }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await resetStaffPassword(deps, requirePrincipal(request), commandContext(request), { staffId: request.params.id, newPassword: request.body.newPassword });
      return reply.status(204).send(null);
    },
  });
}
