import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { PetitionerIdentity } from '../../contracts/petitions.js';
import { readMultipartForm, type MultipartForm } from '../../platform/files/upload.js';
import { html, type Html } from '../../platform/html/html.js';
import { formRefusal } from '../../platform/html/form-refusal.js';
import { sendPage } from '../../platform/html/layout.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { findCitizenTracking, submitCitizenPetition } from '../petitions/index.js';
import { asFormProblem, FormProblem } from './form-problem.js';
import { PETITION_PATH, petitionForm, petitionSentPage, petitionTrackingForm, petitionTrackingResult } from './pages/petition-pages.js';
import { choosePlaces, type UnitChoice } from './pages/place-choice.js';
import { receivingUnits } from './receiving-units.js';

const tags = ['portal'];
const trackingPath = (code: string) => `${PETITION_PATH}/tra-cuu?ma=${encodeURIComponent(code)}`;

/** The petitioner as the form gives it (empty fields left out), for the protected store. */
const petitionerOf = (fields: Record<string, string>) => ({
  fullName: fields.name,
  ...(fields.phone ? { phone: fields.phone.replace(/[\s.-]/g, '') } : {}),
  ...(fields.email ? { email: fields.email } : {}),
  ...(fields.address ? { address: fields.address } : {}),
});

/** The text fields, checked before any file is accepted; messages for the citizen by field. */
function checkFields(fields: Record<string, string>, units: UnitChoice[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!units.some((unit) => unit.id === fields.unit)) errors.unit = 'Chọn xã, phường nhận phản ánh, kiến nghị.';
  if (fields.kind !== 'reflection' && fields.kind !== 'recommendation') errors.kind = 'Chọn phản ánh hoặc kiến nghị.';
  const content = (fields.content ?? '').trim();
  if (content.length < 10) errors.content = 'Ghi rõ nội dung, ít nhất 10 ký tự.';
  else if (content.length > 4000) errors.content = 'Nội dung tối đa 4.000 ký tự.';
  if ((fields.place ?? '').length > 300) errors.place = 'Địa điểm tối đa 300 ký tự.';
  const petitioner = PetitionerIdentity.safeParse(petitionerOf(fields));
  if (!petitioner.success) {
    for (const issue of petitioner.error.issues) {
      const field = String(issue.path[0]);
      const name = field === 'fullName' ? 'name' : field;
      errors[name] =
        name === 'name'
          ? 'Ghi họ và tên.'
          : name === 'phone'
            ? 'Số điện thoại Việt Nam, ví dụ 0912345678.'
            : name === 'email'
              ? 'Thư điện tử chưa đúng.'
              : 'Vui lòng kiểm tra lại.';
    }
  }
  if (!fields.phone && !fields.email) errors.phone = 'Ghi số điện thoại hoặc thư điện tử để cơ quan liên hệ.';
  return errors;
}

