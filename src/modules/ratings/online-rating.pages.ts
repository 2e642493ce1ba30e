import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isSameSecret } from '../../platform/auth/secrets.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { DomainError, findErrorDefinition } from '../../platform/errors/errors.js';
import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { findDossierByCode, findDossierBySecret } from '../dossiers/index.js';
import { findStaffName } from '../org/index.js';
import { formRefusal, sendPage, type Html } from '../../platform/html/index.js';
import { onlineRatingForm, onlineRatingMessage } from './pages/online-page.js';
import { RatingAnswers } from '../../contracts/ratings.js';
import { findRateableTransaction } from './ratings.repository.js';
import { rateTransaction } from './use-cases/rate-transaction.js';

const tags = ['portal'];
const Lookup = z.object({ k: z.string().max(60).optional(), ma: z.string().max(60).optional(), sdt: z.string().max(10).optional() });
type Lookup = z.infer<typeof Lookup>;
const problemText = (error: DomainError) => findErrorDefinition(error.code)?.title.vi ?? 'Không ghi nhận được đánh giá.';

/** Online rating: from the receipt's QR code (k = tracking secret) or with the code and the phone's last four digits. */
export function registerOnlineRatingPages(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, title: string, body: Html) =>
    sendPage(reply, { status, title, deploymentName: config.deploymentName, body });

  const findDossier = async (lookup: Lookup) => {
    if (lookup.k && !lookup.ma) return { dossier: await findDossierBySecret(db, lookup.k), channel: 'qr' as const };
    if (!lookup.ma) return { dossier: undefined, channel: 'online' as const };
    const dossier = await findDossierByCode(db, lookup.ma.trim());
    const matches =
      dossier &&
      ((lookup.sdt && /^\d{4}$/.test(lookup.sdt) && dossier.applicantPhone.endsWith(lookup.sdt)) ||
        isSameSecret(lookup.k, dossier.trackingSecret));
    return { dossier: matches ? dossier : undefined, channel: 'online' as const };
  };
  const showForm = async (request: FastifyRequest, reply: FastifyReply, lookup: Lookup, status = 200, errors?: Record<string, string>) => {
    const { dossier } = await findDossier(lookup);
    if (!dossier)
      return page(
        reply,
        404,
        'Đánh giá',
        onlineRatingMessage(
          'Không tìm thấy hồ sơ',
          'Kiểm tra lại mã hồ sơ và 4 số cuối điện thoại, hoặc quét lại mã QR trên giấy tiếp nhận.',
        ),
      );
    const transaction = await findRateableTransaction(db, dossier);
    if (!transaction)
      return page(
        reply,
        200,
        'Đánh giá',
        onlineRatingMessage(
          'Chưa có giao dịch cần đánh giá',
          'Giao dịch gần nhất của hồ sơ này đã được đánh giá, hoặc hồ sơ chưa được tiếp nhận. Cảm ơn quý khách.',
        ),
      );
    const hidden = Object.fromEntries(Object.entries(lookup).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const form = onlineRatingForm({
      formToken: issueFormToken(request, reply, { isSecure: config.isBehindTls }),
      hidden: { ...hidden, transaction: transaction.kind },
      dossierCode: transaction.dossierCode,
      procedureName: transaction.procedureName,
      transaction: transaction.kind,
      officerName: (await findStaffName(db, transaction.officerId)) ?? transaction.officerName,
      ...(errors ? { errors } : {}),
    });
    return page(reply, status, 'Đánh giá', form);
  };

  app.get('/danh-gia', {
    schema: { tags, summary: 'Portal: the rating form of a dossier (HTML)', querystring: Lookup },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      issueFormToken(request, reply, { isSecure: config.isBehindTls });
      return showForm(request, reply, request.query);
    },
  });

  app.post('/danh-gia', {
    schema: { tags, summary: 'Portal: rate a transaction (form; answers HTML)', consumes: ['application/x-www-form-urlencoded'] },
    config: { isCitizenForm: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const lookup = Lookup.safeParse({ k: body.k || undefined, ma: body.ma || undefined, sdt: body.sdt || undefined });
      if (!lookup.success)
        return page(reply, 400, 'Đánh giá', onlineRatingMessage('Không tìm thấy hồ sơ', 'Đường dẫn đánh giá không đúng.'));
      const check = checkCitizenForm(request, body._form, config.publicUrl);
      if (check !== 'ok')
        return page(
          reply,
          403,
          'Đánh giá',
          formRefusal(check, `/danh-gia?${new URLSearchParams(lookup.data as Record<string, string>).toString()}`),
        );
      const answers = RatingAnswers.safeParse({
        level: body.level,
        attitude: body.attitude || undefined,
        timeliness: body.timeliness || undefined,
        comment: body.comment || undefined,
      });
      if (!answers.success) {
        const fields = Object.fromEntries(
          answers.error.issues.map((issue) => [
            String(issue.path[0]),
            issue.path[0] === 'comment' ? 'Góp ý tối đa 1000 ký tự.' : 'Vui lòng chọn mức độ hài lòng.',
          ]),
        );
        return showForm(request, reply, lookup.data, 400, fields);
      }
      const { dossier, channel } = await findDossier(lookup.data);
      const transaction = z.enum(['intake', 'return']).safeParse(body.transaction);
      if (!dossier || !transaction.success) return showForm(request, reply, lookup.data, 404);
      try {
        const context = { actor: { id: null, name: `citizen:${channel}` }, requestId: request.id, clientAddress: request.ip };
        await rateTransaction(deps, context, { dossierId: dossier.id, transaction: transaction.data, channel, answers: answers.data });
        return page(reply, 201, 'Cảm ơn', onlineRatingMessage('Xin cảm ơn quý khách!', 'Đánh giá của quý khách đã được ghi nhận.'));
      } catch (error) {
        if (error instanceof DomainError)
          return page(
            reply,
            findErrorDefinition(error.code)?.status ?? 400,
            'Đánh giá',
            onlineRatingMessage(problemText(error), 'Mỗi lần giao dịch chỉ được đánh giá một lần.'),
          );
        throw error;
      }
    },
  });
}
