import { MS_PER_DAY, startOfVietnamDate } from '../time/vietnam-time.js';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { definePermissions } from '../auth/access.js';
import type { App, AppDeps } from '../http/deps.js';
import { DomainError, PlatformError } from '../errors/errors.js';
import { requirePrincipal } from '../http/request-context.js';
import { matchesText } from '../db/search.js';
import { Page, PageQuery } from '../http/pagination.js';
import { auditLog } from './audit.tables.js';
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
      const q = request.query;
      const conditions: (SQL | undefined)[] = [
        q.entity ? eq(auditLog.entity, q.entity) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        matchesText(auditLog.actorName, q.actor),
        q.from ? gte(auditLog.at, new Date(startOfVietnamDate(q.from)).toISOString()) : undefined,
        q.to ? lt(auditLog.at, new Date(startOfVietnamDate(q.to) + MS_PER_DAY).toISOString()) : undefined,
      ];
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.seq))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ value: count() }).from(auditLog).where(where),
      ]);
      return {
        items: items.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
        total: total?.value ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
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


