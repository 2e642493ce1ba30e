import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  ConsentsInput,
  DecisionDocumentInput,
  Matter,
  MatterInput,
  MatterListQuery,
  MatterVoteInput,
  RecognitionInput,
} from '../../contracts/resident-matters.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { residentMatters } from './democracy.tables.js';
import { getMatter, getMatterRow, selectMatters } from './matters.repository.js';
import { addConsents } from './use-cases/add-consents.js';
import { proposeMatter } from './use-cases/propose-matter.js';
import { recordDecisionDocument } from './use-cases/record-decision-document.js';
import { voteOnMatter } from './use-cases/vote-on-matter.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });
const VoteParams = z.object({ id: z.uuid(), voteId: z.uuid() });

/** Matters residents decide (Law 10/2022 arts. 15–21): proposals and initiatives, votes, decision documents, recognition. */
export function registerMatterRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];
  const send = <Reply extends { header: (key: string, value: string) => Reply; send: (made: Matter) => Reply }>(
    reply: Reply,
    made: Matter,
  ) => reply.header('etag', etag(made.version)).send(made);

  app.post('/api/v1/community/resident-matters', {
    schema: {
      tags,
      summary: 'Propose a matter residents decide (a village’s, or a commune-wide item 1–2)',
      body: MatterInput,
      response: { 201: Matter },
    },
    handler: async (request, reply) => {
      const made = await proposeMatter(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/community/resident-matters/${made.id}`)
        .header('etag', etag(made.version))
        .send(made);
    },
  });

  app.get('/api/v1/community/resident-matters', {
    schema: {
      tags,
      summary: 'Matters residents decide, in reach, the latest first',
      querystring: MatterListQuery,
      response: { 200: Page(Matter) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, residentMatters.unitId),
        q.unitId ? sql`${residentMatters.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.item ? eq(residentMatters.item, q.item) : undefined,
        matchesText(residentMatters.title, q.q),
      );
      return selectMatters(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/resident-matters/:id', {
    schema: {
      tags,
      summary: 'A matter with its initiative, its votes village by village and its result',
      params: IdParams,
      response: { 200: Matter },
    },
    handler: async (request, reply) => {
      const row = await getMatterRow(db, request.params.id);
      await access.require(requirePrincipal(request), read, row.unitId);
      return send(reply, await getMatter(db, row.id));
    },
  });

  app.post('/api/v1/community/resident-matters/:id/consents', {
    schema: {
      tags,
      summary: 'Add households’ consents to a citizen initiative, each valid 3 months (If-Match)',
      params: IdParams,
      body: ConsentsInput,
      response: { 200: Matter },
    },
    handler: async (request, reply) =>
      send(
        reply,
        await addConsents(deps, requirePrincipal(request), commandContext(request), {
          matterId: request.params.id,
          version: requireIfMatchVersion(request),
          body: request.body,
        }),
      ),
  });

  app.post('/api/v1/community/resident-matters/:id/votes', {
    schema: {
      tags,
      summary: 'Record a village’s vote, judged on all its households; a meeting short of the threshold goes to a ballot (If-Match)',
      params: IdParams,
      body: MatterVoteInput,
      response: { 200: Matter },
    },
    handler: async (request, reply) =>
      send(
        reply,
        await voteOnMatter(deps, requirePrincipal(request), commandContext(request), {
          matterId: request.params.id,
          version: requireIfMatchVersion(request),
          vote: request.body,
        }),
      ),
  });

  app.post('/api/v1/community/resident-matters/:id/votes/:voteId/document', {
    schema: {
      tags,
      summary: 'The decision document sent to the commune, due 5 working days after the vote (If-Match: the vote’s version)',
      params: VoteParams,
      body: DecisionDocumentInput,
      response: { 200: Matter },
    },
    handler: async (request, reply) =>
      send(
        reply,
        await recordDecisionDocument(deps, requirePrincipal(request), commandContext(request), {
          matterId: request.params.id,
          voteId: request.params.voteId,
          version: requireIfMatchVersion(request),
          change: { kind: 'document', body: request.body },
        }),
      ),
  });

  app.post('/api/v1/community/resident-matters/:id/votes/:voteId/recognition', {
    schema: {
      tags,
      summary:
        'The commune recognises (or refuses, with reasons) an item 3–5 decision within 5 working days (If-Match: the vote’s version)',
      params: VoteParams,
      body: RecognitionInput,
      response: { 200: Matter },
    },
    handler: async (request, reply) =>
      send(
        reply,
        await recordDecisionDocument(deps, requirePrincipal(request), commandContext(request), {
          matterId: request.params.id,
          voteId: request.params.voteId,
          version: requireIfMatchVersion(request),
          change: { kind: 'recognition', body: request.body },
        }),
      ),
  });
}
