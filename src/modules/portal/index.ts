/** The citizen portal: server-rendered pages usable without JavaScript. */
import type { App, AppDeps } from '../../platform/http/deps.js';
import { z } from 'zod';
import { findVersionInForce, renderDocumentTemplate, selectProcedures } from '../catalog/index.js';
import { Applicant, findTrackingView, submitOnline, type TrackingView } from '../dossiers/index.js';
import { submitForm, submittedPage, type UnitChoice } from './pages/submit.js';
import { and, asc, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { units } from '../org/org.tables.js';
import { DomainError } from '../../platform/http/errors.js';
import { isSameSecret } from '../../platform/auth/secrets.js';
import { trackingForm, trackingResult } from './pages/tracking.js';
import { findUnitByCode, todayInVietnam } from '../org/index.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { procedureDetailPage, procedurePath, procedureSearchPage } from './pages/procedures.js';
import { slugify } from './pages/procedure-labels.js';

export function registerPortalRoutes(app: App, deps: AppDeps): void {
  const { config, db } = deps;

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const unit = config.deploymentUnitCode ? await findUnitByCode(db, config.deploymentUnitCode) : undefined;
    const body = html`
<h1>Cổng dịch vụ công${unit ? html` — ${unit.name}` : ''}</h1>
<p>Nơi người dân, tổ chức tìm hiểu thủ tục hành chính, nộp hồ sơ, tra cứu tiến độ và đánh giá sự hài lòng.</p>
<div class="cards">
  <section class="card"><h2><a href="/thu-tuc">Thủ tục hành chính</a></h2><p class="muted">Danh mục thủ tục, thành phần hồ sơ, phí, lệ phí và thời hạn giải quyết.</p>
  <form method="get" action="/thu-tuc"><input name="q" type="search" aria-label="Tìm thủ tục" placeholder="ví dụ: khai sinh"> <button type="submit">Tìm</button></form></section>
  <section class="card"><h2><a href="/tra-cuu">Tra cứu hồ sơ</a></h2><p class="muted">Tra cứu tiến độ bằng mã hồ sơ trên giấy tiếp nhận.</p></section>
  <section class="card"><h2><a href="/cong-khai">Công khai kết quả</a></h2><p class="muted">Số hồ sơ tiếp nhận, giải quyết đúng hạn và mức độ hài lòng của đơn vị.</p></section>
</div>`;
    return reply
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: 'Trang chủ', deploymentName: config.deploymentName, unitName: unit?.name, body }));
  });

  const page = (title: string, body: ReturnType<typeof html>) => renderPage({ title, deploymentName: config.deploymentName, body });
  const notFound = (reply: import('fastify').FastifyReply, what: string) =>
    reply.status(404).type('text/html; charset=utf-8').send(page('Không tìm thấy', html`<h1>Không tìm thấy</h1><p>${what}</p><p><a href="/thu-tuc">Về danh mục thủ tục</a></p>`));

  app.get('/thu-tuc', {
    schema: { hide: true, querystring: z.object({ q: z.string().max(200).optional(), trang: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) }) },
    handler: async (request, reply) => {
      const q = request.query.q?.trim() ?? '';
      const pageSize = 20;
      const { items, total } = await selectProcedures(db, {
        mode: 'inForce',
        date: todayInVietnam(),
        filter: { q, isPublished: true },
        limit: pageSize,
        offset: (request.query.trang - 1) * pageSize,
      });
      return reply.type('text/html; charset=utf-8').send(page('Thủ tục hành chính', procedureSearchPage({ q, items, total, page: request.query.trang, pageSize })));
    },
  });

  const inForceAndPublished = async (code: string) => {
    if (!/^\d\.\d{6}$/.test(code)) return undefined;
    const version = await findVersionInForce(db, code, todayInVietnam()).catch(() => undefined);
    return version?.data.isPublished ? version : undefined;
  };

  app.get('/thu-tuc/:code', { schema: { hide: true } }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const version = await inForceAndPublished(code);
    if (!version) return notFound(reply, `Không có thủ tục mã ${code}.`);
    return reply.redirect(procedurePath(version.code, version.data.name), 301);
  });

  app.get('/thu-tuc/:code/:slug', { schema: { hide: true } }, async (request, reply) => {
    const { code, slug } = request.params as { code: string; slug: string };
    const version = await inForceAndPublished(code);
    if (!version) return notFound(reply, `Không có thủ tục mã ${code}.`);
    if (slug !== slugify(version.data.name)) return reply.redirect(procedurePath(version.code, version.data.name), 301);
    return reply.type('text/html; charset=utf-8').send(page(version.data.name, procedureDetailPage(version)));
  });

  app.get('/thu-tuc/:code/mau/:number', { schema: { hide: true } }, async (request, reply) => {
    const { code, number } = request.params as { code: string; number: string };
    const version = await inForceAndPublished(code);
    const document = version?.data.documents[Number(number) - 1];
    if (!version || !document?.templateName) return notFound(reply, 'Không có mẫu này.');
    const file = await renderDocumentTemplate(version.data, document);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${slugify(document.templateName)}.docx"`)
      .send(file);
  });

  app.get('/tra-cuu', {
    schema: { hide: true, querystring: z.object({ ma: z.string().max(60).optional(), sdt: z.string().max(10).optional(), k: z.string().max(60).optional() }) },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const { ma, sdt, k } = request.query;
      const send = (status: number, body: ReturnType<typeof html>) =>
        reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page('Tra cứu hồ sơ', body));
      const show = (dossier: TrackingView, ratePath: string) =>
        send(200, trackingResult({
          code: dossier.code ?? 'chưa cấp mã (chờ tiếp nhận)',
          procedureName: dossier.procedureName,
          status: dossier.status,
          nationalStatus: dossier.nationalStatus,
          receivedAt: dossier.receivedAt,
          dueAt: dossier.dueAt,
          events: dossier.events,
          ratePath,
        }));
      if (!ma && k) {
        const submitted = await findTrackingView(db, { secret: k });
        return submitted ? show(submitted, `/danh-gia?k=${encodeURIComponent(k)}`) : send(404, trackingForm({ message: 'Đường dẫn tra cứu không đúng.' }));
      }
      if (!ma) return send(200, trackingForm({}));
      const code = ma.trim();
      const dossier = await findTrackingView(db, { code });
      const matchesPhone = sdt !== undefined && /^\d{4}$/.test(sdt) && dossier?.applicantPhone.endsWith(sdt);
      const matchesSecret = dossier !== undefined && isSameSecret(k, dossier.trackingSecret);
      if (!dossier || !(matchesPhone || matchesSecret)) {
        return send(404, trackingForm({ code, message: 'Không tìm thấy hồ sơ với mã và số điện thoại này. Kiểm tra lại mã trên giấy tiếp nhận.' }));
      }
      return show(dossier, matchesSecret ? `/danh-gia?k=${encodeURIComponent(k!)}` : `/danh-gia?ma=${encodeURIComponent(code)}&sdt=${sdt}`);
    },
  });
  registerOnlineSubmission(app, deps);
}

