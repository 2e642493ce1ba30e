/**
 * The national-database outbox: every petition of the unit (and the units under it) is pending
 * until exported; a batch takes the pending records (never a petitioner, nor a protected
 * petition's content), as JSON or XLSX; a record changed after its export is pending again; an
 * acknowledged batch marks its records.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type Staff } from '../support/factories.js';

let t: TestApp;
let provinceId: string;
let communeId: string;
let officer: Staff;

const receive = async (unitId: string, kind: string, summary: string, name: string) => {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId,
    channel: 'post',
    kind,
    contentSummary: summary,
    petitioner: { fullName: name, phone: '0911222333' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number };
};
const overview = async () => (await officer.client.get(`/api/v1/petition-sync?unitId=${provinceId}`)).data;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 1 });
  provinceId = tree.province.id;
  communeId = tree.commune.id;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: provinceId });
});
afterAll(async () => t?.close());

describe('the national-database outbox', () => {
  it('exports the pending records once, without identities, and again those changed since', async () => {
    const complaint = await receive(communeId, 'complaint', 'Khiếu nại về giá đền bù', 'Lý Văn Đồng');
    await receive(provinceId, 'denunciation', 'Tố cáo Lý Thị Mật nhận tiền', 'Hoàng Văn Kín');
    expect(await overview()).toMatchObject({ pending: 2, exported: 0, acknowledged: 0 });

    const batch = await officer.client.post('/api/v1/petition-sync/batches', { unitId: provinceId });
    expect(batch.statusCode, batch.body).toBe(201);
    expect(batch.data.count).toBe(2);
    expect(await overview()).toMatchObject({ pending: 0, exported: 2 });
    const again = await officer.client.post('/api/v1/petition-sync/batches', { unitId: provinceId });
    expect(again.statusCode).toBe(409);
    expect(again.data.code).toBe('SYNC_NOTHING_PENDING');

    const json = await officer.client.request('GET', `/api/v1/petition-sync/batches/${batch.data.id}?format=json`);
    const file = JSON.parse(json.rawPayload.toString('utf8'));
    expect(file.records).toHaveLength(2);
    const text = json.rawPayload.toString('utf8');
    for (const secret of ['Lý Văn Đồng', 'Hoàng Văn Kín', '0911222333', 'Lý Thị Mật']) expect(text).not.toContain(secret);
    expect(text).toContain('Khiếu nại về giá đền bù');
    const xlsx = await officer.client.request('GET', `/api/v1/petition-sync/batches/${batch.data.id}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheets = Object.entries(unzipSync(new Uint8Array(xlsx.rawPayload)))
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, content]) => strFromU8(content))
      .join('');
    expect(sheets).toContain('bookNo');
    expect(sheets).not.toContain('Hoàng Văn Kín');

    const classified = await officer.client.post(
      `/api/v1/petitions/${complaint.id}/classification`,
      { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': `"${complaint.version}"` },
    );
    expect(classified.statusCode).toBe(200);
    expect(await overview()).toMatchObject({ pending: 1, exported: 1 });

    const acknowledged = await officer.client.post(`/api/v1/petition-sync/batches/${batch.data.id}/acknowledge`, {});
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect((await officer.client.post(`/api/v1/petition-sync/batches/${batch.data.id}/acknowledge`, {})).statusCode).toBe(409);
    const after = await overview();
    expect(after).toMatchObject({ pending: 1, exported: 0, acknowledged: 1 });
    expect(after.batches[0]).toMatchObject({ id: batch.data.id, count: 2 });
  });
});
