import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';

import { requirePrincipal } from '../../platform/http/request-context.js';
import { selectUnitIdsWithDossiers } from '../dossiers/index.js';
import { findUnitByCode, getUnitRow } from '../org/index.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { renderPage, type Html } from '../../platform/html/index.js';
import { computeFigures } from './figures/compute.js';
import { publicFigureIds, transparencyPage, unitChooser } from './pages/transparency.js';
import { ReportPermission } from './reports.policy.js';
import { registerDashboardRoutes } from './dashboard.routes.js';
import { registerReportRunRoutes } from './report-runs.routes.js';
import { monthlyFigures, unitReport } from './unit-figures.js';
import { MonthlyFigures, Period, UnitFigures } from '../../contracts/reports.js';

const tags = ['reports'];

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const previousMonth = (day: string) => {
  const date = new Date(`${firstOfMonth(day)}T00:00:00Z`);
  date.setUTCDate(0);
  return { from: firstOfMonth(date.toISOString().slice(0, 10)), to: date.toISOString().slice(0, 10) };
};

export function registerReportRoutes(app: App, deps: AppDeps): void {
  registerDashboardRoutes(app, deps);
  registerReportRunRoutes(app, deps);
  const { db, access, config } = deps;
  const requireReach = async (request: Parameters<typeof requirePrincipal>[0], unitId: string) => {
    await getUnitRow(db, unitId);
    await access.require(requirePrincipal(request), ReportPermission['reports.read'], unitId);
  };

  app.get('/api/v1/reports/units/:id/figures', {
    schema: {
      tags,
      summary:
        "A unit's figures over a period (with its subtree): dossiers received, settled early/on time/late, unfinished at the period's end (and overdue then), satisfaction; Decision 766 timeliness (2.1) and satisfaction (5.4). Unfinished dossiers are judged as of the period's end, or now while it runs",
      params: z.object({ id: z.uuid() }),
      querystring: Period,
      response: { 200: UnitFigures },
    },
    handler: async (request) => {
      await requireReach(request, request.params.id);
      return unitReport(db, { unitId: request.params.id, ...request.query });
    },
  });

  app.get('/api/v1/reports/units/:id/monthly', {
    schema: {
      tags,
      summary: "A unit's figures month by month, for charts: each month as of its own end",
      params: z.object({ id: z.uuid() }),
      querystring: Period,
      response: { 200: MonthlyFigures },
    },
    handler: async (request) => {
      await requireReach(request, request.params.id);
      return { months: await monthlyFigures(db, { unitId: request.params.id, ...request.query }) };
    },
  });

  const page = (reply: FastifyReply, status: number, body: Html) =>
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=60')
      .send(renderPage({ title: 'Công khai kết quả', deploymentName: config.deploymentName, body }));
  const chooser = async (reply: FastifyReply, status: number, message?: string) => {
    const ids = await selectUnitIdsWithDossiers(db, 100);
    const units = await Promise.all(ids.map((id) => getUnitRow(db, id)));
    return page(
      reply,
      status,
      unitChooser({
        units: units.map((unit) => ({ code: unit.code, name: unit.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        ...(message ? { message } : {}),
      }),
    );
  };

  app.get('/cong-khai', {
    schema: {
      tags: ['portal'],
      summary: 'Portal: public figures of a unit (HTML)',
      querystring: z.object({
        'don-vi': z.string().max(40).optional(),
        tu: z.string().max(20).optional(),
        den: z.string().max(20).optional(),
      }),
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const code = request.query['don-vi']?.trim();
      if (!code) return chooser(reply, 200);
      const unit = await findUnitByCode(db, code);
      if (!unit) return chooser(reply, 404, `Không có đơn vị mã ${code}.`);
      const today = todayInVietnam();
      const chosen =
        request.query.tu || request.query.den
          ? Period.safeParse({ from: request.query.tu, to: request.query.den })
          : { success: true as const, data: previousMonth(today) };
      if (!chosen.success)
        return chooser(reply, 400, 'Kỳ không hợp lệ: nhập ngày theo dạng YYYY-MM-DD, ngày bắt đầu không sau ngày kết thúc.');
      const periods = [
        { label: 'Tháng này', from: firstOfMonth(today), to: today },
        { label: 'Năm nay', from: `${today.slice(0, 4)}-01-01`, to: today },
        { label: 'Kỳ đã chọn', ...chosen.data },
      ];
      const columns = await Promise.all(
        periods.map(async (period) => ({
          ...period,
          values: (await computeFigures(db, { unitId: unit.id, from: period.from, to: period.to }, new Date(), publicFigureIds)).values,
        })),
      );
      return page(
        reply,
        200,
        transparencyPage({ unitName: unit.name, unitCode: unit.code, columns, from: chosen.data.from, to: chosen.data.to }),
      );
    },
  });
}
