import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiTokens } from '../../platform/auth/auth.tables.js';
import { insertApiToken } from '../../platform/auth/sessions.js';
import { runCommand } from '../../platform/audit/audit.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { commandContext, requirePrincipal, requireSession } from '../../platform/http/request-context.js';
import { OrgError } from './org.errors.js';
import { OrgPermission } from './org.policy.js';
import { ApiToken, ApiTokenInput } from './org.schemas.js';
import { getUnitRow } from './units.repository.js';

const tags = ['api tokens'];

/** Integration tokens: created by administrators for one role at one unit subtree; the secret is shown once. */
export function registerTokenRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const present = (row: typeof apiTokens.$inferSelect) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    unitId: row.unitId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  });

  app.get('/api/v1/api-tokens', {
    schema: { tags, summary: 'List integration tokens', response: { 200: z.object({ items: z.array(ApiToken) }) } },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const isGlobal = await access.can(principal, OrgPermission['tokens.manage'], null);
      if (!isGlobal && !(await access.permissionsOf(principal)).includes(OrgPermission['tokens.manage'])) throw new DomainError(PlatformError.FORBIDDEN);
      const scope = isGlobal ? undefined : access.unitScope(principal, OrgPermission['tokens.manage'], apiTokens.unitId);
      const rows = await db.select().from(apiTokens).where(scope).orderBy(desc(apiTokens.createdAt)).limit(500);
      return { items: rows.map(present) };
    },
  });

  app.post('/api/v1/api-tokens', {
    schema: { tags, summary: 'Create an integration token (the secret is returned once)', body: ApiTokenInput, response: { 201: ApiToken.extend({ token: z.string() }) } },
    handler: async (request, reply) => {
      const principal = requireSession(request);
      const input = request.body;
      await access.require(principal, OrgPermission['tokens.manage'], input.unitId);
      const created = await runCommand(db, commandContext(request), async (tx, audit) => {
        if (input.unitId) await getUnitRow(tx, input.unitId);
        const token = await insertApiToken(tx, {
          name: input.name,
          role: input.role,
          unitId: input.unitId,
          createdBy: principal.accountId,
          expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        });
        audit.record({ action: 'api_token.create', entity: 'api_token', entityId: token.id, after: { name: input.name, role: input.role, unitId: input.unitId, prefix: token.prefix } });
        const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, token.id));
        return { ...present(row!), token: token.token };
      });
      return reply.status(201).send(created);
    },
  });

  app.delete('/api/v1/api-tokens/:id', {
    schema: { tags, summary: 'Revoke an integration token', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      await runCommand(db, commandContext(request), async (tx, audit) => {
        const [row] = await tx.select().from(apiTokens).where(and(eq(apiTokens.id, request.params.id), isNull(apiTokens.revokedAt)));
        if (!row) throw new DomainError(OrgError.API_TOKEN_NOT_FOUND);
        await access.require(principal, OrgPermission['tokens.manage'], row.unitId, tx);
        await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, row.id));
        audit.record({ action: 'api_token.revoke', entity: 'api_token', entityId: row.id });
      });
      return reply.status(204).send(null);
    },
  });
}
