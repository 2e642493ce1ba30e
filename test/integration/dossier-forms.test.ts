import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, hasPdftotext, images, pageSizes, pdfText, readQrModules } from '../support/pdf-inspect.js';
import { QR_OPTIONS, qrModules } from '../../src/modules/dossiers/forms/qr.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnit, buildUnitTree } from '../support/factories.js';

/** The printed forms are kept for a person to look at (rendered to PNG in CI's artefacts). */
const artefacts = path.resolve(import.meta.dirname, '../../test-results/forms');
let t: TestApp;
let counter: Client;
let communeId: string;
const procedure = buildProcedure({ name: 'Đăng ký khai sinh (phiếu in)' });
/** The applicant's name is looked for on the receipt and in the tracking book. */
const applicant = { name: 'Nguyễn Văn Ánh' };

beforeAll(async () => {
  t = await createTestApp({ MOTCUA_PUBLIC_URL: 'https://dichvucong.tuyenquang.example' });
  communeId = (await buildUnitTree(t.admin, { province: { name: 'Tỉnh Tuyên Quang' }, communes: [{ name: 'Xã Bắc Mê' }] })).commune.id;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = (await buildStaff(t.admin, { fullName: 'Hoàng Thị Mai', unitId: communeId, roles: ['counter_officer'] })).client;
});
afterAll(async () => t?.close());

describe('official forms', () => {
  it('prints the receipt (A5) with the code, the applicant, the appointment and a QR code to the tracking page', async () => {
    const { dossierId, code } = await buildDossier(counter, { unitId: communeId, procedureCode: procedure.code, applicant });
    const response = await counter.get(`/api/v1/dossiers/${dossierId}/forms/receipt`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    fs.mkdirSync(artefacts, { recursive: true });
    fs.writeFileSync(path.join(artefacts, 'receipt.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageSizes(pdf)[0]).toEqual([419.53, 595.28]);
    expect(pdf.includes('NotoSerif')).toBe(true);
    const [row] = await t.database.query<{ tracking_secret: string }>('select tracking_secret from dossiers where id = $1', [dossierId]);
    const trackingUrl = `https://dichvucong.tuyenquang.example/tra-cuu?ma=${encodeURIComponent(code)}&k=${row!.tracking_secret}`;
    const qr = images(pdf).find((image) => image.colorSpace === 'DeviceRGB')!;
    const expected = qrModules(trackingUrl);
    expect(readQrModules(qr, expected.length, QR_OPTIONS.margin)).toEqual(expected);
    if (hasPdftotext) {
      const text = flat(pdfText(pdf).join(' '));
      expect(text).toContain(code);
      expect(text).toContain('Nguyễn Văn Ánh');
      expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(text).toContain('Hoàng Thị Mai');
    }
    const tracking = await new Client(t.app).get(new URL(trackingUrl).pathname + new URL(trackingUrl).search);
    expect(tracking.statusCode).toBe(200);
    expect(tracking.body).toContain('Đang xử lý');
  });

  it('prints the guidance slip for an incomplete dossier and refuses forms that do not exist yet', async () => {
    const { dossierId } = await buildDossier(counter, { unitId: communeId, procedureCode: procedure.code, applicant, state: 'guided' });
    const slip = await counter.get(`/api/v1/dossiers/${dossierId}/forms/supplement-request`);
    expect(slip.statusCode).toBe(200);
    if (hasPdftotext) expect(flat(pdfText(slip.rawPayload).join(' '))).toContain('Giấy chứng sinh');
    const noReceipt = await counter.get(`/api/v1/dossiers/${dossierId}/forms/receipt`);
    expect(noReceipt.statusCode).toBe(409);
    expect(noReceipt.data.code).toBe('DOSSIER_FORM_NOT_AVAILABLE');
  });

  it('prints the process-control slip and the tracking book as PDF and XLSX', async () => {
    const { dossierId, code } = await buildDossier(counter, { unitId: communeId, procedureCode: procedure.code, applicant });
    const control = await counter.get(`/api/v1/dossiers/${dossierId}/forms/process-control`);
    fs.mkdirSync(artefacts, { recursive: true });
    fs.writeFileSync(path.join(artefacts, 'process-control.pdf'), control.rawPayload);
    expect(control.statusCode).toBe(200);
    expect(pageSizes(control.rawPayload)[0]).toEqual([595.28, 841.89]);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const book = await counter.get(`/api/v1/units/${communeId}/tracking-book?from=${today}&to=${today}`);
    expect(book.statusCode).toBe(200);
    expect(pageSizes(book.rawPayload)[0]).toEqual([841.89, 595.28]);
    if (hasPdftotext) expect(flat(pdfText(book.rawPayload).join(' '))).toContain(code);
    const xlsx = await counter.get(`/api/v1/units/${communeId}/tracking-book?from=${today}&to=${today}&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    expect(values).toContain(code);
    expect(values).toContain('Nguyễn Văn Ánh');
    const elsewhere = await buildUnit(t.admin);
    const outsider = (await buildStaff(t.admin, { unitId: elsewhere.id, roles: ['counter_officer'] })).client;
    expect((await outsider.get(`/api/v1/dossiers/${dossierId}/forms/receipt`)).statusCode).toBe(403);
  });
});