/** Where a citizen may submit online: the current communes, wards and special zones of the deployment's unit. */
async function receivingUnits(db: AppDeps['db'], deploymentUnitCode: string | undefined): Promise<UnitChoice[]> {
  const root = deploymentUnitCode ? await findUnitByCode(db, deploymentUnitCode) : undefined;
  const today = todayInVietnam();
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        inArray(units.type, ['commune', 'ward', 'special_zone']),
        or(isNull(units.validTo), sql`${units.validTo} >= ${today}`),
        or(isNull(units.validFrom), sql`${units.validFrom} <= ${today}`),
        root ? like(units.path, `${root.path}%`) : undefined,
      ),
    )
    .orderBy(asc(units.name))
    .limit(500);
}

export function registerOnlineSubmission(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (title: string, body: ReturnType<typeof html>) => renderPage({ title, deploymentName: config.deploymentName, body });
  const onlineVersion = async (code: string) => {
    if (!/^\d\.\d{6}$/.test(code)) return undefined;
    const version = await findVersionInForce(db, code, todayInVietnam()).catch(() => undefined);
    return version?.data.isPublished && version.data.onlineLevel !== 'none' ? version : undefined;
  };

  app.get('/nop-ho-so/:code', { schema: { hide: true } }, async (request, reply) => {
    const version = await onlineVersion((request.params as { code: string }).code);
    if (!version) return reply.status(404).type('text/html; charset=utf-8').send(page('Không tìm thấy', html`<h1>Thủ tục này không nộp trực tuyến được</h1><p><a href="/thu-tuc">Về danh mục thủ tục</a></p>`));
    return reply.type('text/html; charset=utf-8').send(page(`Nộp hồ sơ: ${version.data.name}`, submitForm({ version, units: await receivingUnits(db, config.deploymentUnitCode) })));
  });

  app.post('/nop-ho-so/:code', { schema: { hide: true }, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const version = await onlineVersion((request.params as { code: string }).code);
    if (!version || !request.isMultipart()) return reply.status(404).type('text/html; charset=utf-8').send(page('Không tìm thấy', html`<h1>Không tìm thấy thủ tục</h1>`));
    const fields: Record<string, string> = {};
    const uploads: { index: number; name: string; content: Buffer }[] = [];
    for await (const part of request.parts({ limits: { files: 30, fileSize: 20 * 1024 * 1024 } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        const index = Number(part.fieldname.replace(/^doc/, ''));
        if (content.length > 0 && Number.isInteger(index)) uploads.push({ index, name: part.filename, content });
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value.slice(0, 500);
    }
    const unitChoices = await receivingUnits(db, config.deploymentUnitCode);
    const showErrors = (errors: Record<string, string>) =>
      reply.status(400).type('text/html; charset=utf-8').send(page(`Nộp hồ sơ: ${version.data.name}`, submitForm({ version, units: unitChoices, errors, values: fields })));
    const applicant = Applicant.safeParse({ kind: 'person', name: fields.name, citizenId: fields.citizenId, phone: fields.phone, email: fields.email || undefined, address: fields.address });
    if (!applicant.success) {
      return showErrors(Object.fromEntries(applicant.error.issues.map((issue) => [String(issue.path[0]), 'Thông tin chưa đúng: ' + (issue.path[0] === 'citizenId' ? 'số định danh gồm 12 chữ số.' : issue.path[0] === 'phone' ? 'số điện thoại Việt Nam, ví dụ 0912345678.' : 'vui lòng kiểm tra lại.')])));
    }
    if (!unitChoices.some((unit) => unit.id === fields.unit)) return showErrors({ receivingUnitId: 'Chọn nơi nộp hồ sơ.' });
    try {
      const result = await submitOnline(
        deps,
        { actor: { id: null, name: `citizen:${applicant.data.phone.slice(-4)}` }, requestId: request.id, clientAddress: request.ip },
        { receivingUnitId: fields.unit!, procedureCode: version.code, applicant: applicant.data, delivery: (version.data.deliveryOptions.includes(fields.delivery as never) ? fields.delivery : version.data.deliveryOptions[0]) as 'counter', uploads },
      );
      return reply.type('text/html; charset=utf-8').send(page('Đã gửi hồ sơ', submittedPage({ procedureName: version.data.name, trackingPath: `/tra-cuu?k=${result.trackingSecret}` })));
    } catch (error) {
      if (error instanceof DomainError) {
        const messages = Object.fromEntries(error.fields.map((field) => [field.field, field.message?.vi ?? 'Chưa đúng.']));
        return showErrors(Object.keys(messages).length > 0 ? messages : { receivingUnitId: error.code === 'FILE_TYPE_NOT_ALLOWED' ? 'Tệp phải là PDF, JPEG hoặc PNG.' : 'Không gửi được hồ sơ.' });
      }
      throw error;
    }
  });
}

export { html, escapeHtml, type Html } from './html.js';
export { renderPage } from './layout.js';
