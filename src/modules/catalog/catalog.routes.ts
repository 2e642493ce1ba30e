import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';

import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { CatalogPermission } from './catalog.policy.js';
import { getProcedureRow, getVersion, selectProcedures, selectVersionHistory, type ProcedureVersion } from './catalog.repository.js';
import {
  ProcedureDetail,
  ProcedureDiff,
  ProcedureExportQuery,
  ProcedureImportRequest,
  ProcedureImportResult,
  ProcedureListQuery,
  ProcedureSummary,
  ProcedureWithHistory,
  procedureCodePattern,
  SaveProcedureRequest,
} from '../../contracts/catalog.js';
import { diffProcedures } from './diff-procedures.js';
import { totalBudgetHours } from './procedure-rules.js';
import { exportProcedures, importProcedures } from './use-cases/import-procedures.js';
import { createProcedure, reviseProcedure } from './use-cases/save-procedure.js';
import { positiveInt32 } from '../../platform/http/numbers.js';

const tags = ['catalog'];
const CodeParams = z.object({ code: z.string().regex(procedureCodePattern, 'D.DDDDDD') });

export function summarise(item: ProcedureVersion): ProcedureSummary {
  return {
    code: item.code,
    name: item.data.name,
    sectorName: item.data.sectorName,
    fieldName: item.data.fieldName,
    levels: item.data.levels,
    processingTime: item.data.processingTime,
    totalHours: totalBudgetHours(item.data.processingTime),
    onlineLevel: item.data.onlineLevel,
    isPublished: item.data.isPublished,
    isSample: item.data.isSample,
    version: item.version,
    latestVersion: item.latestVersion,
    effectiveFrom: item.effectiveFrom,
  };
}

const detail = (item: ProcedureVersion) => ({
  code: item.code,
  version: item.version,
  latestVersion: item.latestVersion,
  effectiveFrom: item.effectiveFrom,
  changeNote: item.changeNote,
  procedure: item.data,
});

export function registerCatalogRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const requireReader = async (request: Parameters<typeof requirePrincipal>[0]) => {
    const principal = requirePrincipal(request);
    await access.requireSomewhere(principal, CatalogPermission['catalog.read']);
    return principal;
  };

  app.get('/api/v1/procedures', {
    schema: {
      tags,
      summary: 'List procedures: the newest version of each, or the one in force on `at`',
      querystring: ProcedureListQuery,
      response: { 200: Page(ProcedureSummary) },
    },
    handler: async (request) => {
      await requireReader(request);
      const q = request.query;
      const { items, total } = await selectProcedures(db, {
        mode: q.at ? 'inForce' : 'latest',
        date: q.at ?? todayInVietnam(),
        filter: {
          q: q.q,
          fieldName: q.field,
          level: q.level,
          onlineLevel: q.onlineLevel,
          isPublished: q.published === undefined ? undefined : q.published === 'true',
        },
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { items: items.map(summarise), total, page: q.page, pageSize: q.pageSize };
    },
  });

  app.get('/api/v1/procedures/export', {
    schema: { tags, summary: 'Export the catalogue as JSON or XLSX', querystring: ProcedureExportQuery },
    handler: async (request, reply) => {
      await requireReader(request);
      const file = await exportProcedures(db, request.query.format);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
    },
  });

  app.get('/api/v1/procedures/:code', {
    schema: {
      tags,
      summary: 'A procedure: its newest version and the history of versions',
      params: CodeParams,
      response: { 200: ProcedureWithHistory },
    },
    handler: async (request, reply) => {
      await requireReader(request);
      const latest = await getVersion(db, request.params.code);
      const history = await selectVersionHistory(db, latest.procedureId);
      reply.header('etag', etag(latest.latestVersion));
      return { ...detail(latest), versions: history.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) };
    },
  });

  app.get('/api/v1/procedures/:code/versions/:version', {
    schema: {
      tags,
      summary: 'One version of a procedure',
      params: CodeParams.extend({ version: positiveInt32 }),
      response: { 200: ProcedureDetail },
    },
    handler: async (request) => {
      await requireReader(request);
      return detail(await getVersion(db, request.params.code, request.params.version));
    },
  });

  app.get('/api/v1/procedures/:code/diff', {
    schema: {
      tags,
      summary: 'Differences between two versions',
      params: CodeParams,
      querystring: z.object({ from: positiveInt32, to: positiveInt32 }),
      response: { 200: ProcedureDiff },
    },
    handler: async (request) => {
      await requireReader(request);
      const [from, to] = await Promise.all([
        getVersion(db, request.params.code, request.query.from),
        getVersion(db, request.params.code, request.query.to),
      ]);
      return { from: from.version, to: to.version, changes: diffProcedures(from.data, to.data) };
    },
  });

  app.post('/api/v1/procedures', {
    schema: { tags, summary: 'Create a procedure (version 1)', body: SaveProcedureRequest, response: { 201: ProcedureDetail } },
    handler: async (request, reply) => {
      const created = await createProcedure(deps, requirePrincipal(request), commandContext(request), request.body);
      await getProcedureRow(db, created.code);
      return reply
        .status(201)
        .header('location', `/api/v1/procedures/${created.code}`)
        .header('etag', etag(created.latestVersion))
        .send(detail(created));
    },
  });

  app.post('/api/v1/procedures/:code/versions', {
    schema: {
      tags,
      summary: 'Edit a procedure: a new version with its effective date (If-Match: the newest version)',
      params: CodeParams,
      body: SaveProcedureRequest,
      response: { 201: ProcedureDetail },
    },
    handler: async (request, reply) => {
      const principal = requirePrincipal(request);
      const expectedVersion = requireIfMatchVersion(request);
      const revised = await reviseProcedure(deps, principal, commandContext(request), {
        code: request.params.code,
        expectedVersion,
        effectiveFrom: request.body.effectiveFrom,
        procedure: request.body.procedure,
        changeNote: request.body.changeNote ?? undefined,
      });
      return reply.status(201).header('etag', etag(revised.latestVersion)).send(detail(revised));
    },
  });

  app.post('/api/v1/procedures/import', {
    bodyLimit: 30 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Import procedures from JSON or XLSX (base64); nothing is imported when any row is wrong',
      body: ProcedureImportRequest,
      response: { 200: ProcedureImportResult },
    },
    handler: async (request) => importProcedures(deps, requirePrincipal(request), commandContext(request), request.body),
  });
}
