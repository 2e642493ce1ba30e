import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeQrCodes,
  flat,
  hasPdftotext,
  hasZbarimg,
  headingColumns,
  images,
  pageSizes,
  pdfText,
  readQrModules,
} from '../support/pdf-inspect.js';
import { QR_OPTIONS, qrModules } from '../../src/modules/dossiers/forms/qr.js';
import { formatDate, formatPlaceDate, formatTime } from '../../src/platform/documents/vn-format.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import {
  act,
  buildApplicant,
  buildDossier,
  buildProcedure,
  buildStaff,
  buildUnit,
  fixtureRandom,
  submissionFields,
} from '../support/factories.js';
import { openCitizenForm } from '../support/citizen-forms.js';
import type { Role } from '../../src/platform/auth/access.js';
import { multipart } from '../support/multipart.js';

/**
 * The forms as a commune and its centre print them: a province (Tuyên Quang), the commune of Bắc Mê
 * with its public administrative service centre (the one-stop department, which receives for the
 * commune), and the commune of Yên Cường without a centre. Every expected text is written out.
 */
const artefacts = path.resolve(import.meta.dirname, '../../test-results/forms');
const publicUrl = 'https://dichvucong.tuyenquang.example';
const centreName = 'Trung tâm Phục vụ hành chính công xã Bắc Mê';
let t: TestApp;
let bacMe: { id: string };
let yenCuong: { id: string };
let counter: Client;
let yenCounter: Client;
let chair: Client;
let deputy: Client;
let specialist: Client;
const procedure = buildProcedure({ name: 'Đăng ký khai sinh (phiếu in)', deliveryOptions: ['counter', 'electronic'] });
const applicant = { name: 'Nguyễn Văn Ánh' };
const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const today = (place: string) => formatPlaceDate(place, new Date().toISOString());

/** A staff member with a phone and a title, as the administrator records them. */
async function officer(fullName: string, unitId: string, role: Role, details: { phone?: string; title?: string }) {
  const made = await buildStaff(t.admin, { fullName, unitId, roles: [role] });
  const current = await t.admin.get(`/api/v1/staff/${made.id}`);
  const patched = await t.admin.patch(`/api/v1/staff/${made.id}`, details, { 'if-match': `"${current.data.version}"` });
  expect(patched.statusCode).toBe(200);
  return made.client;
}

