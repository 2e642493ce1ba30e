import { z } from 'zod';
import { SyncBatch, SyncBatchRequest, SyncOverview } from '../../contracts/petition-records.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { acknowledgeSyncBatch, exportSyncBatch, syncBatchFile, syncOverview } from './use-cases/national-sync.js';

const tags = ['petitions'];

/** The national-database outbox: each petition's state, batches exported as files, acknowledged when taken in. */
export function registerSyncRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/petition-sync', {
    schema: {
      tags,
      summary: 'The national-database outbox of a unit: records pending, exported, acknowledged, and the latest batches',
      querystring: z.object({ unitId: z.uuid() }),
      response: { 200: SyncOverview },
    },
    handler: async (request) => syncOverview(deps, requirePrincipal(request), request.query.unitId),
  });

  app.post('/api/v1/petition-sync/batches', {
    schema: {
      tags,
      summary: 'Export the pending records of a unit (and the units under it) as one batch',
      body: SyncBatchRequest,
      response: { 201: SyncBatch },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await exportSyncBatch(deps, requirePrincipal(request), commandContext(request), request.body.unitId)),
  });

  app.get('/api/v1/petition-sync/batches/:id', {
    schema: {
      tags,
      summary: 'A batch as a file to hand to the national database: JSON or XLSX',
      params: z.object({ id: z.uuid() }),
      querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }),
    },
    handler: async (request, reply) => {
      const file = await syncBatchFile(deps, requirePrincipal(request), request.params.id, request.query.format);
      return sendFile(reply, file);
    },
  });

  app.post('/api/v1/petition-sync/batches/:id/acknowledge', {
    schema: {
      tags,
      summary: 'Record that the national database took the batch in',
      params: z.object({ id: z.uuid() }),
      response: { 200: SyncBatch },
    },
    handler: async (request) => acknowledgeSyncBatch(deps, requirePrincipal(request), commandContext(request), request.params.id),
  });
}
