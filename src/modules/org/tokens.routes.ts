import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal, requireSession } from '../../platform/http/request-context.js';
import { ApiToken, ApiTokenInput, CreatedApiToken } from '../../contracts/org.js';
import { createApiToken, listApiTokens, revokeApiToken } from './use-cases/manage-api-tokens.js';

const tags = ['api tokens'];

/** Integration tokens: created by administrators for one role at one unit subtree; the secret is shown once. */
export function registerTokenRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/api-tokens', {
    schema: { tags, summary: 'List integration tokens', response: { 200: z.object({ items: z.array(ApiToken) }) } },
    handler: async (request) => ({ items: await listApiTokens(deps, requirePrincipal(request)) }),
  });

  app.post('/api/v1/api-tokens', {
    schema: {
      tags,
      summary: 'Create an integration token (the secret is returned once)',
      body: ApiTokenInput,
      response: { 201: CreatedApiToken },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createApiToken(deps, requireSession(request), commandContext(request), request.body)),
  });

  app.delete('/api/v1/api-tokens/:id', {
    schema: { tags, summary: 'Revoke an integration token', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await revokeApiToken(deps, requirePrincipal(request), commandContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
