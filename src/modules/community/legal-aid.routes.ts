import { and, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CommunityFiguresQuery } from '../../contracts/community.js';
import {
  LegalAidCase,
  LegalAidFigures,
  LegalAidInput,
  LegalAidListQuery,
  LegalAidRefusal,
  LegalAidRefusalInput,
  LegalAidStep,
} from '../../contracts/legal-aid.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { legalAidCases, legalAidRefusals } from './community.tables.js';
import { getLegalAid, selectLegalAid } from './legal-aid.repository.js';
import { acceptLegalAid } from './use-cases/accept-legal-aid.js';
import { legalAidFigures } from './use-cases/legal-aid-figures.js';
import { recordLegalAidStep } from './use-cases/record-legal-aid-step.js';
import { refuseLegalAid, toRefusal } from './use-cases/refuse-legal-aid.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });

/** Legal-aid cases with their clocks (proof of eligibility, assignment), steps and figures. */
export function registerLegalAidRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];

  app.post('/api/v1/community/legal-aid', {
    schema: {
      tags,
      summary: 'Accept a legal-aid request at once: its code, the proof and assignment clocks',
      body: LegalAidInput,
      response: { 201: LegalAidCase },
    },
    handler: async (request, reply) => {
      const made = await acceptLegalAid(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/community/legal-aid/${made.id}`).header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/legal-aid/refusals', {
    schema: {
      tags,
      summary: 'Answer a legal-aid request at once with a refusal and its reason (art. 30(3))',
      body: LegalAidRefusalInput,
      response: { 201: LegalAidRefusal },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await refuseLegalAid(deps, requirePrincipal(request), commandContext(request), request.body)),
  });

  app.get('/api/v1/community/legal-aid/refusals', {
    schema: {
      tags,
      summary: 'Legal-aid requests refused, the latest first',
      querystring: LegalAidListQuery.omit({ status: true }),
      response: { 200: Page(LegalAidRefusal) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, legalAidRefusals.unitId),
        q.unitId ? sql`${legalAidRefusals.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(legalAidRefusals)
          .where(where)
          .orderBy(desc(legalAidRefusals.answeredAt), desc(legalAidRefusals.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(legalAidRefusals).where(where),
      ]);
      return { items: rows.map(toRefusal), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
    },
  });

  app.get('/api/v1/community/legal-aid', {
    schema: {
      tags,
      summary: 'Legal-aid cases in reach, the latest first',
      querystring: LegalAidListQuery,
      response: { 200: Page(LegalAidCase) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, legalAidCases.unitId),
        q.unitId ? sql`${legalAidCases.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.status ? eq(legalAidCases.status, q.status) : undefined,
      );
      return selectLegalAid(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/legal-aid/figures', {
    schema: {
      tags,
      summary: 'Legal-aid cases opened in a period, by form and group, completed, stopped, assigned late',
      querystring: CommunityFiguresQuery,
      response: { 200: LegalAidFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return legalAidFigures(db, request.query);
    },
  });

  app.get('/api/v1/community/legal-aid/:id', {
    schema: { tags, summary: 'A legal-aid case with its clocks', params: IdParams, response: { 200: LegalAidCase } },
    handler: async (request, reply) => {
      const made = await getLegalAid(db, request.params.id);
      await access.require(requirePrincipal(request), read, made.unitId);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/legal-aid/:id/steps', {
    schema: {
      tags,
      summary: 'Proof received, assigned, completed (quality score) or stopped (If-Match)',
      params: IdParams,
      body: LegalAidStep,
      response: { 200: LegalAidCase },
    },
    handler: async (request, reply) => {
      const made = await recordLegalAidStep(deps, requirePrincipal(request), commandContext(request), {
        caseId: request.params.id,
        version: requireIfMatchVersion(request),
        step: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });
}
