import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  Conference,
  ConferenceInput,
  ConferenceQuery,
  ConferenceYear,
  Consultation,
  ConsultationAnswer,
  ConsultationInput,
  ConsultationListQuery,
  Finding,
  FindingInput,
  FindingStep,
  SupervisionListQuery,
} from '../../contracts/supervision.js';
import { matchesAnyText, matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { requireCommune } from './democracy-checks.js';
import { consultations, supervisionFindings } from './democracy.tables.js';
import {
  conferenceYear,
  getConsultation,
  getConsultationRow,
  getFinding,
  getFindingRow,
  selectConsultations,
  selectFindings,
} from './supervision.repository.js';
import { recordConference } from './use-cases/record-conference.js';
import { answerConsultation, openConsultation } from './use-cases/record-consultation.js';
import { recordFinding, recordFindingStep } from './use-cases/record-finding.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });
const statusOf = {
  open: and(isNull(supervisionFindings.respondedOn), isNull(supervisionFindings.closedOn)),
  answered: and(isNotNull(supervisionFindings.respondedOn), isNull(supervisionFindings.closedOn)),
  closed: isNotNull(supervisionFindings.closedOn),
};

/** Consultations of residents (art. 25), year-end conferences (art. 33), community supervision findings. */
export function registerSupervisionRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];

  app.post('/api/v1/community/consultations', {
    schema: {
      tags,
      summary: 'Put a matter to residents before the commune decides (art. 25)',
      body: ConsultationInput,
      response: { 201: Consultation },
    },
    handler: async (request, reply) => {
      const made = await openConsultation(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/community/consultations/${made.id}`)
        .header('etag', etag(made.version))
        .send(made);
    },
  });

  app.get('/api/v1/community/consultations', {
    schema: {
      tags,
      summary: 'Consultations in reach, the latest first',
      querystring: ConsultationListQuery,
      response: { 200: Page(Consultation) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, consultations.unitId),
        q.unitId ? sql`${consultations.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        matchesText(consultations.title, q.q),
      );
      return selectConsultations(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/consultations/:id', {
    schema: { tags, summary: 'A consultation with the feedback and the answer', params: IdParams, response: { 200: Consultation } },
    handler: async (request, reply) => {
      const row = await getConsultationRow(db, request.params.id);
      await access.require(requirePrincipal(request), read, row.unitId);
      const made = await getConsultation(db, row.id);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/consultations/:id/answer', {
    schema: {
      tags,
      summary: 'Record the feedback received and the answer (If-Match)',
      params: IdParams,
      body: ConsultationAnswer,
      response: { 200: Consultation },
    },
    handler: async (request, reply) => {
      const made = await answerConsultation(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
        answer: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/conferences', {
    schema: {
      tags,
      summary: 'Record a village’s year-end community conference (art. 33)',
      body: ConferenceInput,
      response: { 201: Conference },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await recordConference(deps, requirePrincipal(request), commandContext(request), request.body)),
  });

  app.get('/api/v1/community/conferences', {
    schema: {
      tags,
      summary: 'A commune’s villages and their year-end conference in a year',
      querystring: ConferenceQuery,
      response: { 200: ConferenceYear },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      await requireCommune(db, request.query.unitId);
      return conferenceYear(db, request.query.unitId, request.query.year);
    },
  });

  app.post('/api/v1/community/supervision-findings', {
    schema: {
      tags,
      summary: 'Record a finding of the People’s Inspection Board or the Community Investment Supervision Board',
      body: FindingInput,
      response: { 201: Finding },
    },
    handler: async (request, reply) => {
      const made = await recordFinding(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/community/supervision-findings/${made.id}`)
        .header('etag', etag(made.version))
        .send(made);
    },
  });

  app.get('/api/v1/community/supervision-findings', {
    schema: {
      tags,
      summary: 'Supervision findings in reach and their follow-up',
      querystring: SupervisionListQuery,
      response: { 200: Page(Finding) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, supervisionFindings.unitId),
        q.unitId ? sql`${supervisionFindings.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.board ? eq(supervisionFindings.board, q.board) : undefined,
        q.status ? statusOf[q.status] : undefined,
        matchesAnyText([supervisionFindings.subject, supervisionFindings.finding], q.q),
      );
      return selectFindings(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/supervision-findings/:id', {
    schema: { tags, summary: 'A supervision finding', params: IdParams, response: { 200: Finding } },
    handler: async (request, reply) => {
      const row = await getFindingRow(db, request.params.id);
      await access.require(requirePrincipal(request), read, row.unitId);
      const made = await getFinding(db, row.id);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/supervision-findings/:id/steps', {
    schema: {
      tags,
      summary: 'The response of the body concerned, or the board closing the follow-up (If-Match)',
      params: IdParams,
      body: FindingStep,
      response: { 200: Finding },
    },
    handler: async (request, reply) => {
      const made = await recordFindingStep(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
        step: request.body,
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });
}
