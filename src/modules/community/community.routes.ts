import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  CommunityFiguresQuery,
  HouseholdCount,
  HouseholdCountInput,
  MediationCase,
  MediationCaseInput,
  MediationFigures,
  MediationListQuery,
  MediationReferral,
  MediationStep,
  MediatorEnd,
  MediatorInput,
  ResidentVote,
  ResidentVoteInput,
  Team,
  TeamInput,
  TeamTransfer,
  TeamListQuery,
} from '../../contracts/community.js';
import { isoDate } from '../../platform/http/dates.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { lineageUnitIds, subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { getCase, getTeam, selectCases, selectTeams } from './community.repository.js';
import { mediationCases, mediationTeams, residentVotes, villageHouseholds } from './community.tables.js';
import { addMediator } from './use-cases/add-mediator.js';
import { createTeam } from './use-cases/create-team.js';
import { endMediator } from './use-cases/end-mediator.js';
import { reviewTeam } from './use-cases/review-team.js';
import { transferTeam } from './use-cases/transfer-team.js';
import { mediationFigures } from './use-cases/mediation-figures.js';
import { openMediation } from './use-cases/open-mediation.js';
import { recordHouseholds } from './use-cases/record-households.js';
import { recordMediationStep } from './use-cases/record-mediation-step.js';
import { referMediation } from './use-cases/refer-mediation.js';
import { recordResidentVote, toVote } from './use-cases/record-resident-vote.js';
import { voteRuleBasis } from './vote-rules.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });
const UnitParams = z.object({ unitId: z.uuid() });

