import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, hasPdftotext, pdfText } from '../support/pdf-inspect.js';
import { auditCount, createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree } from '../support/factories.js';

// Returning a result to the applicant's home or by post keeps the record of the delivery.
let t: TestApp;
let commune: { id: string };
let counter: Client;
let leader: Client;
const procedure = buildProcedure({ name: 'Thủ tục trả kết quả tại nhà (thử)', deliveryOptions: ['counter', 'post', 'home'] });
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  ({ commune } = await buildUnitTree(t.admin));
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
  leader = (await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] })).client;
});
afterAll(async () => t?.close());

/** A dossier received and approved: its result waits to be returned. */
async function readyDossier(delivery: 'home' | 'post' | 'counter') {
  const { id, version, detail } = await buildDossier(counter, {
    unitId: commune.id,
    procedureCode: procedure.code,
    delivery,
    state: 'result_ready',
    leader,
  });
  return { id, version, finishedAt: detail.finishedAt as string };
}
const giveBack = (id: string, version: number, body: Record<string, unknown>, language = 'vi') =>
  counter.post(
    `/api/v1/dossiers/${id}/actions`,
    { action: 'return', ...body },
    { 'if-match': `"${version}"`, 'accept-language': language },
  );

describe('returning a result by home delivery or post', () => {
  it('records who received it, where, when and who delivered it, in the returned event and on the slip', async () => {
    const { id, version } = await readyDossier('home');
    const deliveredAt = new Date().toISOString();
    const record = {
      recipientName: 'Ma Văn Khải (chồng người nộp)',
      address: 'Thôn Khuổi Lủng, xã Trả Kết Quả',
      deliveredAt,
      deliveredBy: 'Nông Văn Giao',
    };
    const returned = await giveBack(id, version, { delivery: 'home', deliveryRecord: record });
    expect(returned.statusCode).toBe(200);
    expect(returned.data).toMatchObject({ status: 'returned', delivery: 'home', returnedAt: deliveredAt });
    const event = returned.data.events.find((item: { type: string }) => item.type === 'returned');
    expect(event.data).toMatchObject({ delivery: 'home', deliveryRecord: record });

    const slip = await counter.get(`/api/v1/dossiers/${id}/forms/process-control`);
    expect(slip.statusCode).toBe(200);
    if (hasPdftotext) {
      const text = flat(pdfText(slip.rawPayload).join(' '));
      expect(text).toContain('Trả kết quả: Trả tại nhà');
      expect(text).toContain('Người nhận kết quả: Ma Văn Khải (chồng người nộp)');
      expect(text).toContain('Người giao: Nông Văn Giao');
    }
  });

  it('records the postal receipt number of a result sent by post', async () => {
    const { id, version } = await readyDossier('post');
    const record = {
      recipientName: 'Ma Thị Nhận',
      address: 'Thôn Khuổi Lủng',
      deliveredAt: new Date().toISOString(),
      postalReceiptNumber: 'EB123456789VN',
    };
    const returned = await giveBack(id, version, { delivery: 'post', deliveryRecord: record });
    expect(returned.statusCode).toBe(200);
    const event = returned.data.events.find((item: { type: string }) => item.type === 'returned');
    expect(event.data.deliveryRecord).toMatchObject({ postalReceiptNumber: 'EB123456789VN', recipientName: 'Ma Thị Nhận' });
    expect(event.data.deliveryRecord.deliveredBy).toBeUndefined();
    if (hasPdftotext) {
      const slip = await counter.get(`/api/v1/dossiers/${id}/forms/process-control`);
      expect(flat(pdfText(slip.rawPayload).join(' '))).toContain('Số biên nhận bưu chính: EB123456789VN');
    }
  });

  it('refuses a home or postal return without a complete record, naming the field, and changes nothing', async () => {
    const { id, version, finishedAt } = await readyDossier('home');
    const before = await auditCount(t.database);
    const base = { recipientName: 'Ma Văn Khải', address: 'Thôn Khuổi Lủng', deliveredAt: new Date().toISOString() };

    const missing = await giveBack(id, version, { delivery: 'home' });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.data).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Dữ liệu không hợp lệ' });
    expect(missing.data.errors).toEqual([expect.objectContaining({ field: 'deliveryRecord', code: 'required' })]);
    expect(missing.data.errors[0].message).toContain('người nhận');

    const noCourier = await giveBack(id, version, { delivery: 'home', deliveryRecord: base }, 'en');
    expect(noCourier.data.title).toBe('Invalid input');
    expect(noCourier.data.errors).toEqual([
      expect.objectContaining({
        field: 'deliveryRecord.deliveredBy',
        code: 'required',
        message: 'Name the person who delivered the result.',
      }),
    ]);

    const noReceipt = await giveBack(id, version, { delivery: 'post', deliveryRecord: { ...base, deliveredBy: 'Bưu tá Lý Văn Phát' } });
    expect(noReceipt.data.errors.map((error: { field: string }) => error.field)).toEqual(['deliveryRecord.postalReceiptNumber']);

    const future = await giveBack(id, version, {
      delivery: 'home',
      deliveryRecord: { ...base, deliveredBy: 'Nông Văn Giao', deliveredAt: new Date(Date.now() + 2 * hour).toISOString() },
    });
    expect(future.data.errors).toEqual([expect.objectContaining({ field: 'deliveryRecord.deliveredAt', code: 'in_future' })]);
    const early = await giveBack(id, version, {
      delivery: 'home',
      deliveryRecord: { ...base, deliveredBy: 'Nông Văn Giao', deliveredAt: new Date(Date.parse(finishedAt) - hour).toISOString() },
    });
    expect(early.data.errors).toEqual([expect.objectContaining({ field: 'deliveryRecord.deliveredAt', code: 'before_result' })]);

    const blankName = await giveBack(id, version, {
      delivery: 'home',
      deliveryRecord: { ...base, recipientName: ' ', deliveredBy: 'Nông Văn Giao' },
    });
    expect(blankName.statusCode).toBe(400);
    expect(blankName.data.errors[0].field).toBe('deliveryRecord.recipientName');
    const badTime = await giveBack(id, version, {
      delivery: 'home',
      deliveryRecord: { ...base, deliveredBy: 'Nông Văn Giao', deliveredAt: 'hôm qua' },
    });
    expect(badTime.data.errors[0].field).toBe('deliveryRecord.deliveredAt');
    const badReceipt = await giveBack(id, version, { delivery: 'post', deliveryRecord: { ...base, postalReceiptNumber: '<script>' } });
    expect(badReceipt.data.errors[0].field).toBe('deliveryRecord.postalReceiptNumber');

    const atCounter = await giveBack(id, version, { delivery: 'counter', deliveryRecord: { ...base, deliveredBy: 'Nông Văn Giao' } });
    expect(atCounter.data.errors).toEqual([expect.objectContaining({ field: 'deliveryRecord', code: 'not_allowed' })]);

    expect(await auditCount(t.database)).toBe(before);
    const after = (await counter.get(`/api/v1/dossiers/${id}`)).data;
    expect(after).toMatchObject({ status: 'result_ready', version, returnedAt: null });
    expect(after.events.map((event: { type: string }) => event.type)).not.toContain('returned');
  });

  it('returns at the counter as before, with no record', async () => {
    const { id, version } = await readyDossier('counter');
    const returned = await giveBack(id, version, { delivery: 'counter' });
    expect(returned.statusCode).toBe(200);
    const event = returned.data.events.find((item: { type: string }) => item.type === 'returned');
    expect(event.data.deliveryRecord).toBeUndefined();
  });
});
