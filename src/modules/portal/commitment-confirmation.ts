import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfirmationAnswer } from '../../contracts/dialogues.js';
import { DomainError, findErrorDefinition } from '../../platform/errors/errors.js';
import { formRefusal, html, sendPage, type Html } from '../../platform/html/index.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { isSafeText } from '../../platform/http/input-guard.js';
import { confirmCommitment, findConfirmationQuestion } from '../petitions/index.js';
import { unsafeTextMessage, unsafeTextPlace } from './form-problem.js';
import { COMMITMENT_PATH, confirmationForm, confirmationGone, confirmationPath, confirmationThanks } from './pages/commitment-pages.js';

const tags = ['portal'];
const path = `${COMMITMENT_PATH}/xac-nhan/:token`;

/**
 * A citizen concerned answers "has it been done?" by the link sent when the owner reported a
 * commitment done: once per link, no account; "no" reopens the commitment.
 */
export function registerCommitmentConfirmation(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, body: Html) =>
    sendPage(reply, { status, title: 'Xác nhận thực hiện cam kết', deploymentName: config.deploymentName, body });
  const tokenOf = (request: FastifyRequest) => (request.params as { token?: string }).token ?? '';
  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    extra: { errors?: Record<string, string>; values?: Record<string, string> } = {},
  ) => {
    const token = tokenOf(request);
    const question = await findConfirmationQuestion(db, token);
    if (!question) return page(reply, 404, confirmationGone());
    return page(
      reply,
      status,
      confirmationForm({ token, question, formToken: issueFormToken(request, reply, { isSecure: config.isBehindTls }), ...extra }),
    );
  };
  /** A NUL or half a surrogate pair in the link or the comment: answered on the page. */
  const unsafeText = async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const place = unsafeTextPlace(error);
    if (!place) throw error;
    if (place.in === 'path') return page(reply, 400, confirmationGone());
    const body = (request.body ?? {}) as Record<string, unknown>;
    const answer = typeof body.answer === 'string' && isSafeText(body.answer) ? body.answer : '';
    const field = place.field === 'answer' ? 'answer' : 'comment';
    return showForm(request, reply, 400, { values: { answer }, errors: { [field]: unsafeTextMessage } });
  };

  app.get(path, {
    schema: { tags, summary: 'Portal: the question “has it been done?” on a commitment, by the link sent to a citizen concerned (HTML)' },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    errorHandler: unsafeText,
    handler: async (request, reply) => showForm(request, reply, 200),
  });

  app.post(path, {
    schema: {
      tags,
      summary: 'Portal: answer whether a commitment was done (form: yes or no, a comment); “no” reopens it; once per link (HTML)',
      consumes: ['application/x-www-form-urlencoded'],
    },
    config: { isCitizenForm: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    errorHandler: unsafeText,
    handler: async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
      const check = checkCitizenForm(request, body._form, config.publicUrl);
      if (check !== 'ok') return page(reply, 403, formRefusal(check, confirmationPath(tokenOf(request))));
      const values = { answer: text('answer'), comment: text('comment') };
      const answer = ConfirmationAnswer.safeParse({ answer: values.answer, ...(values.comment.trim() ? { comment: values.comment } : {}) });
      if (!answer.success) {
        const errors: Record<string, string> = {};
        for (const issue of answer.error.issues)
          errors[String(issue.path[0])] = issue.path[0] === 'comment' ? 'Ý kiến tối đa 1.000 ký tự.' : 'Vui lòng chọn Có hoặc Chưa.';
        return showForm(request, reply, 400, { values, errors });
      }
      try {
        const context = { actor: { id: null, name: 'citizen:portal' }, requestId: request.id, clientAddress: request.ip };
        const answered = await confirmCommitment(db, context, { token: tokenOf(request), answer: answer.data });
        return page(reply, 200, confirmationThanks({ reopened: answered.reopened }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const status = findErrorDefinition(error.code)?.status ?? 409;
        if (status === 404) return page(reply, 404, confirmationGone());
        const title = findErrorDefinition(error.code)?.title.vi ?? 'Chưa ghi nhận được ý kiến';
        return page(
          reply,
          status,
          html`<h1>${title}</h1><p>Vui lòng mở lại đường dẫn và gửi lại.</p><p><a href="${COMMITMENT_PATH}">Xem các cam kết với người dân</a></p>`,
        );
      }
    },
  });
}
