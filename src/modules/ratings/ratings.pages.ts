import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, findErrorDefinition } from '../../platform/http/errors.js';
import { isSameSecret } from '../../platform/auth/secrets.js';
import { findCounterTransaction, findDossierByCode, findDossierBySecret, selectRecentCounterTransactions, type CounterTransaction } from '../dossiers/index.js';
import { findStaffName, getUnitRow } from '../org/index.js';
import { renderPage, type Html } from '../portal/index.js';
import { kioskChoices, kioskDocument, kioskDone, kioskThanks, kioskWaiting } from './pages/kiosk-page.js';
import { onlineRatingForm, onlineRatingMessage, transactionLabels } from './pages/online-page.js';
import { levelLabels, RatingAnswers, RatingDetails } from './ratings.schemas.js';
import { ratings } from './ratings.tables.js';
import { addRatingDetails } from './use-cases/add-rating-details.js';
import { findKioskByToken, type Kiosk } from './use-cases/pair-kiosk.js';
import { rateTransaction } from './use-cases/rate-transaction.js';

/** How long after a transaction the kiosk still offers it for rating. */
const KIOSK_WINDOW_MS = 10 * 60_000;
const html = (reply: FastifyReply, status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
const citizenContext = (request: FastifyRequest, who: string) => ({ actor: { id: null, name: who }, requestId: request.id, clientAddress: request.ip });
const problemText = (error: DomainError) => findErrorDefinition(error.code)?.title.vi ?? 'Không ghi nhận được đánh giá.';

export function registerRatingPages(app: App, deps: AppDeps): void {
  const { db, config } = deps;

  const kioskPage = async (reply: FastifyReply, kiosk: Kiosk, status: number, body: Html, refreshSeconds: number) => {
    const unit = await getUnitRow(db, kiosk.unitId);
    return html(reply, status, kioskDocument({ title: `Đánh giá — ${unit.name}`, unitName: unit.name, refreshSeconds, refreshTo: kioskPath(reply), body }));
  };
  const kioskPath = (reply: FastifyReply) => `/danh-gia/quay/${(reply.request.params as { token: string }).token}`;
  const withKiosk = async (request: FastifyRequest, reply: FastifyReply) => {
    const kiosk = await findKioskByToken(db, (request.params as { token: string }).token);
    if (!kiosk) html(reply, 404, renderPage({ title: 'Không tìm thấy', deploymentName: config.deploymentName, body: onlineRatingMessage('Không tìm thấy quầy đánh giá', 'Đường dẫn không đúng hoặc đã bị thu hồi. Cán bộ một cửa ghép lại máy tính bảng trong phần mềm.') }));
    return kiosk;
  };

  /** The officer's latest transaction at the kiosk's unit, in the last minutes, not rated yet. */
  const pendingTransaction = async (kiosk: Kiosk): Promise<CounterTransaction | undefined> => {
    const recent = (await selectRecentCounterTransactions(db, kiosk.officerId, new Date(Date.now() - KIOSK_WINDOW_MS).toISOString())).filter((t) => t.receivingUnitId === kiosk.unitId);
    if (recent.length === 0) return undefined;
    const rated = await db
      .select({ dossierId: ratings.dossierId, transaction: ratings.transaction })
      .from(ratings)
      .where(inArray(ratings.dossierId, recent.map((t) => t.dossierId)));
    return recent.find((t) => !rated.some((r) => r.dossierId === t.dossierId && r.transaction === t.kind));
  };

  const showKiosk = async (reply: FastifyReply, kiosk: Kiosk, message?: string, status = 200) => {
    const pending = message ? undefined : await pendingTransaction(kiosk);
    if (!pending) return kioskPage(reply, kiosk, status, kioskWaiting(kiosk.officerName, message), 3);
    return kioskPage(
      reply,
      kiosk,
      status,
      kioskChoices({
        action: kioskPath(reply),
        dossierId: pending.dossierId,
        transaction: pending.kind,
        transactionLabel: transactionLabels[pending.kind],
        procedureName: pending.procedureName,
        dossierCode: pending.dossierCode,
        officerName: (await findStaffName(db, pending.officerId)) ?? pending.officerName,
      }),
      90,
    );
  };

  app.get('/danh-gia/quay/:token', { schema: { hide: true } }, async (request, reply) => {
    const kiosk = await withKiosk(request, reply);
    if (kiosk) return showKiosk(reply, kiosk);
  });

  const KioskRating = z.object({ dossierId: z.uuid(), transaction: z.enum(['intake', 'return']), level: RatingAnswers.shape.level });
  app.post('/danh-gia/quay/:token', { schema: { hide: true }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const kiosk = await withKiosk(request, reply);
    if (!kiosk) return;
    const parsed = KioskRating.safeParse(request.body);
    if (!parsed.success) return showKiosk(reply, kiosk, 'Vui lòng chọn một trong bốn mức đánh giá.', 400);
    try {
      const rating = await rateTransaction(deps, citizenContext(request, 'citizen:kiosk'), {
        dossierId: parsed.data.dossierId,
        transaction: parsed.data.transaction,
        channel: 'kiosk',
        answers: { level: parsed.data.level },
        kiosk: { id: kiosk.id, unitId: kiosk.unitId },
      });
      return kioskPage(reply, kiosk, 201, kioskThanks({ action: `${kioskPath(reply)}/chi-tiet`, ratingId: rating.id, levelLabel: levelLabels[parsed.data.level].vi, waitingPath: kioskPath(reply) }), 60);
    } catch (error) {
      if (error instanceof DomainError) return showKiosk(reply, kiosk, problemText(error), findErrorDefinition(error.code)?.status ?? 400);
      throw error;
    }
  });

  app.post('/danh-gia/quay/:token/chi-tiet', { schema: { hide: true }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const kiosk = await withKiosk(request, reply);
    if (!kiosk) return;
    const body = (request.body ?? {}) as Record<string, string>;
    const details = RatingDetails.safeParse({ attitude: body.attitude || undefined, timeliness: body.timeliness || undefined, comment: body.comment || undefined });
    const ratingId = z.uuid().safeParse(body.ratingId);
    if (!details.success || !ratingId.success) return showKiosk(reply, kiosk, 'Góp ý chưa hợp lệ (tối đa 1000 ký tự).', 400);
    try {
      await addRatingDetails(deps, citizenContext(request, 'citizen:kiosk'), { ratingId: ratingId.data, kioskId: kiosk.id, details: details.data });
      return kioskPage(reply, kiosk, 200, kioskDone(), 5);
    } catch (error) {
      if (error instanceof DomainError) return showKiosk(reply, kiosk, problemText(error), findErrorDefinition(error.code)?.status ?? 400);
      throw error;
    }
  });

  // Online: from the receipt's QR code (k = tracking secret) or with the code and the phone's last four digits.
  const page = (reply: FastifyReply, status: number, title: string, body: Html) => html(reply, status, renderPage({ title, deploymentName: config.deploymentName, body }));
  const Lookup = z.object({ k: z.string().max(60).optional(), ma: z.string().max(60).optional(), sdt: z.string().max(10).optional() });
  const findDossier = async (lookup: z.infer<typeof Lookup>) => {
    if (lookup.k && !lookup.ma) return { dossier: await findDossierBySecret(db, lookup.k), channel: 'qr' as const };
    if (!lookup.ma) return { dossier: undefined, channel: 'online' as const };
    const dossier = await findDossierByCode(db, lookup.ma.trim());
    const matches = dossier && ((lookup.sdt && /^\d{4}$/.test(lookup.sdt) && dossier.applicantPhone.endsWith(lookup.sdt)) || isSameSecret(lookup.k, dossier.trackingSecret));
    return { dossier: matches ? dossier : undefined, channel: 'online' as const };
  };
  /** The latest transaction of the dossier that has not been rated: the return once returned, else the intake. */
  const rateable = async (dossierId: string) => {
    const done = await db.select({ transaction: ratings.transaction }).from(ratings).where(and(eq(ratings.dossierId, dossierId)));
    for (const kind of ['return', 'intake'] as const) {
      const transaction = await findCounterTransaction(db, dossierId, kind);
      if (transaction) return done.some((row) => row.transaction === kind) ? undefined : transaction;
    }
    return undefined;
  };
  const showForm = async (reply: FastifyReply, lookup: z.infer<typeof Lookup>, status = 200, errors?: Record<string, string>) => {
    const { dossier } = await findDossier(lookup);
    if (!dossier) return page(reply, 404, 'Đánh giá', onlineRatingMessage('Không tìm thấy hồ sơ', 'Kiểm tra lại mã hồ sơ và 4 số cuối điện thoại, hoặc quét lại mã QR trên giấy tiếp nhận.'));
    const transaction = await rateable(dossier.id);
    if (!transaction) return page(reply, 200, 'Đánh giá', onlineRatingMessage('Chưa có giao dịch cần đánh giá', 'Giao dịch gần nhất của hồ sơ này đã được đánh giá, hoặc hồ sơ chưa được tiếp nhận. Cảm ơn quý khách.'));
    const hidden = Object.fromEntries(Object.entries(lookup).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    return page(reply, status, 'Đánh giá', onlineRatingForm({ hidden: { ...hidden, transaction: transaction.kind }, dossierCode: transaction.dossierCode, procedureName: transaction.procedureName, transaction: transaction.kind, officerName: (await findStaffName(db, transaction.officerId)) ?? transaction.officerName, ...(errors ? { errors } : {}) }));
  };

  app.get('/danh-gia', { schema: { hide: true, querystring: Lookup }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async (request, reply) => showForm(reply, request.query));

  app.post('/danh-gia', { schema: { hide: true }, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string>;
    const lookup = Lookup.safeParse({ k: body.k || undefined, ma: body.ma || undefined, sdt: body.sdt || undefined });
    if (!lookup.success) return page(reply, 400, 'Đánh giá', onlineRatingMessage('Không tìm thấy hồ sơ', 'Đường dẫn đánh giá không đúng.'));
    const answers = RatingAnswers.safeParse({ level: body.level, attitude: body.attitude || undefined, timeliness: body.timeliness || undefined, comment: body.comment || undefined });
    if (!answers.success) {
      const fields = Object.fromEntries(answers.error.issues.map((issue) => [String(issue.path[0]), issue.path[0] === 'comment' ? 'Góp ý tối đa 1000 ký tự.' : 'Vui lòng chọn mức độ hài lòng.']));
      return showForm(reply, lookup.data, 400, fields);
    }
    const { dossier, channel } = await findDossier(lookup.data);
    const transaction = z.enum(['intake', 'return']).safeParse(body.transaction);
    if (!dossier || !transaction.success) return showForm(reply, lookup.data, 404);
    try {
      await rateTransaction(deps, citizenContext(request, `citizen:${channel}`), { dossierId: dossier.id, transaction: transaction.data, channel, answers: answers.data });
      return page(reply, 201, 'Cảm ơn', onlineRatingMessage('Xin cảm ơn quý khách!', 'Đánh giá của quý khách đã được ghi nhận.'));
    } catch (error) {
      if (error instanceof DomainError) return page(reply, findErrorDefinition(error.code)?.status ?? 400, 'Đánh giá', onlineRatingMessage(problemText(error), 'Mỗi lần giao dịch chỉ được đánh giá một lần.'));
      throw error;
    }
  });
}
