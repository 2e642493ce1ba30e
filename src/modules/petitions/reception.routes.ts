import { and, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { Petition } from '../../contracts/petitions.js';
import {
  Booking,
  ComplianceMonth,
  ComplianceQuery,
  CompliancePeriod,
  hostRoles,
  PersonHistory,
  PersonHistoryQuery,
  Plan,
  PlanQuery,
  ReceptionFigures,
  ReceptionFiguresQuery,
  Session,
  SessionInput,
  SessionListQuery,
  SessionOutcome,
  Visit,
  VisitAnswer,
  VisitConversion,
  VisitInput,
  VisitListQuery,
} from '../../contracts/reception.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { MS_PER_DAY, startOfVietnamDate } from '../../platform/time/vietnam-time.js';
import { subtreeUnitIds } from '../org/index.js';
import { PetitionPermission } from './petitions.policy.js';
import { getSession, getVisit, selectSessions, selectVisits } from './reception.repository.js';
import { receptionSessions, receptionVisits } from './reception.tables.js';
import { answerVisit } from './use-cases/answer-visit.js';
import { listBookings } from './use-cases/list-bookings.js';
import { convertVisit } from './use-cases/convert-visit.js';
import { personHistory } from './use-cases/person-history.js';
import { planReception, receptionCompliance } from './use-cases/plan-reception.js';
import { receptionFigures } from './use-cases/reception-figures.js';
import { recordVisit } from './use-cases/record-visit.js';
import { recordSessionOutcome, scheduleSession } from './use-cases/schedule-session.js';

const tags = ['reception'];
const IdParams = z.object({ id: z.uuid() });
const instant = (date: string, days = 0) => new Date(startOfVietnamDate(date) + days * MS_PER_DAY).toISOString();

/** Citizen reception: the heads' sessions and their legal minimum, the reception log, its figures. */
export function registerReceptionRoutes(app: App, deps: AppDeps): void {
  const { db, access, config } = deps;
  const read = PetitionPermission['reception.read'];

  app.post('/api/v1/reception/sessions', {
    schema: {
      tags,
      summary: 'Plan a head’s reception session (published on the portal unless kept back)',
      body: SessionInput,
      response: { 201: Session },
    },
    handler: async (request, reply) => {
      const session = await scheduleSession(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply
        .status(201)
        .header('location', `/api/v1/reception/sessions/${session.id}`)
        .header('etag', etag(session.version))
        .send(session);
    },
  });

  app.get('/api/v1/reception/sessions', {
    schema: {
      tags,
      summary: 'Reception sessions in reach, in date order',
      querystring: SessionListQuery,
      response: { 200: Page(Session) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, receptionSessions.unitId),
        q.unitId ? sql`${receptionSessions.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.from ? gte(receptionSessions.date, q.from) : undefined,
        q.to ? lte(receptionSessions.date, q.to) : undefined,
        q.status ? eq(receptionSessions.status, q.status) : undefined,
        q.hostRole ? eq(receptionSessions.hostRole, q.hostRole) : undefined,
      );
      return selectSessions(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/reception/sessions/:id', {
    schema: { tags, summary: 'A reception session', params: IdParams, response: { 200: Session } },
    handler: async (request, reply) => {
      const session = await getSession(db, request.params.id);
      await access.require(requirePrincipal(request), read, session.unitId);
      return reply.header('etag', etag(session.version)).send(session);
    },
  });

  app.post('/api/v1/reception/sessions/:id/outcome', {
    schema: {
      tags,
      summary:
        'Record that a session was held (by the host or on the host’s behalf) or cancelled, or an online session’s points notified or confirmed (If-Match)',
      params: IdParams,
      body: SessionOutcome,
      response: { 200: Session },
    },
    handler: async (request, reply) => {
      const session = await recordSessionOutcome(deps, requirePrincipal(request), commandContext(request), {
        id: request.params.id,
        version: requireIfMatchVersion(request),
        outcome: request.body,
      });
      return reply.header('etag', etag(session.version)).send(session);
    },
  });

  app.get('/api/v1/reception/sessions/:id/bookings', {
    schema: {
      tags,
      summary: 'The citizens who booked the session, in queue order, each with their earlier visits, petitions and commitments',
      params: IdParams,
      response: { 200: z.array(Booking) },
    },
    config: { idempotency: false },
    handler: async (request) => listBookings(deps, requirePrincipal(request), commandContext(request), request.params.id),
  });

  app.get('/api/v1/reception/plan', {
    schema: {
      tags,
      summary: 'A host’s year of reception days proposed from the rule in force on each date, days off made up, with the warnings',
      querystring: PlanQuery,
      response: { 200: Plan },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return planReception(db, request.query, { delegatedCounts: config.receptionDelegatedCounts });
    },
  });

  app.get('/api/v1/reception/compliance', {
    schema: {
      tags,
      summary: 'Held against required, per host and legal period (week or month, by the rule in force)',
      querystring: ComplianceQuery,
      response: {
        200: z.array(z.object({ hostRole: z.enum(hostRoles), periods: z.array(CompliancePeriod), months: z.array(ComplianceMonth) })),
      },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return receptionCompliance(db, request.query, { delegatedCounts: config.receptionDelegatedCounts });
    },
  });

  app.post('/api/v1/reception/visits', {
    schema: {
      tags,
      summary: 'Write a visit into the reception log (citizens kept apart; a denunciation’s protected)',
      body: VisitInput,
      response: { 201: Visit },
    },
    handler: async (request, reply) => {
      const visit = await recordVisit(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/reception/visits/${visit.id}`).send(visit);
    },
  });

  app.get('/api/v1/reception/visits', {
    schema: {
      tags,
      summary: 'The reception log in reach, the latest first (search the content without diacritics)',
      querystring: VisitListQuery,
      response: { 200: Page(Visit) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, receptionVisits.unitId),
        q.unitId ? sql`${receptionVisits.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.sessionId ? eq(receptionVisits.sessionId, q.sessionId) : undefined,
        q.from ? gte(receptionVisits.visitedAt, instant(q.from)) : undefined,
        q.to ? lt(receptionVisits.visitedAt, instant(q.to, 1)) : undefined,
        q.nature ? eq(receptionVisits.nature, q.nature) : undefined,
        q.outcome ? eq(receptionVisits.outcome, q.outcome) : undefined,
        q.answer === 'pending' ? and(isNotNull(receptionVisits.answerDueAt), isNull(receptionVisits.answeredAt)) : undefined,
        matchesText(receptionVisits.contentSummary, q.q),
      );
      return selectVisits(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/reception/visits/:id', {
    schema: { tags, summary: 'A log entry', params: IdParams, response: { 200: Visit } },
    handler: async (request) => {
      const visit = await getVisit(db, request.params.id);
      await access.require(requirePrincipal(request), read, visit.unitId);
      return visit;
    },
  });

  app.post('/api/v1/reception/visits/:id/petition', {
    schema: {
      tags,
      summary: 'Make the content written down, read back and signed into a petition (source: reception), linked to the entry',
      params: IdParams,
      body: VisitConversion,
      response: { 201: Petition },
    },
    handler: async (request, reply) => {
      const petition = await convertVisit(deps, requirePrincipal(request), commandContext(request), {
        visitId: request.params.id,
        conversion: request.body,
      });
      return reply.status(201).header('location', `/api/v1/petitions/${petition.id}`).header('etag', etag(petition.version)).send(petition);
    },
  });

  app.post('/api/v1/reception/visits/:id/answer', {
    schema: {
      tags,
      summary: 'Record the answer given to the citizen (accepted, more time, refused, transferred), within 10 working days',
      params: IdParams,
      body: VisitAnswer,
      response: { 200: Visit },
    },
    handler: async (request) =>
      answerVisit(deps, requirePrincipal(request), commandContext(request), { visitId: request.params.id, answer: request.body }),
  });

  app.get('/api/v1/reception/figures', {
    schema: {
      tags,
      summary: 'Reception figures for a period: days, sessions, visits, persons, matters (first and repeat), groups, by kind',
      querystring: ReceptionFiguresQuery,
      response: { 200: ReceptionFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), read, request.query.unitId);
      return receptionFigures(db, request.query);
    },
  });

  app.post('/api/v1/reception/person-history', {
    schema: {
      tags,
      summary: 'A citizen’s earlier visits, petitions, dialogues and commitments at the unit (the ID number in the body, never the URL)',
      body: PersonHistoryQuery,
      response: { 200: PersonHistory },
    },
    config: { idempotency: false },
    handler: async (request) => personHistory(deps, requirePrincipal(request), commandContext(request), request.body),
  });
}
