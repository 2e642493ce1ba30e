import { AuditEntry, AuditQuery, AuditVerification } from '../../contracts/audit.js';
import { definePermissions } from '../auth/access.js';
import type { App, AppDeps } from '../http/deps.js';
import { requirePrincipal } from '../http/request-context.js';
import { Page } from '../http/pagination.js';
import { listAuditLog } from './list-audit-log.js';
import { verifyAuditChain } from './verify-audit-chain.js';

export const AuditPermission = definePermissions({ 'audit.read': ['administrator', 'supervisor'] });

/** The audit log is read deployment-wide only: administrators and supervisors of the whole deployment. */
export function registerAuditRoutes(app: App, deps: AppDeps): void {
  const { db, access, people } = deps;
  const requireReader = async (request: Parameters<typeof requirePrincipal>[0]) => {
    const principal = requirePrincipal(request);
    await access.require(principal, AuditPermission['audit.read'], null);
  };

  app.get('/api/v1/audit', {
    schema: { tags: ['audit'], summary: 'List and filter the audit log', querystring: AuditQuery, response: { 200: Page(AuditEntry) } },
    handler: async (request) => {
      await requireReader(request);
      const page = await listAuditLog(db, request.query);
      const names = await people.fullNames(page.items.map((entry) => entry.actorId));
      return { ...page, items: page.items.map((entry) => ({ ...entry, actorFullName: names.get(entry.actorId ?? '') ?? null })) };
    },
  });

  app.get('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Check the hash chain of the audit log',
      response: { 200: AuditVerification },
    },
    handler: async (request) => {
      await requireReader(request);
      return verifyAuditChain(db);
    },
  });
}