/** Recommendations and reflections on the portal: the form, the sending (multipart, no JavaScript) and the tracking by code. */
export function registerPetitionSubmission(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, title: string, body: Html) =>
    sendPage(reply, { status, title, deploymentName: config.deploymentName, body });

  app.get(PETITION_PATH, {
    schema: {
      tags,
      summary: 'Portal: the form to send a recommendation or reflection (HTML); `tinh` chooses the province first when the places are many',
      querystring: z.object({ tinh: z.string().max(60).optional() }),
    },
    handler: async (request, reply) => {
      const formToken = issueFormToken(request, reply, { isSecure: config.isBehindTls });
      const places = choosePlaces(await receivingUnits(db, config.deploymentUnitCode), request.query.tinh);
      return page(reply, 200, 'Gửi phản ánh, kiến nghị', petitionForm({ places, formToken }));
    },
  });

  app.post(PETITION_PATH, {
    schema: {
      tags,
      summary: 'Portal: send a recommendation or reflection (multipart form; answers HTML)',
      consumes: ['multipart/form-data'],
    },
    config: { isCitizenForm: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const units = await receivingUnits(db, config.deploymentUnitCode);
      let form: MultipartForm | undefined;
      let values: Record<string, string> = {};
      try {
        form = await readMultipartForm(request, { maxFiles: 3, maxTotalBytes: config.uploadTotalBytes }, (fields) => {
          values = fields;
          const check = checkCitizenForm(request, fields._form, config.publicUrl);
          if (check !== 'ok') throw new FormProblem(403, {}, check);
          const errors = checkFields(fields, units);
          if (Object.keys(errors).length > 0) throw new FormProblem(400, errors);
        });
        const { fields } = form;
        const place = fields.place?.trim();
        const context = { actor: { id: null, name: 'citizen:portal' }, requestId: request.id, clientAddress: request.ip };
        const sent = await submitCitizenPetition(deps, context, {
          unitId: fields.unit!,
          kind: fields.kind as 'recommendation' | 'reflection',
          contentSummary: fields.content!.trim(),
          petitioner: PetitionerIdentity.parse(petitionerOf(fields)),
          ...(place ? { location: { address: place } } : {}),
          uploads: form.files.filter((file) => /^tep[1-3]$/.test(file.fieldName)),
        });
        // Post/redirect/get: reloading the answer sends nothing again.
        return reply.header('cache-control', 'no-store').redirect(`${PETITION_PATH}/da-gui?ma=${sent.trackingCode}`, 303);
      } catch (error) {
        const problem = asFormProblem(error, 'unit');
        if (!problem) throw error;
        if (problem.check) return page(reply, 403, 'Chưa gửi được biểu mẫu', formRefusal(problem.check, PETITION_PATH));
        const formToken = issueFormToken(request, reply, { isSecure: config.isBehindTls });
        const { _form: _ignored, ...shown } = values;
        const province = units.find((unit) => unit.id === shown.unit)?.provinceId ?? shown.tinh;
        const places = choosePlaces(units, province ?? undefined);
        return page(
          reply,
          problem.status,
          'Gửi phản ánh, kiến nghị',
          petitionForm({ places, formToken, errors: problem.errors, values: shown }),
        );
      } finally {
        await form?.dispose();
      }
    },
  });

  app.get(`${PETITION_PATH}/da-gui`, {
    schema: {
      tags,
      summary: 'Portal: the answer after sending a recommendation or reflection — its tracking code (HTML)',
      querystring: z.object({ ma: z.string().max(20).optional() }),
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const found = request.query.ma ? await findCitizenTracking(db, request.query.ma) : undefined;
      if (!found)
        return page(reply, 404, 'Không tìm thấy', html`<h1>Không tìm thấy</h1><p><a href="${PETITION_PATH}/tra-cuu">Tra cứu</a></p>`);
      return page(
        reply,
        200,
        'Đã gửi',
        petitionSentPage({ code: found.code, trackingAddress: `${config.publicUrl}${trackingPath(found.code)}` }),
      );
    },
  });

  app.get(`${PETITION_PATH}/tra-cuu`, {
    schema: {
      tags,
      summary: 'Portal: follow a recommendation or reflection by its code, and read the answer (HTML)',
      querystring: z.object({ ma: z.string().max(20).optional() }),
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const code = request.query.ma?.trim();
      if (!code) return page(reply, 200, 'Tra cứu phản ánh, kiến nghị', petitionTrackingForm({}));
      const found = await findCitizenTracking(db, code);
      if (!found)
        return page(
          reply,
          404,
          'Tra cứu phản ánh, kiến nghị',
          petitionTrackingForm({ code, message: 'Không tìm thấy mã này. Kiểm tra lại mã nhận được khi gửi.' }),
        );
      return page(reply, 200, `Phản ánh, kiến nghị ${found.code}`, petitionTrackingResult(found));
    },
  });
}
