import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, findErrorDefinition } from '../../platform/errors/errors.js';
import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { findStaffName, getUnitRow } from '../org/index.js';
import { renderPage, type Html } from '../../platform/html/index.js';
import { kioskChoices, kioskDocument, kioskDone, kioskThanks, kioskWaiting } from './pages/kiosk-page.js';
import { onlineRatingMessage, transactionLabels } from './pages/online-page.js';
import { levelLabels, RatingAnswers, RatingDetails } from '../../contracts/ratings.js';
import { findPendingKioskTransaction } from './ratings.repository.js';
import { addRatingDetails } from './use-cases/add-rating-details.js';
import { findKioskByToken, type Kiosk } from './use-cases/pair-kiosk.js';
import { KIOSK_WINDOW_MS, rateTransaction } from './use-cases/rate-transaction.js';

const tags = ['portal'];
/** The kiosk's posts are citizen forms (form token and origin, refusals in HTML). */
const kioskConfig = { isCitizenForm: true } as const;
const kioskRateLimit = { max: 30, timeWindow: '1 minute' };
const KioskRating = z.object({ dossierId: z.uuid(), transaction: z.enum(['intake', 'return']), level: RatingAnswers.shape.level });
const sendHtml = (reply: FastifyReply, status: number, body: string) =>
  reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
const problemText = (error: DomainError) => findErrorDefinition(error.code)?.title.vi ?? 'Không ghi nhận được đánh giá.';
const kioskContext = (request: FastifyRequest) => ({
  actor: { id: null, name: 'citizen:kiosk' },
  requestId: request.id,
  clientAddress: request.ip,
});

/**
 * The counter kiosk: a tablet facing the citizen, paired with one officer, with no sign-in. It
 * offers only the transaction that officer has just finished at the kiosk's unit.
 */
