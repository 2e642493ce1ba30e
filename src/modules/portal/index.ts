/** The citizen portal: server-rendered pages usable without JavaScript. */
import type { App, AppDeps } from '../../platform/http/deps.js';
import { z } from 'zod';
import { findVersionInForce, renderDocumentTemplate, selectProcedures } from '../catalog/index.js';
import { registerOnlineSubmission } from './online-submission.js';
import { registerPetitionSubmission } from './petition-submission.js';
import { registerOpen311 } from './open311.js';
import { registerReceptionCalendar } from './reception-calendar.js';
import { registerReceptionBooking } from './reception-booking.js';
import { registerCommitmentBoard } from './commitment-board.js';
import { registerCommitmentConfirmation } from './commitment-confirmation.js';
import { registerPublicData } from './public-data.js';
import { registerCommunityPortal } from './community-portal.js';
import { registerTrackingRoute } from './tracking-route.js';
import { findUnitByCode } from '../org/index.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { html } from '../../platform/html/html.js';
import { renderPage } from '../../platform/html/layout.js';
import { homePage } from './pages/home.js';
import { procedureDetailPage, procedurePath, procedureSearchPage } from './pages/procedures.js';
import { slugify } from './pages/procedure-labels.js';
import type { FastifyReply } from 'fastify';

const portalTags = ['portal'];

export function registerPortalRoutes(app: App, deps: AppDeps): void {
  const { config, db } = deps;

  app.get('/', { schema: { tags: portalTags, summary: 'Portal home page (HTML)' } }, async (_request, reply) => {
    const unit = config.deploymentUnitCode ? await findUnitByCode(db, config.deploymentUnitCode) : undefined;
    return reply.type('text/html; charset=utf-8').send(
      renderPage({
        title: 'Trang chủ',
        deploymentName: config.deploymentName,
        unitName: unit?.name,
        body: homePage({ unitName: unit?.name }),
      }),
    );
  });

  const page = (title: string, body: ReturnType<typeof html>) => renderPage({ title, deploymentName: config.deploymentName, body });
  const notFound = (reply: FastifyReply, what: string) =>
    reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send(page('Không tìm thấy', html`<h1>Không tìm thấy</h1><p>${what}</p><p><a href="/thu-tuc">Về danh mục thủ tục</a></p>`));

  app.get('/thu-tuc', {
    schema: {
      tags: portalTags,
      summary: 'Portal: procedure search (HTML)',
      querystring: z.object({
        q: z.string().max(200).optional(),
        'truc-tuyen': z.string().max(10).optional(),
        trang: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
      }),
    },
    handler: async (request, reply) => {
      const q = request.query.q?.trim() ?? '';
      const isOnlineOnly = request.query['truc-tuyen'] === '1';
      const pageSize = 20;
      const { items, total } = await selectProcedures(db, {
        mode: 'inForce',
        date: todayInVietnam(),
        filter: { q, isPublished: true, ...(isOnlineOnly ? { isOnline: true } : {}) },
        limit: pageSize,
        offset: (request.query.trang - 1) * pageSize,
      });
      const title = isOnlineOnly ? 'Nộp hồ sơ trực tuyến' : 'Thủ tục hành chính';
      return reply
        .type('text/html; charset=utf-8')
        .send(page(title, procedureSearchPage({ q, isOnlineOnly, items, total, page: request.query.trang, pageSize })));
    },
  });

  const inForceAndPublished = async (code: string) => {
    if (!/^\d\.\d{6}$/.test(code)) return undefined;
    const version = await findVersionInForce(db, code, todayInVietnam());
    return version?.data.isPublished ? version : undefined;
  };

  app.get(
    '/thu-tuc/:code',
    { schema: { tags: portalTags, summary: 'Portal: a procedure by code (redirects to its page)' } },
    async (request, reply) => {
      const { code } = request.params as { code: string };
      const version = await inForceAndPublished(code);
      if (!version) return notFound(reply, `Không có thủ tục mã ${code}.`);
      return reply.redirect(procedurePath(version.code, version.data.name), 301);
    },
  );

  app.get('/thu-tuc/:code/:slug', { schema: { tags: portalTags, summary: 'Portal: a procedure page (HTML)' } }, async (request, reply) => {
    const { code, slug } = request.params as { code: string; slug: string };
    const version = await inForceAndPublished(code);
    if (!version) return notFound(reply, `Không có thủ tục mã ${code}.`);
    if (slug !== slugify(version.data.name)) return reply.redirect(procedurePath(version.code, version.data.name), 301);
    const unitNames = new Map<string, string>();
    for (const code of new Set(version.data.steps.flatMap((step) => (step.handlerUnitCode ? [step.handlerUnitCode] : [])))) {
      const unit = await findUnitByCode(db, code);
      if (unit) unitNames.set(code, unit.name);
    }
    return reply.type('text/html; charset=utf-8').send(page(version.data.name, procedureDetailPage(version, unitNames)));
  });

  app.get(
    '/thu-tuc/:code/mau/:number',
    { schema: { tags: portalTags, summary: 'Portal: a form template of a procedure (DOCX)' } },
    async (request, reply) => {
      const { code, number } = request.params as { code: string; number: string };
      const version = await inForceAndPublished(code);
      const document = version?.data.documents[Number(number) - 1];
      if (!version || !document?.templateName) return notFound(reply, 'Không có mẫu này.');
      const file = await renderDocumentTemplate(version.data, document);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${slugify(document.templateName)}.docx"`)
        .send(file);
    },
  );

  registerTrackingRoute(app, deps);
  registerOnlineSubmission(app, deps);
  registerPetitionSubmission(app, deps);
  registerOpen311(app, deps);
  registerReceptionCalendar(app, deps);
  registerReceptionBooking(app, deps);
  registerCommitmentBoard(app, deps);
  registerCommitmentConfirmation(app, deps);
  registerPublicData(app, deps);
  registerCommunityPortal(app, deps);
}
