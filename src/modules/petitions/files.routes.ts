import { z } from 'zod';
import { DuplicateQueueItem, DuplicateQueueQuery, DuplicateReview, PetitionFile } from '../../contracts/petition-records.js';
import { Page } from '../../platform/http/pagination.js';
import { Petition } from '../../contracts/petitions.js';
import { PetitionSplit } from '../../contracts/petition-records.js';
import { requireIfMatchVersion } from '../../platform/http/request-context.js';
import { splitPetition } from './use-cases/split-petition.js';
import { openReflectionFromFeedback } from './use-cases/reflection-from-feedback.js';
import { duplicateQueue, reviewDuplicate } from './use-cases/duplicate-queue.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { attachPetitionFile, listPetitionFiles, readPetitionFile } from './use-cases/petition-files.js';

const tags = ['petitions'];
const IdParams = z.object({ id: z.uuid() });

/**
 * Scans of a petition's pages, the forwarding letter and evidence (a protected petition's behind the
 * identity clearance), and the review queue of possible repeats.
 */
export function registerPetitionFileRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/petitions/duplicate-queue', {
    schema: {
      tags,
      summary: 'The review queue of possible repeats: open petitions in reach with candidates nobody has reviewed',
      querystring: DuplicateQueueQuery,
      response: { 200: Page(DuplicateQueueItem) },
    },
    handler: async (request) => duplicateQueue(deps, requirePrincipal(request), request.query),
  });

  app.post('/api/v1/petitions/:id/split', {
    schema: {
      tags,
      summary: 'Split a petition of several contents into one petition per content (If-Match)',
      params: IdParams,
      body: PetitionSplit,
      response: { 201: z.object({ items: z.array(Petition) }) },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatchVersion(request);
      const items = await splitPetition(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        expectedVersion,
        split: request.body,
      });
      return reply.status(201).send({ items });
    },
  });

  app.post('/api/v1/feedback/:id/petition', {
    schema: {
      tags,
      summary: 'Open a reflection in the petition book from a citizen’s feedback on a counter transaction',
      params: IdParams,
      response: { 201: Petition },
    },
    handler: async (request, reply) => {
      const petition = await openReflectionFromFeedback(deps, requirePrincipal(request), commandContext(request), request.params.id);
      return reply.status(201).header('location', `/api/v1/petitions/${petition.id}`).send(petition);
    },
  });

  app.post('/api/v1/petitions/:id/duplicate-reviews', {
    schema: {
      tags,
      summary: 'Record that a candidate is not the same matter: the pair leaves the review queue',
      params: IdParams,
      body: DuplicateReview,
      response: {
        201: z.object({
          petitionId: z.uuid(),
          candidateId: z.uuid(),
          decision: z.string(),
          reviewedBy: z.string(),
          reviewedAt: z.string(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await reviewDuplicate(deps, requirePrincipal(request), commandContext(request), {
          petitionId: request.params.id,
          ...request.body,
        }),
      ),
  });

  app.post('/api/v1/petitions/:id/files', {
    schema: {
      tags,
      summary: 'Attach a scan to a petition (multipart: kind = page | forward_letter | evidence, file = PDF/JPEG/PNG ≤ 20 MB)',
      consumes: ['multipart/form-data'],
      params: IdParams,
      response: { 201: PetitionFile },
    },
    handler: async (request, reply) => {
      const file = await attachPetitionFile(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        request,
      });
      return reply.status(201).send(file);
    },
  });

  app.get('/api/v1/petitions/:id/files', {
    schema: {
      tags,
      summary: 'The files of a petition (a protected petition’s without their names)',
      params: IdParams,
      response: { 200: z.object({ items: z.array(PetitionFile) }) },
    },
    handler: async (request) => ({ items: await listPetitionFiles(deps, requirePrincipal(request), request.params.id) }),
  });

  app.post('/api/v1/petitions/:id/files/:fileId/reads', {
    // A file's content is never kept in the idempotency store; every read of a protected one passes the clearance and is logged.
    config: { idempotency: false },
    schema: {
      tags,
      summary: 'Read a petition’s file; a protected petition’s only under an identity clearance, with the purpose logged',
      params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      body: z.object({ purpose: z.string().trim().max(500).optional() }),
    },
    handler: async (request, reply) => {
      const { file, content } = await readPetitionFile(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        fileId: request.params.fileId,
        ...(request.body.purpose ? { purpose: request.body.purpose } : {}),
      });
      return sendFile(reply, { body: content, contentType: file.contentType, filename: file.name }, { 'x-content-sha256': file.sha256 });
    },
  });
}