/** The community registers: households per village, mediation teams, mediators and cases, resident votes. */
export function registerCommunityRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];

  app.put('/api/v1/community/villages/:unitId/households', {
    schema: {
      tags,
      summary: 'Record a village’s number of households as of a date',
      params: UnitParams,
      body: HouseholdCountInput,
      response: { 200: HouseholdCount },
    },
    handler: async (request) =>
      recordHouseholds(deps, requirePrincipal(request), commandContext(request), { unitId: request.params.unitId, count: request.body }),
  });

  app.get('/api/v1/community/villages/:unitId/households', {
    schema: {
      tags,
      summary: 'A village’s household counts, the latest first; `lineage=true` adds those of the villages merged into it',
      params: UnitParams,
      querystring: z.object({ lineage: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.array(HouseholdCount) },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.params.unitId);
      const rows = await db
        .select()
        .from(villageHouseholds)
        .where(
          request.query.lineage === 'true'
            ? sql`${villageHouseholds.unitId} in (${lineageUnitIds(request.params.unitId)})`
            : eq(villageHouseholds.unitId, request.params.unitId),
        )
        .orderBy(desc(villageHouseholds.asOf), asc(villageHouseholds.unitId));
      return rows.map((row) => ({ unitId: row.unitId, asOf: row.asOf, count: row.count, source: row.source }));
    },
  });

  app.post('/api/v1/community/mediation-teams', {
    schema: { tags, summary: 'Set up a village’s grassroots mediation team', body: TeamInput, response: { 201: Team } },
    handler: async (request, reply) => {
      const team = await createTeam(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/community/mediation-teams/${team.id}`).send(team);
    },
  });

  app.get('/api/v1/community/mediation-teams', {
    schema: {
      tags,
      summary: 'Mediation teams in reach, with what each lacks by law',
      querystring: TeamListQuery,
      response: { 200: Page(Team) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, mediationTeams.unitId),
        q.unitId ? sql`${mediationTeams.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
      );
      return selectTeams(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/mediation-teams/:id', {
    schema: { tags, summary: 'A mediation team with its mediators', params: IdParams, response: { 200: Team } },
    handler: async (request) => {
      const team = await getTeam(db, request.params.id);
      await access.require(requirePrincipal(request), read, team.unitId);
      return team;
    },
  });

  app.post('/api/v1/community/mediation-teams/:id/mediators', {
    schema: {
      tags,
      summary: 'Add a mediator elected by more than half of the village’s households (checked against the register)',
      params: IdParams,
      body: MediatorInput,
      response: { 200: Team },
    },
    handler: async (request) =>
      addMediator(deps, requirePrincipal(request), commandContext(request), { teamId: request.params.id, mediator: request.body }),
  });

  app.post('/api/v1/community/mediation-teams/:id/mediators/:mediatorId/end', {
    schema: {
      tags,
      summary: 'A mediator stops serving (resignation, dismissal…)',
      params: z.object({ id: z.uuid(), mediatorId: z.uuid() }),
      body: MediatorEnd,
      response: { 200: Team },
    },
    handler: async (request) =>
      endMediator(deps, requirePrincipal(request), commandContext(request), {
        teamId: request.params.id,
        mediatorId: request.params.mediatorId,
        end: request.body,
      }),
  });

  app.post('/api/v1/community/mediation-teams/:id/review', {
    schema: {
      tags,
      summary: 'Record the team’s yearly review',
      params: IdParams,
      body: z.object({ reviewedOn: isoDate }),
      response: { 200: Team },
    },
    handler: async (request) =>
      reviewTeam(deps, requirePrincipal(request), commandContext(request), {
        teamId: request.params.id,
        reviewedOn: request.body.reviewedOn,
      }),
  });

  app.post('/api/v1/community/mediation-teams/:id/transfer', {
    schema: {
      tags,
      summary: 'Move a team to the village its own was merged into; the old village stays in its history (If-Match)',
      params: IdParams,
      body: TeamTransfer,
      response: { 200: Team },
    },
    handler: async (request, reply) => {
      const made = await transferTeam(deps, requirePrincipal(request), commandContext(request), {
        teamId: request.params.id,
        version: requireIfMatchVersion(request),
        transfer: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/mediation-cases', {
    schema: {
      tags,
      summary: 'Enter a case in the team’s book: referred when out of scope, else its mediators start within 3 days',
      body: MediationCaseInput,
      response: { 201: MediationCase },
    },
    handler: async (request, reply) => {
      const made = await openMediation(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/community/mediation-cases/${made.id}`)
        .header('etag', etag(made.version))
        .send(made);
    },
  });

  app.get('/api/v1/community/mediation-cases', {
    schema: {
      tags,
      summary: 'Mediation cases in reach, the latest first',
      querystring: MediationListQuery,
      response: { 200: Page(MediationCase) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, mediationCases.unitId),
        q.unitId ? sql`${mediationCases.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.teamId ? eq(mediationCases.teamId, q.teamId) : undefined,
        q.status ? eq(mediationCases.status, q.status) : undefined,
        matchesText(mediationCases.summary, q.q),
      );
      return selectCases(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/mediation-cases/:id', {
    schema: { tags, summary: 'A mediation case', params: IdParams, response: { 200: MediationCase } },
    handler: async (request, reply) => {
      const made = await getCase(db, request.params.id);
      await access.require(requirePrincipal(request), read, made.unitId);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/mediation-cases/:id/steps', {
    schema: {
      tags,
      summary: 'Start, hold a session, end (success, failure, stopped) or follow up a mediation (If-Match)',
      params: IdParams,
      body: MediationStep,
      response: { 200: MediationCase },
    },
    handler: async (request, reply) => {
      const made = await recordMediationStep(deps, requirePrincipal(request), commandContext(request), {
        caseId: request.params.id,
        version: requireIfMatchVersion(request),
        step: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/mediation-cases/:id/referral', {
    schema: {
      tags,
      summary:
        'Hand a failed or stopped mediation on with the parties’ consent: a petition in the commune’s book, or a legal-aid request (If-Match)',
      params: IdParams,
      body: MediationReferral,
      response: { 201: z.object({ target: z.enum(['petition', 'land_dispute', 'legal_aid']), id: z.uuid() }) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(
        await referMediation(deps, requirePrincipal(request), commandContext(request), {
          caseId: request.params.id,
          version: requireIfMatchVersion(request),
          referral: request.body,
        }),
      ),
  });

  app.get('/api/v1/community/mediation/figures', {
    schema: {
      tags,
      summary: 'Mediation figures: teams, mediators by sex and ethnicity, cases and what became of them, the success rate',
      querystring: CommunityFiguresQuery,
      response: { 200: MediationFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return mediationFigures(db, request.query);
    },
  });

  app.post('/api/v1/community/resident-votes', {
    schema: {
      tags,
      summary: 'Record a village’s vote on a matter residents decide, judged against all its households (and whether a ballot must follow)',
      body: ResidentVoteInput,
      response: { 201: ResidentVote },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await recordResidentVote(deps, requirePrincipal(request), commandContext(request), request.body)),
  });

  app.get('/api/v1/community/villages/:unitId/resident-votes', {
    schema: { tags, summary: 'A village’s resident votes, the latest first', params: UnitParams, response: { 200: z.array(ResidentVote) } },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.params.unitId);
      const rows = await db
        .select()
        .from(residentVotes)
        .where(eq(residentVotes.unitId, request.params.unitId))
        .orderBy(desc(residentVotes.heldAt))
        .limit(500);
      return rows.map((row) => toVote(row, voteRuleBasis));
    },
  });
}