const form = async (client: Client, id: string, name: string) => {
  const response = await client.get(`/api/v1/dossiers/${id}/forms/${name}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  fs.mkdirSync(artefacts, { recursive: true });
  fs.writeFileSync(path.join(artefacts, `${name}.pdf`), response.rawPayload);
  return response.rawPayload;
};
const textOf = (pdf: Buffer) => flat(pdfText(pdf).join(' '));

/** A dossier received at Bắc Mê and handed by the counter to the commune's appraisal step. */
async function atAppraisal() {
  const built = await buildDossier(counter, { unitId: bacMe.id, procedureCode: procedure.code, applicant, state: 'handed_over' });
  return built;
}

beforeAll(async () => {
  t = await createTestApp({ MOTCUA_PUBLIC_URL: publicUrl });
  const province = await buildUnit(t.admin, { name: 'Tỉnh Tuyên Quang' });
  bacMe = await buildUnit(t.admin, { type: 'commune', name: 'Xã Bắc Mê', parentId: province.id });
  await buildUnit(t.admin, { type: 'service_centre', name: centreName, parentId: bacMe.id });
  yenCuong = await buildUnit(t.admin, { type: 'commune', name: 'Xã Yên Cường', parentId: province.id });
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = await officer('Hoàng Thị Mai', bacMe.id, 'counter_officer', { phone: '02193841234' });
  yenCounter = await officer('Triệu Thị Mẩy', yenCuong.id, 'counter_officer', { phone: '02193870111' });
  chair = await officer('Ma Văn Đức', bacMe.id, 'leader', { title: 'Chủ tịch' });
  deputy = await officer('Hà Thị Lan', bacMe.id, 'leader', { title: 'Phó Chủ tịch' });
  specialist = await officer('Lục Văn Bình', bacMe.id, 'specialist', { phone: '0988123456', title: 'Công chức Tư pháp - Hộ tịch' });
});
afterAll(async () => t?.close());

describe('Mẫu 01: the receipt', () => {
  it('is headed by the commune over its centre, with the fees, the copy line, the book entry and a QR code a phone reads', async () => {
    const { dossierId, code } = await buildDossier(counter, { unitId: bacMe.id, procedureCode: procedure.code, applicant });
    const pdf = await form(counter, dossierId, 'receipt');
    expect(pageSizes(pdf)[0]).toEqual([419.53, 595.28]);
    const [row] = await t.database.query<{ tracking_secret: string }>('select tracking_secret from dossiers where id = $1', [dossierId]);
    const trackingUrl = `${publicUrl}/tra-cuu?ma=${encodeURIComponent(code)}&k=${row!.tracking_secret}`;
    const expected = qrModules(trackingUrl);
    expect(
      readQrModules(
        images(pdf).find((image) => image.colorSpace === 'DeviceRGB')!,
        expected.length,
        QR_OPTIONS.margin,
      ),
    ).toEqual(expected);
    if (hasZbarimg) expect(decodeQrCodes(pdf, 100)).toEqual([trackingUrl]);
    if (hasPdftotext) {
      expect(headingColumns(pdf, 'GIẤY')).toEqual({
        left: 'UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
        right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ${today('Bắc Mê')}`,
      });
      const text = textOf(pdf);
      expect(text).toContain('(Liên: lưu / giao người nộp)');
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain(`${centreName} tiếp nhận hồ sơ của:`);
      expect(text).toContain('3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc');
      expect(text).toContain(`6. Nhận kết quả tại: ${centreName}`);
      expect(text).not.toMatch(/tại:? Tại/i);
      expect(text).toContain('7. Phí, lệ phí: Lệ phí đăng ký: 8.000 đồng (mỗi việc).');
      // The first dossier Bắc Mê receives this year.
      expect(text).toContain(`Vào Sổ theo dõi hồ sơ, quyển số ${year}, số thứ tự 1.`);
      expect(text).toContain('Hoàng Thị Mai');
    }
    const tracking = await new Client(t.app).get(new URL(trackingUrl).pathname + new URL(trackingUrl).search);
    expect(tracking.statusCode).toBe(200);
  });

  it.skipIf(!hasPdftotext)('is headed by the province over a commune without a centre, dated at that commune', async () => {
    const { dossierId } = await buildDossier(yenCounter, {
      unitId: yenCuong.id,
      procedureCode: procedure.code,
      applicant,
      delivery: 'electronic',
    });
    const pdf = await form(yenCounter, dossierId, 'receipt');
    expect(headingColumns(pdf, 'GIẤY')).toEqual({
      left: 'UBND TỈNH TUYÊN QUANG UBND XÃ YÊN CƯỜNG',
      right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ${today('Yên Cường')}`,
    });
    const text = textOf(pdf);
    expect(text).toContain('Ủy ban nhân dân xã Yên Cường tiếp nhận hồ sơ của:');
    expect(text).toContain('6. Nhận kết quả tại: Cổng Dịch vụ công (bản điện tử)');
    expect(text).toContain(`Vào Sổ theo dõi hồ sơ, quyển số ${year}, số thứ tự 1.`);
  });
});

describe('Mẫu 02 and 03 at intake: numbered by the unit, never by an internal id', () => {
  it.skipIf(!hasPdftotext)('numbers the guidance slips and refusals of each unit through the year, at the counter and online', async () => {
    const guided = async (client: Client, unitId: string) =>
      (await buildDossier(client, { unitId, procedureCode: procedure.code, applicant, state: 'guided' })).dossierId;
    const first = await form(counter, await guided(counter, bacMe.id), 'supplement-request');
    expect(headingColumns(first, 'PHIẾU')).toEqual({
      left: 'UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 01/HDHS',
      right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ${today('Bắc Mê')}`,
    });
    const text = textOf(first);
    expect(text).toContain(`${centreName} tiếp nhận hồ sơ đề nghị giải quyết thủ tục Đăng ký khai sinh (phiếu in) của:`);
    expect(text).toContain('Giấy chứng sinh');
    // The address may wrap after its last slash.
    expect(text).toMatch(new RegExp(`Tra cứu quy định của thủ tục tại: ${publicUrl.replaceAll('.', '\\.')}/ ?thu-tuc/${procedure.code}`));
    expect(text).toContain('liên hệ với Hoàng Thị Mai, số điện thoại 02193841234 để được hướng dẫn');
    expect(text).not.toContain('Mã hồ sơ');
    expect(headingColumns(await form(counter, await guided(counter, bacMe.id), 'supplement-request'), 'PHIẾU').left).toContain(
      'Số: 02/HDHS',
    );
    expect(headingColumns(await form(yenCounter, await guided(yenCounter, yenCuong.id), 'supplement-request'), 'PHIẾU').left).toBe(
      'UBND TỈNH TUYÊN QUANG UBND XÃ YÊN CƯỜNG Số: 01/HDHS',
    );

    // An online submission guided before it had a code takes the next number of the same book.
    const page = await openCitizenForm(t.app, `/nop-ho-so/${procedure.code}`);
    const fields = { _form: page.fields._form!, ...submissionFields(buildApplicant(fixtureRandom(), { name: 'Vũ Văn Hải' }), bacMe.id) };
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(256, 1)]);
    const body = multipart([
      ...Object.entries(fields).map(([name, value]) => ({ name, value })),
      { name: 'doc1', value: scan, filename: 'to-khai.pdf', type: 'application/pdf' },
      { name: 'doc2', value: scan, filename: 'giay-chung-sinh.pdf', type: 'application/pdf' },
    ]);
    const submitted = await new Client(t.app).request('POST', `/nop-ho-so/${procedure.code}`, {
      body: body.body,
      headers: { 'content-type': body.contentType, cookie: page.cookie! },
    });
    expect(submitted.statusCode).toBe(303);
    const online = (await counter.get('/api/v1/dossiers?q=vu%20van%20hai')).data.items[0];
    const decided = await counter.post(
      `/api/v1/dossiers/${online.id}/intake-decision`,
      { decision: 'guide', reason: 'Ảnh chụp giấy chứng sinh bị mờ', missingDocuments: ['Giấy chứng sinh (bản rõ nét)'] },
      { 'if-match': `"${online.version}"` },
    );
    expect(decided.statusCode).toBe(200);
    const slip = await form(counter, online.id, 'supplement-request');
    expect(headingColumns(slip, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 03/HDHS');
    expect(textOf(slip)).toContain('Lý do: Ảnh chụp giấy chứng sinh bị mờ');

    const refused = await buildDossier(counter, { unitId: bacMe.id, procedureCode: procedure.code, applicant, state: 'refused' });
    const refusal = await form(counter, refused.dossierId, 'refusal');
    expect(headingColumns(refusal, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 01/TCHS');
    expect(textOf(refusal)).toContain(`${centreName} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:`);
  });

  it.skipIf(!hasPdftotext)(
    'has the agency settling the dossier ask for a supplement during appraisal, under the dossier code',
    async () => {
      const { id, code, version } = await atAppraisal();
      const asked = await act(specialist, id, version, {
        action: 'request_supplement',
        reason: 'Giấy chứng sinh nộp kèm là bản chụp',
        missingDocuments: ['Giấy chứng sinh'],
      });
      expect(asked.statusCode).toBe(200);
      const pdf = await form(counter, id, 'supplement-request');
      expect(headingColumns(pdf, 'PHIẾU').left).toBe(`UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: ${code}/HDHS`);
      const text = textOf(pdf);
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain('Ủy ban nhân dân xã Bắc Mê tiếp nhận hồ sơ đề nghị giải quyết thủ tục');
      expect(text).toContain('liên hệ với Lục Văn Bình, số điện thoại 0988123456 để được hướng dẫn');
    },
  );
});

