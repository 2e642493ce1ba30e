import { z } from 'zod';
import { ProtectionDecision, ProtectionRequest, ProtectionRequestInput } from '../../contracts/petition-records.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { decideProtection, listProtectionRequests, requestProtection } from './use-cases/protect-denouncer.js';

const tags = ['petitions'];

/** Protection of denouncers and their relatives: requests, measures decided, their end — under the identity clearance. */
export function registerProtectionRoutes(app: App, deps: AppDeps): void {
  app.post('/api/v1/petitions/:id/protection-requests', {
    schema: {
      tags,
      summary: 'Record a request to protect the denouncer or relatives, with the measures asked (identity clearance)',
      params: z.object({ id: z.uuid() }),
      body: ProtectionRequestInput,
      response: { 201: ProtectionRequest },
    },
    handler: async (request, reply) => {
      const { requestedAt, note, ...rest } = request.body;
      const created = await requestProtection(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        ...rest,
        ...(requestedAt ? { requestedAt } : {}),
        ...(note ? { note } : {}),
      });
      return reply.status(201).send(created);
    },
  });

  app.get('/api/v1/petitions/:id/protection-requests', {
    schema: {
      tags,
      summary: 'The protection requests of a petition and the measures decided (identity clearance)',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.object({ items: z.array(ProtectionRequest) }) },
    },
    handler: async (request) => ({ items: await listProtectionRequests(deps, requirePrincipal(request), request.params.id) }),
  });

  app.post('/api/v1/protection-requests/:id/decision', {
    schema: {
      tags,
      summary: 'Grant a protection with its measures, refuse it with the reason, or end it (identity clearance)',
      params: z.object({ id: z.uuid() }),
      body: ProtectionDecision,
      response: { 200: ProtectionRequest },
    },
    handler: async (request) =>
      decideProtection(deps, requirePrincipal(request), commandContext(request), { requestId: request.params.id, decision: request.body }),
  });
}
