import { BackupFile, OperationsView, OutboxMessageParams, OutboxMessageView, OutboxQuery, Readiness } from '../../contracts/operations.js';
import { z } from 'zod';
import { JobView } from '../../contracts/jobs.js';
import { appendAuditEntries } from '../audit/audit.js';
import { definePermissions } from '../auth/access.js';
import { DomainError, PlatformError } from '../errors/errors.js';
import type { App, AppDeps } from '../http/deps.js';
import { Page } from '../http/pagination.js';
import { commandContext, requirePrincipal } from '../http/request-context.js';
import { ownerOf } from '../jobs/jobs.routes.js';
import { listOutboxMessages, retryOutboxMessage } from '../outbox/stuck-messages.js';

export const OperationsPermission = definePermissions({ 'operations.manage': ['administrator'] });

/**
 * Readiness for load balancers and monitors, and the administrator's operations page: backups
 * (with "back up now") and the messages that did not go out (with "send again").
 */
export function registerOperationsRoutes(app: App, deps: AppDeps): void {
  const { db, access, database, health, backups } = deps;
  const requireOperator = async (request: Parameters<typeof requirePrincipal>[0]) => {
    await access.require(requirePrincipal(request), OperationsPermission['operations.manage'], null);
  };

  app.get('/readyz', {
    schema: {
      tags: ['platform'],
      summary: 'Readiness: the database answers (else 503); each outside service and the backups, "degraded" when one needs attention',
      response: { 200: Readiness },
    },
    handler: async () => {
      try {
        await database.query('select 1');
      } catch {
        throw new DomainError(PlatformError.SERVICE_UNAVAILABLE);
      }
      return health.readiness();
    },
  });

  app.get('/api/v1/operations', {
    schema: { tags: ['operations'], summary: 'Readiness, the backup schedule and the backups kept', response: { 200: OperationsView } },
    handler: async (request) => {
      await requireOperator(request);
      return { readiness: await health.readiness(), backup: backups.status(), backups: backups.list() };
    },
  });

  app.post('/api/v1/operations/backups', {
    schema: {
      tags: ['operations'],
      summary: 'Make a backup now into the backup folder (a job: poll /api/v1/jobs/{id})',
      response: { 202: JobView },
    },
    handler: async (request, reply) => {
      await requireOperator(request);
      const principal = requirePrincipal(request);
      // Refused (409) while one runs; else recorded when asked, in the request: the job itself writes only the file.
      const job = deps.jobs.start('backup', ownerOf(principal), async (report) => {
        report(0, 1, { vi: 'Đang sao lưu cơ sở dữ liệu và tệp…', en: 'Backing up the database and files…' });
        const made = await backups.runNow();
        return BackupFile.parse({ name: made.name, bytes: made.bytes, createdAt: made.createdAt });
      });
      await db.transaction((tx) =>
        appendAuditEntries(tx, commandContext(request), [{ action: 'backup.requested', entity: 'deployment', entityId: job.id }]),
      );
      return reply.code(202).send(job);
    },
  });

  app.get('/api/v1/operations/outbox', {
    schema: {
      tags: ['operations'],
      summary: 'Outgoing messages that failed, are of unknown fate or wait (recipients masked)',
      querystring: OutboxQuery,
      response: { 200: Page(OutboxMessageView) },
    },
    handler: async (request) => {
      await requireOperator(request);
      return listOutboxMessages(db, request.query);
    },
  });

  app.post('/api/v1/operations/outbox/:id/retry', {
    schema: {
      tags: ['operations'],
      summary: 'Send a failed or uncertain message again at the next dispatch',
      params: OutboxMessageParams,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await requireOperator(request);
      await retryOutboxMessage(db, commandContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