describe('the stop notice and the apology: issued and signed by the agency settling the dossier', () => {
  it('gives a dossier stopped after appraisal the stop notice, not the refusal of Mẫu 03', async () => {
    const { id, code, version, detail } = await atAppraisal();
    expect((await counter.get(`/api/v1/dossiers/${id}/forms/stop-notice`)).statusCode).toBe(409);
    const stopped = await act(chair, id, version, {
      action: 'stop',
      reason: 'Người nộp không phải cha, mẹ hoặc người thân thích của trẻ em',
    });
    expect(stopped.statusCode).toBe(200);
    const refusal = await counter.get(`/api/v1/dossiers/${id}/forms/refusal`);
    expect(refusal.statusCode).toBe(409);
    expect(refusal.data.code).toBe('DOSSIER_FORM_NOT_AVAILABLE');
    const pdf = await form(counter, id, 'stop-notice');
    if (!hasPdftotext) return;
    expect(headingColumns(pdf, 'THÔNG')).toEqual({
      left: `UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: ${code}/DGHS`,
      right: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ${today('Bắc Mê')}`,
    });
    const text = textOf(pdf);
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(
      `Ngày ${formatDate(detail.receivedAt)}, ${centreName} tiếp nhận hồ sơ của ông/bà đề nghị giải quyết thủ tục Đăng ký khai sinh (phiếu in), mã hồ sơ: ${code}.`,
    );
    expect(text).toContain('Sau khi thẩm định hồ sơ, Ủy ban nhân dân xã Bắc Mê thông báo dừng giải quyết hồ sơ của ông/bà vì lý do sau:');
    expect(text).toContain('- Người nộp không phải cha, mẹ hoặc người thân thích của trẻ em');
    expect(text).toContain(`Hồ sơ được trả lại cho ông/bà tại ${centreName}.`);
    expect(text).toContain(`- ${centreName};`);
    expect(text).toMatch(/CHỦ TỊCH \(Ký, ghi rõ họ tên và đóng dấu\).* Ma Văn Đức/);
    expect(text).not.toContain('KT.');
  });

  it.skipIf(!hasPdftotext)('has the commune apologise, signed by its vice-chairwoman for the chairman, never "THỦ TRƯỞNG"', async () => {
    const { id, code, version, dueAt } = await atAppraisal();
    const newDueAt = new Date(Date.parse(dueAt) + 7 * 86_400_000).toISOString(); // the same weekday: a working day
    const moved = await act(deputy, id, version, { action: 'reschedule', reason: 'Chờ xác minh nơi cư trú của cha, mẹ', newDueAt });
    expect(moved.statusCode, moved.body).toBe(200);
    const pdf = await form(counter, id, 'apology');
    expect(headingColumns(pdf, 'PHIẾU').left).toBe(`UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: ${code}/PXL`);
    const text = textOf(pdf);
    expect(text).toContain(
      `Ủy ban nhân dân xã Bắc Mê xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào ${formatTime(moved.data.dueAt)}.`,
    );
    expect(text).toContain(`Thời hẹn trả kết quả giải quyết hồ sơ: ${formatTime(dueAt)}.`);
    expect(text).toMatch(/KT\. CHỦ TỊCH PHÓ CHỦ TỊCH \(Ký, ghi rõ họ tên và đóng dấu\).* Hà Thị Lan/);
    expect(text).toContain(`- ${centreName};`);
    expect(text).not.toContain('THỦ TRƯỞNG');
    expect(text).not.toContain('Tuyên Quang xin lỗi');
  });

  it.skipIf(!hasPdftotext)(
    'has the competent commune apologise even while the centre holds the dossier, signed by its chairman',
    async () => {
      const { id, code, version, dueAt } = await buildDossier(counter, { unitId: bacMe.id, procedureCode: procedure.code, applicant });
      const newDueAt = new Date(Date.parse(dueAt) + 7 * 86_400_000).toISOString(); // the same weekday: a working day
      expect((await act(chair, id, version, { action: 'reschedule', reason: 'Mất điện diện rộng', newDueAt })).statusCode).toBe(200);
      const pdf = await form(counter, id, 'apology');
      // The one-stop department receives and returns; the agency that settles (and apologises) is the commune.
      expect(headingColumns(pdf, 'PHIẾU').left).toBe(`UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: ${code}/PXL`);
      const text = textOf(pdf);
      expect(text).toContain('Ủy ban nhân dân xã Bắc Mê xin lỗi ông/bà');
      expect(text).not.toContain(`${centreName} xin lỗi`);
      expect(text).toMatch(/CHỦ TỊCH \(Ký, ghi rõ họ tên và đóng dấu\).* Ma Văn Đức/);
      expect(text).toContain(`- ${centreName};`);
    },
  );

  it('refuses the forms of another unit and the forms a dossier does not have', async () => {
    const { dossierId } = await buildDossier(counter, { unitId: bacMe.id, procedureCode: procedure.code, applicant, state: 'guided' });
    const noReceipt = await counter.get(`/api/v1/dossiers/${dossierId}/forms/receipt`);
    expect(noReceipt.statusCode).toBe(409);
    expect(noReceipt.data.code).toBe('DOSSIER_FORM_NOT_AVAILABLE');
    expect((await yenCounter.get(`/api/v1/dossiers/${dossierId}/forms/supplement-request`)).statusCode).toBe(403);
  });
});
