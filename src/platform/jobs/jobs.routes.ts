import { z } from 'zod';
import { JobView } from '../../contracts/jobs.js';
import { actorOf } from '../auth/principal.js';
import type { App, AppDeps } from '../http/deps.js';
import { requirePrincipal } from '../http/request-context.js';

/** A job is read by whoever started it, to show its progress; to anybody else it does not exist. */
export function registerJobRoutes(app: App, deps: AppDeps): void {
  app.get('/api/v1/jobs/:id', {
    schema: {
      tags: ['jobs'],
      summary: 'A job started by the signed-in user: its status, progress and result',
      params: z.object({ id: z.uuid() }),
      response: { 200: JobView },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const job = deps.jobs.get(request.params.id, ownerOf(principal));
      if (job.status === 'running') reply.header('retry-after', '1');
      return job;
    },
  });
}

/** Jobs belong to the account (or the API token) that started them. */
export function ownerOf(principal: Parameters<typeof actorOf>[0]): string {
  const actor = actorOf(principal);
  return actor.id ?? 'anonymous';
}
