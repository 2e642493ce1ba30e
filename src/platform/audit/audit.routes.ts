import { z } from 'zod';
import { definePermissions } from '../auth/access.js';
import type { App, AppDeps } from '../http/deps.js';
import { requirePrincipal } from '../http/request-context.js';
import { Page, PageQuery } from '../http/pagination.js';
import { listAuditLog } from './list-audit-log.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { isoDate } from '../http/dates.js';

export const AuditPermission = definePermissions({ 'audit.read': ['administrator', 'supervisor'] });

const AuditQuery = PageQuery.extend({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const AuditRow = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
});

/** The audit log is read deployment-wide only: administrators and supervisors of the whole deployment. */
export function registerAuditRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const requireReader = async (request: Parameters<typeof requirePrincipal>[0]) => {
    const principal = requirePrincipal(request);
    await access.require(principal, AuditPermission['audit.read'], null);
  };

  app.get('/api/v1/audit', {
    schema: { tags: ['audit'], summary: 'List and filter the audit log', querystring: AuditQuery, response: { 200: Page(AuditRow) } },
    handler: async (request) => {
      await requireReader(request);
      return listAuditLog(db, request.query);
    },
  });

  app.get('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Check the hash chain of the audit log',
      response: {
        200: z.object({ ok: z.boolean(), rows: z.number(), brokenAt: z.number().optional(), reason: z.string().optional() }),
      },
    },
    handler: async (request) => {
      await requireReader(request);
      return verifyAuditChain(db);
    },
  });
}
