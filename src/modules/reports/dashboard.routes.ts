import { z } from 'zod';
import { Dashboard, DashboardQuery, DrillDown, DrillDownQuery } from '../../contracts/dashboard.js';
import { FigureDefinitionView, FigureSet, FigureSetQuery } from '../../contracts/report-runs.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { requirePrincipal } from '../../platform/http/request-context.js';
import { sendFile } from '../../platform/http/send-file.js';
import { getUnitRow } from '../org/index.js';
import { computeFigures } from './figures/compute.js';
import { queryOf } from './figures/definition.js';
import { figureRegistry } from './figures/registry.js';
import { sectionOf, visibleSections } from './figures/sections.js';
import { listsToCsv, listToXlsx } from './render/list-files.js';
import { ReportPermission } from './reports.policy.js';
import { listDeclarations } from './reports.repository.js';
import { unitDashboard } from './use-cases/dashboard.js';
import { drillDown, hasDrillDown } from './use-cases/drill-down.js';

const tags = ['reports'];
const UnitParams = z.object({ id: z.uuid() });

/** The figure registry, a unit's figures from it, the operations dashboard and the lists behind figures. */
export function registerDashboardRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = ReportPermission['reports.read'];

  app.get('/api/v1/reports/figures', {
    schema: {
      tags,
      summary: 'The figure registry: every figure with its label, counting unit, legal basis and query',
      response: { 200: z.object({ items: z.array(FigureDefinitionView) }) },
    },
    handler: async (request) => {
      await access.requireSomewhere(requirePrincipal(request), read);
      return {
        items: figureRegistry.map((definition) => ({
          id: definition.id,
          labelVi: definition.labelVi,
          labelEn: definition.labelEn,
          countUnit: definition.countUnit,
          unitWord: definition.unitWord,
          kind: definition.kind,
          legalBasis: definition.legalBasis ?? null,
          query: queryOf(definition),
          seed: definition.seed ?? null,
          drillDown: hasDrillDown(definition.id),
        })),
      };
    },
  });

  app.get('/api/v1/reports/units/:id/figure-set', {
    schema: {
      tags,
      summary: 'Every figure of the registry for a unit (its lineage) and a period, with the figures it declared',
      params: UnitParams,
      querystring: FigureSetQuery,
      response: { 200: FigureSet },
    },
    handler: async (request) => {
      const unit = await getUnitRow(db, request.params.id);
      const principal = requirePrincipal(request);
      await access.require(principal, read, unit.id);
      // Only the figures of the parts of the work the reader's roles at the unit may see.
      const visible = await visibleSections(access, principal, unit.id);
      const ids = figureRegistry.filter((definition) => visible.includes(sectionOf(definition.id))).map((definition) => definition.id);
      const [figures, declared] = await Promise.all([
        computeFigures(db, { unitId: unit.id, ...request.query }, new Date(), ids),
        listDeclarations(db, { unitId: unit.id, ...request.query }),
      ]);
      return {
        unitId: unit.id,
        unitName: unit.name,
        ...request.query,
        asOf: figures.asOf,
        figures: ids.map((id) => ({ id, value: figures.values[id] ?? null })),
        declared,
      };
    },
  });

  app.get('/api/v1/reports/units/:id/dashboard', {
    schema: {
      tags,
      summary:
        'The operations dashboard of a unit for a period, by the reader’s roles: figures, legal clocks, hot spots, the units under it',
      params: UnitParams,
      querystring: DashboardQuery,
      response: { 200: Dashboard },
    },
    handler: async (request) => unitDashboard(deps, requirePrincipal(request), { unitId: request.params.id, ...request.query }),
  });

  app.get('/api/v1/reports/units/:id/figures/:figureId/items', {
    schema: {
      tags,
      summary: 'The records behind a figure, a page at a time (JSON), or all of them as CSV or XLSX',
      params: z.object({ id: z.uuid(), figureId: z.string().max(80) }),
      querystring: DrillDownQuery,
      response: { 200: DrillDown },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const whole = format !== 'json';
      const list = await drillDown(deps, requirePrincipal(request), {
        unitId: request.params.id,
        figureId: request.params.figureId,
        from: query.from,
        to: query.to,
        page: whole ? 1 : query.page,
        pageSize: whole ? 10_000 : query.pageSize,
      });
      if (format === 'json') return list;
      const name = `${list.figureId.replace(/[^a-zA-Z0-9]/g, '-')}-${query.from}-${query.to}`;
      return format === 'csv'
        ? sendFile(reply, { body: listsToCsv(list), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` })
        : sendFile(reply, {
            body: await listToXlsx(list),
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            filename: `${name}.xlsx`,
          });
    },
  });
}
