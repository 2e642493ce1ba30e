import { z } from 'zod';
import { JobView } from '../../contracts/jobs.js';
import { ReferenceImportRequest, ReferenceProvince } from '../../contracts/org.js';
import { validationError } from '../../platform/errors/errors.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { commandContext, requirePrincipal } from '../../platform/http/request-context.js';
import { ownerOf } from '../../platform/jobs/jobs.routes.js';
import { OrgPermission } from './org.policy.js';
import { isReferenceProvince, listReferenceProvinces } from './reference-units.js';
import { importReferenceUnits } from './use-cases/import-reference-units.js';

const tags = ['units'];

/**
 * The national unit tables loaded from the officer app while the server runs: the provinces on
 * offer, and a job that loads one province or all of them (deployment-wide administrators only).
 */
export function registerReferenceUnitRoutes(app: App, deps: AppDeps): void {
  const { db, access, jobs } = deps;

  app.get('/api/v1/units/reference-provinces', {
    schema: {
      tags,
      summary: 'The provinces of the national unit tables, and which are loaded',
      response: { 200: z.object({ items: z.array(ReferenceProvince) }) },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), OrgPermission['units.manage'], null);
      return { items: await listReferenceProvinces(db) };
    },
  });

  app.post('/api/v1/units/reference-import', {
    schema: {
      tags,
      summary: 'Start loading the national unit tables (one province or all, with history); answers the job to poll',
      body: ReferenceImportRequest,
      response: { 202: JobView },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      await access.require(principal, OrgPermission['units.manage'], null);
      const { province, withHistory } = request.body;
      if (province !== null && !isReferenceProvince(province)) {
        throw validationError([
          {
            field: 'province',
            in: 'body',
            code: 'not_found',
            message: { vi: `Không có tỉnh mã ${province} sau 1/7/2025.`, en: `No province ${province} after 2025-07-01.` },
          },
        ]);
      }
      const context = commandContext(request);
      const job = jobs.start('units.reference-import', ownerOf(principal), async (report) => {
        const result = await importReferenceUnits(db, context, { province: province ?? undefined, withHistory, onProgress: report });
        return { ...result };
      });
      return reply.status(202).header('location', `/api/v1/jobs/${job.id}`).send(job);
    },
  });
}
