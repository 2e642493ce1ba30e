import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';

import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { OrgPermission } from './org.policy.js';
import {
  Unit,
  UnitDetail,
  UnitImportRequest,
  UnitImportResult,
  UnitInput,
  UnitListQuery,
  UnitMergeInput,
  UnitPatch,
} from '../../contracts/org.js';
import { units } from './org.tables.js';
import { getUnit, selectSuccessions, selectUnits } from './units.repository.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { createUnit } from './use-cases/create-unit.js';
import { importUnits } from './use-cases/import-units.js';
import { updateUnit } from './use-cases/update-unit.js';
import { mergeUnits } from './use-cases/merge-units.js';

const tags = ['units'];
const IdParams = z.object({ id: z.uuid() });

export function registerUnitRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const requireUnitsRead = async (principal: ReturnType<typeof requirePrincipal>) => {
    await access.requireSomewhere(principal, OrgPermission['units.read']);
  };

  app.get('/api/v1/units', {
    schema: {
      tags,
      summary: 'List units (search without diacritics, filter, paginate)',
      querystring: UnitListQuery,
      response: { 200: Page(Unit) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await requireUnitsRead(principal);
      const q = request.query;
      const on = q.at ?? todayInVietnam();
      const status =
        q.status === 'current'
          ? and(or(isNull(units.validFrom), sql`${units.validFrom} <= ${on}`), or(isNull(units.validTo), sql`${units.validTo} >= ${on}`))
          : q.status === 'retired'
            ? sql`${units.validTo} < ${on}`
            : undefined;
      const where = and(
        status,
        q.type ? eq(units.type, q.type) : undefined,
        q.parentId ? eq(units.parentId, q.parentId) : undefined,
        q.q && /^\d+$/.test(q.q.trim()) ? or(eq(units.code, q.q.trim()), matchesText(units.name, q.q)) : matchesText(units.name, q.q),
      );
      const { items, total } = await selectUnits(db, { where, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  });

  app.get('/api/v1/units/:id', {
    schema: { tags, summary: 'A unit with its predecessors and successors', params: IdParams, response: { 200: UnitDetail } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      await requireUnitsRead(principal);
      const unit = await getUnit(db, request.params.id);
      const history = await selectSuccessions(db, unit.id);
      reply.header('etag', etag(unit.version));
      return { ...unit, ...history };
    },
  });

  app.post('/api/v1/units', {
    schema: { tags, summary: 'Create a unit', body: UnitInput, response: { 201: Unit } },
    handler: async (request, reply) => {
      const unit = await createUnit(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/units/${unit.id}`).header('etag', etag(unit.version)).send(unit);
    },
  });

  app.post('/api/v1/units/:id/merge', {
    schema: {
      tags,
      summary: 'Merge units into this one from a date: they end the day before, linked to it so their history is kept',
      params: IdParams,
      body: UnitMergeInput,
      response: { 200: UnitDetail },
    },
    handler: async (request) =>
      mergeUnits(deps, requirePrincipal(request), commandContext(request), { intoId: request.params.id, merge: request.body }),
  });

  app.patch('/api/v1/units/:id', {
    schema: { tags, summary: 'Edit a unit (If-Match: its version)', params: IdParams, body: UnitPatch, response: { 200: Unit } },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const unit = await updateUnit(deps, principal, commandContext(request), {
        id: request.params.id,
        expectedVersion,
        patch: request.body,
      });
      return reply.header('etag', etag(unit.version)).send(unit);
    },
  });

  app.post('/api/v1/units/import', {
    bodyLimit: 25 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Import units from CSV or JSON; nothing is imported when any row is wrong',
      body: UnitImportRequest,
      response: { 200: UnitImportResult },
    },
    handler: async (request) => importUnits(deps, requirePrincipal(request), commandContext(request), request.body),
  });
}
