import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { DossierFile } from '../../contracts/dossiers.js';
import { listDossierFiles, presentFile, readDossierFile } from './dossier-files.js';
import { attachFile } from './use-cases/attach-file.js';

const tags = ['dossiers'];
const IdParams = z.object({ id: z.uuid() });

/** Scans of the documents received and the result documents of a dossier, kept in the file store. */
export function registerDossierFileRoutes(app: App, deps: AppDeps): void {
  app.post('/api/v1/dossiers/:id/files', {
    schema: {
      tags,
      summary: 'Attach a scan or a result (multipart: kind = submitted | result, file = PDF/JPEG/PNG ≤ 20 MB)',
      consumes: ['multipart/form-data'],
      params: IdParams,
      response: { 201: DossierFile },
    },
    handler: async (request, reply) => {
      const row = await attachFile(deps, requirePrincipal(request), commandContext(request), { dossierId: request.params.id, request });
      return reply.status(201).send(presentFile(row));
    },
  });

  app.get('/api/v1/dossiers/:id/files', {
    schema: { tags, summary: 'The files of a dossier', params: IdParams, response: { 200: z.object({ items: z.array(DossierFile) }) } },
    handler: async (request) => ({ items: await listDossierFiles(deps, requirePrincipal(request), request.params.id) }),
  });

  app.get('/api/v1/files/:id', {
    schema: { tags, summary: 'Download a file', params: IdParams },
    handler: async (request, reply) => {
      const { row, content } = await readDossierFile(deps, requirePrincipal(request), request.params.id);
      return reply
        .type(row.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(row.name)}"`)
        .header('x-content-sha256', row.sha256)
        .send(content);
    },
  });
}
