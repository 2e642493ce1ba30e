import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BookingInput } from '../../contracts/reception.js';
import { DomainError, findErrorDefinition } from '../../platform/errors/errors.js';
import { formRefusal, sendPage, type Html } from '../../platform/html/index.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { isSafeText } from '../../platform/http/input-guard.js';
import { bookSession, findPublishedSession, type PublishedSession } from '../petitions/index.js';
import { unsafeTextMessage, unsafeTextPlace } from './form-problem.js';
import { bookedPage, bookingForm, bookingMessage, RECEPTION_PATH } from './pages/reception-pages.js';

const tags = ['portal'];
const path = `${RECEPTION_PATH}/dang-ky/:sessionId`;
const isUuid = (text: string | undefined): text is string => z.uuid().safeParse(text).success;
const formFieldNames = ['name', 'citizenId', 'phone', 'matter'] as const;
/** The form's names for the booking's fields. */
const fieldOf: Record<string, string> = { fullName: 'name', idNumber: 'citizenId', phone: 'phone', matter: 'matter' };

/** What a citizen reads for each field the booking refuses. */
function fieldMessage(field: string, code: string): string {
  if (field === 'name') return 'Ghi họ và tên, tối đa 200 ký tự.';
  if (field === 'citizenId')
    return code === 'custom'
      ? 'Số định danh chưa đúng: 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh. Kiểm tra lại số trên thẻ Căn cước.'
      : 'Số định danh cá nhân gồm đúng 12 chữ số, in trên thẻ Căn cước.';
  if (field === 'phone') return 'Số điện thoại Việt Nam, ví dụ 0912345678.';
  return 'Ghi nội dung cần trình bày, tối đa 2.000 ký tự.';
}

/** Booking a published reception session on the portal: the form, and the queue number once booked. */
export function registerReceptionBooking(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, body: Html) =>
    sendPage(reply, { status, title: 'Đăng ký tiếp công dân', deploymentName: config.deploymentName, body });
  const notFound = (reply: FastifyReply) =>
    page(
      reply,
      404,
      bookingMessage(
        'Không tìm thấy buổi tiếp',
        'Buổi tiếp công dân này không có trên lịch đã công bố, hoặc đã bị hủy. Vui lòng xem lại lịch.',
      ),
    );
  const badAddress = (reply: FastifyReply) =>
    page(reply, 400, bookingMessage('Đường dẫn đăng ký không đúng', 'Vui lòng mở lịch tiếp công dân và chọn lại buổi tiếp.'));
  /** The session as the form needs it, or the page saying why it cannot be booked. */
  const bookable = async (reply: FastifyReply, sessionId: string) => {
    const session = await findPublishedSession(db, sessionId);
    if (!session) return { refused: notFound(reply) };
    if (!session.bookable)
      return {
        refused: page(
          reply,
          409,
          bookingMessage(
            'Buổi tiếp không nhận đăng ký',
            'Buổi tiếp công dân này đã diễn ra. Vui lòng chọn buổi tiếp khác.',
            session.unitId,
          ),
        ),
      };
    return { session };
  };
  const showForm = (request: FastifyRequest, reply: FastifyReply, status: number, session: PublishedSession, extra = {}) =>
    page(reply, status, bookingForm({ session, formToken: issueFormToken(request, reply, { isSecure: config.isBehindTls }), ...extra }));
  /** A NUL or half a surrogate pair in the address or a field: the same page as any other mistake. */
  const unsafeText = async (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const place = unsafeTextPlace(error);
    if (!place) throw error;
    const sessionId = (request.params as { sessionId?: string }).sessionId;
    if (place.in === 'path' || !isUuid(sessionId)) return badAddress(reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const found = await bookable(reply, sessionId);
    if (!found.session) return found.refused;
    const values = Object.fromEntries(
      formFieldNames.map((name) => [name, typeof body[name] === 'string' && isSafeText(body[name]) ? body[name] : '']),
    );
    const field = formFieldNames.find((name) => name === place.field.split('.')[0]) ?? 'matter';
    return showForm(request, reply, 400, found.session, { values, errors: { [field]: unsafeTextMessage } });
  };

  app.get(path, {
    schema: {
      tags,
      summary: 'Portal: the booking form of a published reception session still ahead (HTML); `don-vi` names its unit',
      querystring: z.object({ 'don-vi': z.string().max(60).optional() }),
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    errorHandler: unsafeText,
    handler: async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      if (!isUuid(sessionId)) return badAddress(reply);
      const found = await bookable(reply, sessionId);
      return found.session ? showForm(request, reply, 200, found.session) : found.refused;
    },
  });

  app.post(path, {
    schema: {
      tags,
      summary: 'Portal: book a published reception session (form: name, ID number, phone, the matter); answers the queue number (HTML)',
      consumes: ['application/x-www-form-urlencoded'],
    },
    config: { isCitizenForm: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    errorHandler: unsafeText,
    handler: async (request, reply) => {
      const { sessionId } = request.params as { sessionId: string };
      const body = (request.body ?? {}) as Record<string, unknown>;
      const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
      if (!isUuid(sessionId)) return badAddress(reply);
      const check = checkCitizenForm(request, body._form, config.publicUrl);
      if (check !== 'ok') return page(reply, 403, formRefusal(check, `${RECEPTION_PATH}/dang-ky/${sessionId}`));
      const found = await bookable(reply, sessionId);
      if (!found.session) return found.refused;
      const values = Object.fromEntries(formFieldNames.map((name) => [name, text(name)]));
      const phone = values.phone!.replace(/[\s.-]/g, '');
      const input = BookingInput.safeParse({
        sessionId,
        fullName: values.name,
        idNumber: values.citizenId,
        ...(phone ? { phone } : {}),
        matter: values.matter,
      });
      if (!input.success) {
        const errors: Record<string, string> = {};
        for (const issue of input.error.issues) {
          const field = fieldOf[String(issue.path[0])] ?? 'matter';
          errors[field] ??= fieldMessage(field, issue.code);
        }
        return showForm(request, reply, 400, found.session, { values, errors });
      }
      try {
        const context = { actor: { id: null, name: 'citizen:portal' }, requestId: request.id, clientAddress: request.ip };
        const booked = await bookSession(db, context, input.data);
        return page(reply, 200, bookedPage({ session: found.session, queueNo: booked.queueNo }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const definition = findErrorDefinition(error.code);
        const why = (error.params.why as { vi?: string } | undefined)?.vi ?? 'Vui lòng chọn buổi tiếp khác.';
        return page(
          reply,
          definition?.status ?? 409,
          bookingMessage(definition?.title.vi ?? 'Chưa đăng ký được', why, found.session.unitId),
        );
      }
    },
  });
}
