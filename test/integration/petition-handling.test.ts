/**
 * Handling classified petitions and the "once" rules across a matter: a complaint outside
 * competence is guided once (TT 07/2014 art. 8(1)), a denunciation transferred once per content
 * (TT 05/2021 art. 14(1)); repeats are linked to the first petition and filed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

type Made = { id: string; version: number; status: string };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });

async function receive(body: Record<string, unknown> = {}): Promise<Made> {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất cho hộ bên cạnh',
    petitioner: { fullName: 'Lò Văn Pản', address: 'Bản Pác Ngòi' },
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}
async function classify(made: Made, body: Record<string, unknown>): Promise<Made> {
  const response = await officer.client.post(
    `/api/v1/petitions/${made.id}/classification`,
    { field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none', kind: 'complaint', ...body },
    ifMatch(made.version),
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.data;
}
const handle = (made: Made, body: Record<string, unknown>) =>
  officer.client.post(`/api/v1/petitions/${made.id}/handling`, body, ifMatch(made.version));
const link = (made: Made, original: Made) =>
  officer.client.post(`/api/v1/petitions/${made.id}/duplicate-of`, { originalId: original.id }, ifMatch(made.version));
const outside = { competence: { scope: 'other', bodyType: 'administrative' } };

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('handling a petition', () => {
  it('guides a complaint outside competence once per matter: its repeat is linked, counted and filed', async () => {
    const first = await classify(await receive(), outside);
    const guided = await handle(first, { outcome: 'guide', to: 'Sở Tài nguyên và Môi trường tỉnh' });
    expect(guided.statusCode, guided.body).toBe(200);
    expect(guided.data).toMatchObject({ status: 'guided', outcomeTo: 'Sở Tài nguyên và Môi trường tỉnh' });

    const again = await receive();
    const linked = await link(again, first);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.data.duplicateOf).toBe(first.id);
    expect((await officer.client.get(`/api/v1/petitions/${first.id}`)).data.duplicateCount).toBe(1);
    const repeat = await classify(linked.data, outside);
    const refused = await handle(repeat, { outcome: 'guide', to: 'Sở Tài nguyên và Môi trường tỉnh' });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('PETITION_ALREADY_GUIDED');
    expect((await handle(repeat, { outcome: 'file', note: 'Đã hướng dẫn một lần' })).data.status).toBe('filed');

    // A third one linked to the repeat belongs to the first petition's matter.
    const third = await link(await receive(), repeat);
    expect(third.data.duplicateOf).toBe(first.id);
  });

  it('transfers a denunciation once per content, and never guides it', async () => {
    const denunciation = { kind: 'denunciation', field: 'public_duty', ...outside };
    const first = await classify(await receive({ kind: 'denunciation' }), denunciation);
    expect((await handle(first, { outcome: 'guide', to: 'Thanh tra tỉnh' })).data.code).toBe('PETITION_OUTCOME_NOT_ALLOWED');
    const transferred = await handle(first, { outcome: 'transfer', to: 'Thanh tra tỉnh' });
    expect(transferred.data.status).toBe('transferred');

    const linked = await link(await receive({ kind: 'denunciation' }), first);
    const repeat = await classify(linked.data, denunciation);
    const refused = await handle(repeat, { outcome: 'transfer', to: 'Thanh tra tỉnh' });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('DENUNCIATION_ALREADY_TRANSFERRED');
  });

  it('accepts only an eligible petition within competence, returns only a forwarded one, and says why', async () => {
    const ineligible = await classify(await receive(), { isEligible: false, reasons: ['time_barred'] });
    const refused = await handle(ineligible, { outcome: 'accept' });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.detail).toContain('not eligible');
    expect((await handle(ineligible, { outcome: 'return_to_forwarder' })).data.detail).toContain('not forwarded');
    expect((await handle(ineligible, { outcome: 'guide' })).data.errors[0].field).toBe('to');

    const eligible = await classify(await receive(), {});
    expect((await handle(eligible, { outcome: 'accept' })).data.status).toBe('accepted');
    const forwarded = await classify(await receive({ channel: 'forwarded', forwardedBy: 'Đoàn đại biểu Quốc hội tỉnh' }), outside);
    expect((await handle(forwarded, { outcome: 'return_to_forwarder' })).data.status).toBe('returned');
    // Nothing more once handled.
    expect((await handle({ ...eligible, version: eligible.version + 1 }, { outcome: 'file' })).statusCode).toBe(409);
  });

  it('refuses a link to itself or to a later petition', async () => {
    const earlier = await receive({ receivedAt: '2026-05-04T09:00:00+07:00' });
    const later = await receive({ receivedAt: '2026-05-05T09:00:00+07:00' });
    expect((await link(earlier, earlier)).data.code).toBe('PETITION_DUPLICATE_INVALID');
    const backwards = await link(earlier, later);
    expect(backwards.statusCode).toBe(409);
    expect(backwards.data.detail).toContain('received first');
  });
});
