import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  Settlement,
  SettlementDetail,
  SettlementFigures,
  SettlementListQuery,
  SettlementOpening,
  SettlementStep,
} from '../../contracts/settlements.js';
import { PetitionFiguresQuery } from '../../contracts/petitions.js';
import { Matter } from '../../contracts/petition-records.js';
import { matterOf } from './use-cases/matter-view.js';
import { settlementFigures } from './settlement-figures.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { subtreeUnitIds } from '../org/index.js';
import { dueBucketWhere } from './due-buckets.js';
import { PetitionPermission } from './petitions.policy.js';
import { getSettlementDetail, getSettlementRecord, selectSettlements } from './settlements.repository.js';
import { settlements } from './settlements.tables.js';
import { openSettlement } from './use-cases/open-settlement.js';
import { recordSettlementStep } from './use-cases/record-settlement-step.js';

const tags = ['petitions'];
const IdParams = z.object({ id: z.uuid() });

/** Settlements of accepted petitions: acceptance, the steps the law sets, the clock explained, the worklists. */
export function registerSettlementRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;

  app.post('/api/v1/petitions/:id/settlement', {
    schema: {
      tags,
      summary: 'Accept a petition for settlement (thụ lý): its kind’s clock starts from the acceptance',
      params: IdParams,
      body: SettlementOpening,
      response: { 201: Settlement },
    },
    handler: async (request, reply) => {
      const settlement = await openSettlement(deps, requirePrincipal(request), commandContext(request), {
        petitionId: request.params.id,
        opening: request.body,
      });
      return reply
        .status(201)
        .header('location', `/api/v1/settlements/${settlement.id}`)
        .header('etag', etag(settlement.version))
        .send(settlement);
    },
  });

  app.get('/api/v1/petitions/:id/matter', {
    schema: {
      tags,
      summary:
        'The petition’s matter across instances and bodies: repeats, first and second instance, court, petitions citing the same decision',
      params: IdParams,
      response: { 200: Matter },
    },
    handler: async (request) => matterOf(deps, requirePrincipal(request), request.params.id),
  });

  app.get('/api/v1/settlements', {
    schema: {
      tags,
      summary: 'List settlements in reach (worklist buckets by due date, status, kind, unit subtree)',
      querystring: SettlementListQuery,
      response: { 200: Page(Settlement) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, PetitionPermission['petitions.read']);
      const q = request.query;
      const where = and(
        q.due ? await dueBucketWhere(db, settlements.dueAt, isNull(settlements.closedAt), q.due) : undefined,
        access.unitScope(principal, PetitionPermission['petitions.read'], settlements.unitId),
        q.unitId ? sql`${settlements.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.status ? eq(settlements.status, q.status) : undefined,
        q.kind ? eq(settlements.kind, q.kind) : undefined,
        q.petitionId ? eq(settlements.petitionId, q.petitionId) : undefined,
      );
      return selectSettlements(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/settlements/figures', {
    schema: {
      tags,
      summary: 'A unit’s settlement figures for a period (with the units under it), as of the period’s end',
      querystring: PetitionFiguresQuery,
      response: { 200: SettlementFigures },
    },
    handler: async (request) => {
      await access.require(requirePrincipal(request), PetitionPermission['petitions.read'], request.query.unitId);
      return settlementFigures(db, request.query);
    },
  });

  app.get('/api/v1/settlements/:id', {
    schema: {
      tags,
      summary: 'A settlement with its steps, its due date explained line by line, and what the law still asks before a decision',
      params: IdParams,
      response: { 200: SettlementDetail },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const { row } = await getSettlementRecord(db, request.params.id);
      await access.require(principal, PetitionPermission['petitions.read'], row.unitId);
      const detail = await getSettlementDetail(db, row.id);
      return reply.header('etag', etag(detail.version)).send(detail);
    },
  });

  app.post('/api/v1/settlements/:id/steps', {
    schema: {
      tags,
      summary: 'Record a settlement step: notice, verification, dialogue, extension, suspension, withdrawal, decision… (If-Match)',
      params: IdParams,
      body: SettlementStep,
      response: { 200: Settlement },
    },
    handler: async (request, reply) => {
      const expectedVersion = requireIfMatchVersion(request);
      const settlement = await recordSettlementStep(deps, requirePrincipal(request), commandContext(request), {
        settlementId: request.params.id,
        expectedVersion,
        step: request.body,
      });
      return reply.header('etag', etag(settlement.version)).send(settlement);
    },
  });
}
