import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import {
  CounterIntakeRequest,
  DossierAction,
  DossierDetail,
  DossierListQuery,
  DossierSummary,
  IntakeResult,
  OnlineIntakeDecision,
} from '../../contracts/dossiers.js';
import { getDossierDetail, requireDossierReach, summariseDossier } from './dossier-views.js';
import { getDossierRow } from './dossiers.repository.js';
import { registerDossierFileRoutes } from './files.routes.js';
import { registerFormRoutes } from './forms.routes.js';
import { actOnDossier } from './use-cases/act-on-dossier.js';
import { decideOnlineIntake } from './use-cases/decide-online-intake.js';
import { listDossiers } from './use-cases/list-dossiers.js';
import { receiveAtCounter } from './use-cases/receive-at-counter.js';

const tags = ['dossiers'];
const IdParams = z.object({ id: z.uuid() });

export function registerDossierRoutes(app: App, deps: AppDeps): void {
  registerFormRoutes(app, deps);
  registerDossierFileRoutes(app, deps);

  app.post('/api/v1/dossiers/counter-intake', {
    schema: {
      tags,
      summary: 'Counter intake: receive (code + appointment), guide (what is missing) or refuse a dossier',
      body: CounterIntakeRequest,
      response: { 201: IntakeResult },
    },
    handler: async (request, reply) => {
      const result = await receiveAtCounter(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/dossiers/${result.dossierId}`).send(result);
    },
  });

  app.get('/api/v1/dossiers', {
    schema: {
      tags,
      summary: 'Dossiers in my reach: search by code, name (without diacritics), citizen ID or phone; due soon or overdue; waiting for me',
      querystring: DossierListQuery,
      response: { 200: Page(DossierSummary) },
    },
    handler: async (request) => {
      const page = await listDossiers(deps, requirePrincipal(request), request.query);
      return { ...page, items: page.items.map(summariseDossier) };
    },
  });

  app.get('/api/v1/dossiers/:id', {
    schema: { tags, summary: 'A dossier with its history and the actions allowed now', params: IdParams, response: { 200: DossierDetail } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const row = await getDossierRow(deps.db, request.params.id);
      await requireDossierReach(deps, principal, row.id);
      reply.header('etag', etag(row.version));
      return getDossierDetail(deps, principal, row.id);
    },
  });

  app.post('/api/v1/dossiers/:id/intake-decision', {
    schema: {
      tags,
      summary: 'Check an online submission: receive it, guide the applicant, or refuse it (If-Match: its version)',
      params: IdParams,
      body: OnlineIntakeDecision,
      response: { 200: DossierDetail },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const row = await decideOnlineIntake(deps, principal, commandContext(request), {
        dossierId: request.params.id,
        expectedVersion: requireIfMatchVersion(request),
        decision: request.body,
      });
      reply.header('etag', etag(row.version));
      return getDossierDetail(deps, principal, row.id);
    },
  });

  app.post('/api/v1/dossiers/:id/actions', {
    schema: {
      tags,
      summary: 'Act on a dossier (If-Match: its version): supplement, reschedule, approve, stop, withdraw, return',
      params: IdParams,
      body: DossierAction,
      response: { 200: DossierDetail },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const row = await actOnDossier(deps, principal, commandContext(request), {
        dossierId: request.params.id,
        expectedVersion: requireIfMatchVersion(request),
        command: request.body,
      });
      reply.header('etag', etag(row.version));
      return getDossierDetail(deps, principal, row.id);
    },
  });
}
