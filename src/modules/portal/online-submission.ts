import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http/deps.js';

import { checkCitizenForm, issueFormToken } from '../../platform/http/form-token.js';
import { readMultipartForm, type MultipartForm } from '../../platform/files/upload.js';
import { findVersionInForce } from '../catalog/index.js';
import { Applicant, findTrackingView, submitOnline } from '../dossiers/index.js';

import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { html, type Html } from '../../platform/html/html.js';
import { sendPage } from '../../platform/html/layout.js';
import { formRefusal } from '../../platform/html/form-refusal.js';
import { submitForm, submittedPage } from './pages/submit.js';
import { choosePlaces, type UnitChoice } from './pages/place-choice.js';
import { asFormProblem, FormProblem } from './form-problem.js';
import { receivingUnits } from './receiving-units.js';

const tags = ['portal'];
const submittedPath = (trackingSecret: string) => `/nop-ho-so/da-gui?k=${encodeURIComponent(trackingSecret)}`;
type Delivery = 'counter' | 'post' | 'home' | 'electronic';

/** Online submission of a procedure offered online: the form (GET) and the submission (POST, multipart, no JavaScript). */
export function registerOnlineSubmission(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, title: string, body: Html) =>
    sendPage(reply, { status, title, deploymentName: config.deploymentName, body });
  const notFound = (reply: FastifyReply) =>
    page(
      reply,
      404,
      'Không tìm thấy',
      html`<h1>Thủ tục này không nộp trực tuyến được</h1><p><a href="/thu-tuc">Về danh mục thủ tục</a></p>`,
    );
  const onlineVersion = async (code: string) => {
    if (!/^\d\.\d{6}$/.test(code)) return undefined;
    const version = await findVersionInForce(db, code, todayInVietnam());
    return version?.data.isPublished && version.data.onlineLevel !== 'none' ? version : undefined;
  };

  app.get('/nop-ho-so/da-gui', {
    schema: {
      tags,
      summary: 'Portal: the answer to an online submission — its code once given and its tracking address (HTML)',
      querystring: z.object({ k: z.string().max(60).optional() }),
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const secret = request.query.k;
      const dossier = secret ? await findTrackingView(db, { secret }) : undefined;
      if (!secret || !dossier)
        return page(reply, 404, 'Không tìm thấy', html`<h1>Không tìm thấy hồ sơ</h1><p><a href="/tra-cuu">Tra cứu hồ sơ</a></p>`);
      return page(
        reply,
        200,
        'Đã gửi hồ sơ',
        submittedPage({
          procedureName: dossier.procedureName,
          code: dossier.code,
          trackingAddress: `${config.publicUrl}/tra-cuu?k=${encodeURIComponent(secret)}`,
        }),
      );
    },
  });

  app.get('/nop-ho-so/:code', {
    schema: {
      tags,
      summary: 'Portal: the online submission form of a procedure (HTML); `tinh` chooses the province first when the places are many',
      querystring: z.object({ tinh: z.string().max(60).optional() }),
    },
    handler: async (request, reply) => {
      const version = await onlineVersion((request.params as { code: string }).code);
      if (!version) return notFound(reply);
      const formToken = issueFormToken(request, reply, { isSecure: config.isBehindTls });
      const places = choosePlaces(await receivingUnits(db, config.deploymentUnitCode), request.query.tinh);
      return page(reply, 200, `Nộp hồ sơ: ${version.data.name}`, submitForm({ version, formToken, places }));
    },
  });

  app.post('/nop-ho-so/:code', {
    schema: { tags, summary: 'Portal: submit a dossier online (multipart form; answers HTML)', consumes: ['multipart/form-data'] },
    config: { isCitizenForm: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const version = await onlineVersion((request.params as { code: string }).code);
      if (!version) return notFound(reply);
      const unitChoices = await receivingUnits(db, config.deploymentUnitCode);
      let form: MultipartForm | undefined;
      let values: Record<string, string> = {};
      try {
        form = await readMultipartForm(
          request,
          { maxFiles: version.data.documents.length, maxTotalBytes: config.uploadTotalBytes },
          (fields) => {
            values = fields;
            const check = checkCitizenForm(request, fields._form, config.publicUrl);
            if (check !== 'ok') throw new FormProblem(403, {}, check);
            const errors = checkFields(fields, unitChoices);
            if (Object.keys(errors).length > 0) throw new FormProblem(400, errors);
          },
        );
        const uploads = form.files.flatMap((file) => {
          const index = Number(/^doc(\d{1,3})$/.exec(file.fieldName)?.[1]);
          return Number.isInteger(index) && index >= 1 && index <= version.data.documents.length ? [{ index, file }] : [];
        });
        const applicant = Applicant.parse(applicantOf(form.fields));
        const delivery = (
          version.data.deliveryOptions.includes(form.fields.delivery as Delivery) ? form.fields.delivery : version.data.deliveryOptions[0]
        ) as Delivery;
        const context = {
          actor: { id: null, name: `citizen:${applicant.phone.slice(-4)}` },
          requestId: request.id,
          clientAddress: request.ip,
        };
        const result = await submitOnline(deps, context, {
          receivingUnitId: form.fields.unit!,
          procedureCode: version.code,
          applicant,
          delivery,
          uploads,
        });
        // Post/redirect/get: the answer is a page of its own, so reloading it files nothing again.
        return reply.header('cache-control', 'no-store').redirect(submittedPath(result.trackingSecret), 303);
      } catch (error) {
        const problem = asFormProblem(error);
        if (!problem) throw error;
        if (problem.check) return page(reply, 403, 'Chưa gửi được biểu mẫu', formRefusal(problem.check, `/nop-ho-so/${version.code}`));
        const formToken = issueFormToken(request, reply, { isSecure: config.isBehindTls });
        const { _form: _ignored, ...shown } = values;
        const province = unitChoices.find((unit) => unit.id === shown.unit)?.provinceId ?? shown.tinh;
        const places = choosePlaces(unitChoices, province ?? undefined);
        return page(
          reply,
          problem.status,
          `Nộp hồ sơ: ${version.data.name}`,
          submitForm({ version, formToken, places, errors: problem.errors, values: shown }),
        );
      } finally {
        await form?.dispose();
      }
    },
  });
}

const applicantOf = (fields: Record<string, string>) => ({
  kind: 'person',
  name: fields.name,
  citizenId: fields.citizenId,
  phone: fields.phone,
  email: fields.email || undefined,
  address: fields.address,
});

/** The text fields, checked before any file is accepted; messages for the citizen by field. */
function checkFields(fields: Record<string, string>, unitChoices: UnitChoice[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const applicant = Applicant.safeParse(applicantOf(fields));
  if (!applicant.success) {
    for (const issue of applicant.error.issues) {
      const field = String(issue.path[0]);
      errors[field] =
        `Thông tin chưa đúng: ${field === 'citizenId' ? 'số định danh gồm 12 chữ số.' : field === 'phone' ? 'số điện thoại Việt Nam, ví dụ 0912345678.' : 'vui lòng kiểm tra lại.'}`;
    }
  }
  if (!unitChoices.some((unit) => unit.id === fields.unit)) errors.receivingUnitId = 'Chọn nơi nộp hồ sơ.';
  return errors;
}
