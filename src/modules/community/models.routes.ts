import { and, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CommunityFiguresQuery } from '../../contracts/community.js';
import {
  Contest,
  ContestEntryInput,
  ContestInput,
  Model,
  ModelFigures,
  ModelInput,
  ModelListQuery,
  ModelStep,
} from '../../contracts/mobilisation-models.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { mobilisationModels } from './community.tables.js';
import { getContest, getModel, selectModels } from './models.repository.js';
import { addContestEntry } from './use-cases/add-contest-entry.js';
import { createContest } from './use-cases/create-contest.js';
import { modelFigures } from './use-cases/model-figures.js';
import { recordModelStep } from './use-cases/record-model-step.js';
import { registerModel } from './use-cases/register-model.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });

/** "Dân vận khéo" models and exemplars, their recognition and replication, and the contests with their entries. */
export function registerModelRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];

  app.post('/api/v1/community/models', {
    schema: {
      tags,
      summary: 'Register a "Dân vận khéo" model or exemplar (linked to the model it replicates)',
      body: ModelInput,
      response: { 201: Model },
    },
    handler: async (request, reply) => {
      const model = await registerModel(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/community/models/${model.id}`).header('etag', etag(model.version)).send(model);
    },
  });

  app.get('/api/v1/community/models', {
    schema: {
      tags,
      summary: 'Models in reach (by unit, level; search without diacritics)',
      querystring: ModelListQuery,
      response: { 200: Page(Model) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, mobilisationModels.unitId),
        q.unitId ? sql`${mobilisationModels.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.level ? sql`${mobilisationModels.recognitions} @> ${JSON.stringify([{ level: q.level }])}::jsonb` : undefined,
        matchesText(mobilisationModels.name, q.q),
      );
      return selectModels(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/models/figures', {
    schema: {
      tags,
      summary: 'Models registered and recognised (at the highest level reached), replications, contests and entries for a period',
      querystring: CommunityFiguresQuery,
      response: { 200: ModelFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return modelFigures(db, request.query);
    },
  });

  app.get('/api/v1/community/models/:id', {
    schema: { tags, summary: 'A model with its recognitions and replications', params: IdParams, response: { 200: Model } },
    handler: async (request, reply) => {
      const model = await getModel(db, request.params.id);
      await access.require(requirePrincipal(request), read, model.unitId);
      return reply.header('etag', etag(model.version)).send(model);
    },
  });

  app.post('/api/v1/community/models/:id/steps', {
    schema: {
      tags,
      summary: 'Launch, follow, evaluate, recognise (level and decision) or discontinue a model (If-Match)',
      params: IdParams,
      body: ModelStep,
      response: { 200: Model },
    },
    handler: async (request, reply) => {
      const model = await recordModelStep(deps, requirePrincipal(request), commandContext(request), {
        modelId: request.params.id,
        version: requireIfMatchVersion(request),
        step: request.body,
      });
      return reply.header('etag', etag(model.version)).send(model);
    },
  });

  app.post('/api/v1/community/contests', {
    schema: {
      tags,
      summary: 'Announce a contest: organiser, rules, the period entries are taken in',
      body: ContestInput,
      response: { 201: Contest },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createContest(deps, requirePrincipal(request), commandContext(request), request.body)),
  });

  app.get('/api/v1/community/contests/:id', {
    schema: { tags, summary: 'A contest with its entries', params: IdParams, response: { 200: Contest } },
    handler: async (request) => {
      const contest = await getContest(db, request.params.id);
      await access.require(requirePrincipal(request), read, contest.unitId);
      return contest;
    },
  });

  app.post('/api/v1/community/contests/:id/entries', {
    schema: {
      tags,
      summary: 'Add an entry within the contest’s period (score and prize once judged)',
      params: IdParams,
      body: ContestEntryInput,
      response: { 201: Contest },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await addContestEntry(deps, requirePrincipal(request), commandContext(request), {
          contestId: request.params.id,
          entry: request.body,
        }),
      ),
  });
}
