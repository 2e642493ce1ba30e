import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, PlatformError } from '../../platform/errors/errors.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import type { Principal } from '../../platform/auth/principal.js';
import { dossierActionNames, type DossierActionName, type DossierStatus } from './dossier-states.js';
import { allowedActionsFor, intakeDecisionsFor, loadActionGrants } from './dossier-permissions.js';
import { DossierPermission } from './dossiers.policy.js';
import { getDossierRow, selectEvents, type DossierRow } from './dossiers.repository.js';
import { CounterIntakeRequest } from './dossiers.schemas.js';
import { selectTasks } from './dossier-tasks.js';
import { actOnDossier, DossierAction } from './use-cases/act-on-dossier.js';
import { receiveAtCounter } from './use-cases/receive-at-counter.js';
import { DossierListQuery, listDossiers } from './use-cases/list-dossiers.js';
import { decideOnlineIntake, OnlineIntakeDecision } from './use-cases/decide-online-intake.js';
import { registerFormRoutes } from './forms.routes.js';
import { registerDossierFileRoutes } from './files.routes.js';

const tags = ['dossiers'];
const IdParams = z.object({ id: z.uuid() });

const DossierSummary = z.object({
  id: z.uuid(),
  code: z.string().nullable(),
  procedureCode: z.string(),
  procedureVersion: z.number(),
  procedureName: z.string(),
  applicantName: z.string(),
  channel: z.string(),
  status: z.string(),
  nationalStatus: z.number(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  version: z.number(),
});
const DossierDetail = DossierSummary.extend({
  receivingUnitId: z.uuid(),
  applicant: z.record(z.string(), z.unknown()),
  documents: z.array(z.object({ index: z.number(), name: z.string(), form: z.string(), count: z.number(), isRequired: z.boolean() })),
  setCount: z.number(),
  delivery: z.string(),
  originalDueAt: z.string().nullable(),
  supplementCount: z.number(),
  rescheduleCount: z.number(),
  /** The actions of POST /dossiers/:id/actions that the signed-in user may take now. */
  allowedActions: z.array(z.enum(dossierActionNames as [DossierActionName, ...DossierActionName[]])),
  /** The decisions of POST /dossiers/:id/intake-decision the user may take now (an online submission waiting to be checked). */
  intakeDecisions: z.array(z.enum(['receive', 'guide', 'refuse'])),
  events: z.array(z.object({ seq: z.number(), type: z.string(), at: z.string(), actorName: z.string(), data: z.record(z.string(), z.unknown()) })),
  tasks: z.array(z.object({ id: z.uuid(), stepIndex: z.number(), name: z.string(), unitId: z.string(), role: z.string(), status: z.string(), startedAt: z.string().nullable(), dueAt: z.string().nullable(), finishedAt: z.string().nullable(), outcome: z.string().nullable(), handedOverBy: z.string().nullable(), finishedBy: z.string().nullable() })),
});

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
export function summariseDossier(row: DossierRow): z.infer<typeof DossierSummary> {
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedureCode,
    procedureVersion: row.procedureVersion,
    procedureName: row.procedureName,
    applicantName: row.applicantName,
    channel: row.channel,
    status: row.status,
    nationalStatus: row.nationalStatus,
    submittedAt: iso(row.submittedAt)!,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    returnedAt: iso(row.returnedAt),
    outcome: row.outcome,
    version: row.version,
  };
}

export function registerDossierRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  registerFormRoutes(app, deps);
  registerDossierFileRoutes(app, deps);
  const requireRead = async (principal: Principal, unitId: string) => {
    if (!(await access.can(principal, DossierPermission['dossiers.read'], unitId)) && !(await access.can(principal, DossierPermission['dossiers.receive'], unitId))) {
      throw new DomainError(PlatformError.FORBIDDEN);
    }
  };
  const detail = async (id: string, principal: Principal) => {
    const row = await getDossierRow(db, id);
    const [events, tasks] = await Promise.all([selectEvents(db, id), selectTasks(db, id)]);
    const activeTask = tasks.find((task) => task.status === 'active');
    const grants = await loadActionGrants(access, principal, { receivingUnitId: row.receivingUnitId, activeTask });
    return {
      ...summariseDossier(row),
      receivingUnitId: row.receivingUnitId,
      applicant: row.applicant,
      documents: row.documents,
      setCount: row.setCount,
      delivery: row.delivery,
      originalDueAt: iso(row.originalDueAt),
      supplementCount: row.supplementCount,
      rescheduleCount: row.rescheduleCount,
      allowedActions: allowedActionsFor(
        { status: row.status as DossierStatus, supplementCount: row.supplementCount, rescheduleCount: row.rescheduleCount, hasClock: row.clock !== null, tasks },
        grants,
      ),
      intakeDecisions: intakeDecisionsFor(row, grants),
      events: events.map((event) => ({ seq: event.seq, type: event.type, at: new Date(event.at).toISOString(), actorName: event.actorName, data: event.data })),
      tasks: tasks.map((task) => ({
        id: task.id,
        stepIndex: task.stepIndex,
        name: task.name,
        unitId: task.unitId,
        role: task.role,
        status: task.status,
        startedAt: iso(task.startedAt),
        dueAt: iso(task.dueAt),
        finishedAt: iso(task.finishedAt),
        outcome: task.outcome,
        handedOverBy: task.handedOverBy,
        finishedBy: task.finishedBy,
      })),
    };
  };

  app.post('/api/v1/dossiers/counter-intake', {
    schema: {
      tags,
      summary: 'Counter intake: receive (code + appointment), guide (what is missing) or refuse a dossier',
      body: CounterIntakeRequest,
      response: { 201: z.object({ dossierId: z.uuid(), outcome: z.enum(['received', 'guided', 'refused']), code: z.string().nullable(), dueAt: z.string().nullable(), missingDocuments: z.array(z.object({ index: z.number(), name: z.string(), form: z.string(), count: z.number(), isRequired: z.boolean() })) }) },
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
      const row = await getDossierRow(db, request.params.id);
      await requireRead(principal, row.receivingUnitId);
      reply.header('etag', etag(row.version));
      return detail(row.id, principal);
    },
  });

  app.post('/api/v1/dossiers/:id/intake-decision', {
    schema: { tags, summary: 'Check an online submission: receive it, guide the applicant, or refuse it (If-Match: its version)', params: IdParams, body: OnlineIntakeDecision, response: { 200: DossierDetail } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const row = await decideOnlineIntake(deps, principal, commandContext(request), { dossierId: request.params.id, expectedVersion, decision: request.body });
      reply.header('etag', etag(row.version));
      return detail(row.id, principal);
    },
  });

  app.post('/api/v1/dossiers/:id/actions', {
    schema: { tags, summary: 'Act on a dossier (If-Match: its version): supplement, reschedule, approve, stop, withdraw, return', params: IdParams, body: DossierAction, response: { 200: DossierDetail } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const row = await actOnDossier(deps, principal, commandContext(request), { dossierId: request.params.id, expectedVersion, command: request.body });
      reply.header('etag', etag(row.version));
      return detail(row.id, principal);
    },
  });
}
