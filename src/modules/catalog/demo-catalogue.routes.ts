import { JobView } from '../../contracts/jobs.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { ownerOf } from '../../platform/jobs/jobs.routes.js';
import { CatalogPermission } from './catalog.policy.js';
import { loadDemoCatalogue } from './use-cases/load-demo-catalogue.js';

/** The sample catalogue loaded from the officer app while the server runs (deployment-wide administrators only). */
export function registerDemoCatalogueRoutes(app: App, deps: AppDeps): void {
  const { db, access, jobs } = deps;
  app.post('/api/v1/procedures/load-sample', {
    schema: {
      tags: ['catalog'],
      summary: 'Start loading the sample catalogue (procedures already present are left alone); answers the job to poll',
      response: { 202: JobView },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      await access.require(principal, CatalogPermission['catalog.manage'], null);
      const context = commandContext(request);
      const job = jobs.start('catalog.load-sample', ownerOf(principal), async (report) => ({
        ...(await loadDemoCatalogue(db, context, undefined, report)),
      }));
      return reply.status(202).header('location', `/api/v1/jobs/${job.id}`).send(job);
    },
  });
}
