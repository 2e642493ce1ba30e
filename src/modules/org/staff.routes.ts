import { z } from 'zod';
import { roleLabels, roles } from '../../platform/auth/access.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import {
  Me,
  PasswordResetRequest,
  RoleAssignment,
  RoleAssignmentInput,
  RoleList,
  Staff,
  StaffInput,
  StaffListQuery,
  StaffPatch,
} from '../../contracts/org.js';
import { getMe, getStaffInReach, listStaff } from './use-cases/read-staff.js';
import { createStaff } from './use-cases/create-staff.js';
import { assignRole, revokeRole } from './use-cases/manage-roles.js';
import { resetStaffPassword } from './use-cases/reset-staff-password.js';
import { updateStaff } from './use-cases/update-staff.js';

const tags = ['staff'];
const IdParams = z.object({ id: z.uuid() });

export function registerStaffRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/me', {
    schema: { tags, summary: 'Who I am: profile, roles with their units, permissions', response: { 200: Me } },
    handler: async (request) => getMe(deps, requirePrincipal(request)),
  });

  app.get('/api/v1/roles', {
    schema: {
      tags,
      summary: 'The roles that can be assigned',
      response: { 200: RoleList },
    },
    handler: async (request) => {
      requirePrincipal(request);
      return { items: roles.map((role) => ({ role, label: roleLabels[role] })) };
    },
  });

  app.get('/api/v1/staff', {
    schema: {
      tags,
      summary: 'List staff in my reach (search by name or username without diacritics)',
      querystring: StaffListQuery,
      response: { 200: Page(Staff) },
    },
    handler: async (request) => listStaff(deps, requirePrincipal(request), request.query),
  });

  app.get('/api/v1/staff/:id', {
    schema: { tags, summary: 'A staff member', params: IdParams, response: { 200: Staff } },
    handler: async (request, reply) => {
      const person = await getStaffInReach(deps, requirePrincipal(request), request.params.id);
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
      const person = await updateStaff(deps, principal, commandContext(request), {
        id: request.params.id,
        expectedVersion,
        patch: request.body,
      });
      return reply.header('etag', etag(person.version)).send(person);
    },
  });

  app.post('/api/v1/staff/:id/roles', {
    schema: {
      tags,
      summary: 'Give a role at a unit (null: the whole deployment)',
      params: IdParams,
      body: RoleAssignmentInput,
      response: { 201: RoleAssignment },
    },
    handler: async (request, reply) => {
      const assignment = await assignRole(deps, requirePrincipal(request), commandContext(request), {
        staffId: request.params.id,
        ...request.body,
      });
      return reply.status(201).send(assignment);
    },
  });

  app.delete('/api/v1/staff/:id/roles/:assignmentId', {
    schema: { tags, summary: 'Take a role away', params: IdParams.extend({ assignmentId: z.uuid() }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await revokeRole(deps, requirePrincipal(request), commandContext(request), {
        staffId: request.params.id,
        assignmentId: request.params.assignmentId,
      });
      return reply.status(204).send(null);
    },
  });

  app.post('/api/v1/staff/:id/password', {
    schema: {
      tags,
      summary: 'Set a temporary password (changed at next sign-in)',
      params: IdParams,
      body: PasswordResetRequest,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await resetStaffPassword(deps, requirePrincipal(request), commandContext(request), {
        staffId: request.params.id,
        newPassword: request.body.newPassword,
      });
      return reply.status(204).send(null);
    },
  });
}