export function registerKioskPages(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const kioskPath = (request: FastifyRequest) => `/danh-gia/quay/${(request.params as { token: string }).token}`;
  const formToken = (request: FastifyRequest, reply: FastifyReply) => issueFormToken(request, reply, { isSecure: config.isBehindTls });

  const page = async (reply: FastifyReply, kiosk: Kiosk, status: number, body: Html, refreshSeconds: number) => {
    const unit = await getUnitRow(db, kiosk.unitId);
    return sendHtml(
      reply,
      status,
      kioskDocument({ title: `Đánh giá — ${unit.name}`, unitName: unit.name, refreshSeconds, refreshTo: kioskPath(reply.request), body }),
    );
  };
  const findKiosk = (request: FastifyRequest) => findKioskByToken(db, (request.params as { token: string }).token);
  const kioskNotFound = (reply: FastifyReply) => {
    const body = onlineRatingMessage(
      'Không tìm thấy quầy đánh giá',
      'Đường dẫn không đúng hoặc đã bị thu hồi. Cán bộ một cửa ghép lại máy tính bảng trong phần mềm.',
    );
    return sendHtml(reply, 404, renderPage({ title: 'Không tìm thấy', deploymentName: config.deploymentName, body }));
  };

  const showKiosk = async (request: FastifyRequest, reply: FastifyReply, kiosk: Kiosk, message?: string, status = 200) => {
    const pending = message ? undefined : await findPendingKioskTransaction(db, kiosk, new Date(Date.now() - KIOSK_WINDOW_MS));
    if (!pending) return page(reply, kiosk, status, kioskWaiting(kiosk.officerName, message), 3);
    const choices = kioskChoices({
      action: kioskPath(request),
      formToken: formToken(request, reply),
      dossierId: pending.dossierId,
      transaction: pending.kind,
      transactionLabel: transactionLabels[pending.kind],
      procedureName: pending.procedureName,
      dossierCode: pending.dossierCode,
      officerName: (await findStaffName(db, pending.officerId)) ?? pending.officerName,
    });
    return page(reply, kiosk, status, choices, 90);
  };
  /** A post that is not from the kiosk's own page (another site, or an expired form): back to the kiosk screen. */
  const refusesForm = async (request: FastifyRequest, reply: FastifyReply, kiosk: Kiosk) => {
    if (checkCitizenForm(request, (request.body as { _form?: unknown } | undefined)?._form, config.publicUrl) === 'ok') return false;
    await showKiosk(request, reply, kiosk, 'Màn hình đánh giá đã hết hạn. Vui lòng chọn lại.', 403);
    return true;
  };

  app.get(
    '/danh-gia/quay/:token',
    { schema: { tags, summary: 'Counter kiosk: the rating screen of a paired tablet (HTML)' } },
    async (request, reply) => {
      const kiosk = await findKiosk(request);
      if (!kiosk) return kioskNotFound(reply);
      // The tablet gets its form-token cookie on the waiting screen already.
      formToken(request, reply);
      return showKiosk(request, reply, kiosk);
    },
  );

  app.post('/danh-gia/quay/:token', {
    schema: {
      tags,
      summary: 'Counter kiosk: rate the transaction just finished (form; answers HTML)',
      consumes: ['application/x-www-form-urlencoded'],
    },
    config: { ...kioskConfig, rateLimit: kioskRateLimit },
    handler: async (request, reply) => {
      const kiosk = await findKiosk(request);
      if (!kiosk) return kioskNotFound(reply);
      if (await refusesForm(request, reply, kiosk)) return reply;
      const parsed = KioskRating.safeParse(request.body);
      if (!parsed.success) return showKiosk(request, reply, kiosk, 'Vui lòng chọn một trong bốn mức đánh giá.', 400);
      try {
        const rating = await rateTransaction(deps, kioskContext(request), {
          dossierId: parsed.data.dossierId,
          transaction: parsed.data.transaction,
          channel: 'kiosk',
          answers: { level: parsed.data.level },
          kiosk: { id: kiosk.id, unitId: kiosk.unitId, officerId: kiosk.officerId },
        });
        const thanks = kioskThanks({
          action: `${kioskPath(request)}/chi-tiet`,
          formToken: formToken(request, reply),
          ratingId: rating.id,
          levelLabel: levelLabels[parsed.data.level].vi,
          waitingPath: kioskPath(request),
        });
        return page(reply, kiosk, 201, thanks, 60);
      } catch (error) {
        if (error instanceof DomainError)
          return showKiosk(request, reply, kiosk, problemText(error), findErrorDefinition(error.code)?.status ?? 400);
        throw error;
      }
    },
  });

  app.post('/danh-gia/quay/:token/chi-tiet', {
    schema: {
      tags,
      summary: 'Counter kiosk: details of a rating just given (form; answers HTML)',
      consumes: ['application/x-www-form-urlencoded'],
    },
    config: { ...kioskConfig, rateLimit: kioskRateLimit },
    handler: async (request, reply) => {
      const kiosk = await findKiosk(request);
      if (!kiosk) return kioskNotFound(reply);
      if (await refusesForm(request, reply, kiosk)) return reply;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const details = RatingDetails.safeParse({
        attitude: body.attitude || undefined,
        timeliness: body.timeliness || undefined,
        comment: body.comment || undefined,
      });
      const ratingId = z.uuid().safeParse(body.ratingId);
      if (!details.success || !ratingId.success) return showKiosk(request, reply, kiosk, 'Góp ý chưa hợp lệ (tối đa 1000 ký tự).', 400);
      try {
        await addRatingDetails(deps, kioskContext(request), { ratingId: ratingId.data, kioskId: kiosk.id, details: details.data });
        return page(reply, kiosk, 200, kioskDone(), 5);
      } catch (error) {
        if (error instanceof DomainError)
          return showKiosk(request, reply, kiosk, problemText(error), findErrorDefinition(error.code)?.status ?? 400);
        throw error;
      }
    },
  });
}
