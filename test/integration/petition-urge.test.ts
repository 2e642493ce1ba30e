/**
 * A petition transferred to a subordinate that has not reported back is urged (TT 05/2021
 * art. 14(2)): the urging is recorded (the status stays "transferred"), counted in the figures,
 * and has its letter; nothing but such a petition can be urged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type Staff } from '../support/factories.js';
import { docxText } from '../support/docx-text.js';

let t: TestApp;
let provinceId: string;
let communeId: string;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function classified(competence: Record<string, unknown>) {
  const received = await officer.client.post('/api/v1/petitions', {
    unitId: provinceId,
    channel: 'post',
    kind: 'complaint',
    contentSummary: 'Khiếu nại quyết định thu hồi đất của xã',
    petitioner: { fullName: 'Đàm Văn Đốc' },
  });
  const response = await officer.client.post(
    `/api/v1/petitions/${received.data.id}/classification`,
    { kind: 'complaint', field: 'land_housing', isEligible: true, competence, settlementStatus: 'none' },
    ifMatch(received.data.version),
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.data as { id: string; version: number };
}

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 1 });
  provinceId = tree.province.id;
  communeId = tree.commune.id;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: provinceId });
});
afterAll(async () => t?.close());

describe('urging a subordinate', () => {
  it('is recorded on a petition transferred to it, counted, and written as a letter', async () => {
    const petition = await classified({ scope: 'subordinate', unitId: communeId });
    const transferred = await officer.client.post(
      `/api/v1/petitions/${petition.id}/handling`,
      { outcome: 'transfer', to: 'UBND xã cấp dưới' },
      ifMatch(petition.version),
    );
    expect(transferred.statusCode, transferred.body).toBe(200);
    const urged = await officer.client.post(
      `/api/v1/petitions/${petition.id}/handling`,
      { outcome: 'urge' },
      ifMatch(transferred.data.version),
    );
    expect(urged.statusCode, urged.body).toBe(200);
    expect(urged.data).toMatchObject({ status: 'transferred', outcomeTo: 'UBND xã cấp dưới', handledAt: transferred.data.handledAt });

    const letter = await officer.client.request('GET', `/api/v1/petitions/${petition.id}/letter?format=docx`);
    expect(letter.statusCode).toBe(200);
    expect(docxText(letter.rawPayload)).toContain('Về việc đôn đốc giải quyết đơn');

    const year = new Date().getFullYear();
    const figures = await officer.client.get(`/api/v1/petitions/figures?unitId=${provinceId}&from=${year}-01-01&to=${year}-12-31`);
    expect(figures.data.results).toMatchObject({ transferred: 1, urged: 1 });
    expect(figures.data.byCompetence).toMatchObject({ subordinate: 1 });
    expect(figures.data.bySettlementStatus).toMatchObject({ none: 1 });
  });

  it('is refused for a petition not transferred to a subordinate', async () => {
    const other = await classified({ scope: 'other', bodyType: 'administrative' });
    const transferred = await officer.client.post(
      `/api/v1/petitions/${other.id}/handling`,
      { outcome: 'transfer', to: 'Sở Xây dựng' },
      ifMatch(other.version),
    );
    const refused = await officer.client.post(
      `/api/v1/petitions/${other.id}/handling`,
      { outcome: 'urge' },
      ifMatch(transferred.data.version),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('PETITION_OUTCOME_NOT_ALLOWED');
    const notYet = await classified({ scope: 'subordinate', unitId: communeId });
    const early = await officer.client.post(`/api/v1/petitions/${notYet.id}/handling`, { outcome: 'urge' }, ifMatch(notYet.version));
    expect(early.statusCode).toBe(409);
  });
});

describe('anonymous information', () => {
  it('goes to an inspection or check, with its letter, and is counted apart; a signed denunciation cannot', async () => {
    const anonymous = await officer.client.post('/api/v1/petitions', {
      unitId: provinceId,
      channel: 'post',
      kind: 'denunciation',
      isAnonymous: true,
      contentSummary: 'Thư không ký tên tố cáo cán bộ thu tiền, kèm biên lai',
    });
    expect(anonymous.statusCode, anonymous.body).toBe(201);
    const referred = await officer.client.post(
      `/api/v1/petitions/${anonymous.data.id}/handling`,
      { outcome: 'inspect', to: 'Thanh tra tỉnh' },
      ifMatch(anonymous.data.version),
    );
    expect(referred.statusCode, referred.body).toBe(200);
    expect(referred.data).toMatchObject({ status: 'referred', outcomeTo: 'Thanh tra tỉnh' });
    expect(referred.data.handledAt).not.toBeNull();
    const letter = await officer.client.request('GET', `/api/v1/petitions/${anonymous.data.id}/letter?format=docx`);
    expect(docxText(letter.rawPayload)).toContain('PHIẾU CHUYỂN THÔNG TIN');

    const signed = await officer.client.post('/api/v1/petitions', {
      unitId: provinceId,
      channel: 'post',
      kind: 'denunciation',
      contentSummary: 'Tố cáo có ký tên',
      petitioner: { fullName: 'Nông Văn Ký' },
    });
    const refused = await officer.client.post(
      `/api/v1/petitions/${signed.data.id}/handling`,
      { outcome: 'inspect', to: 'Thanh tra tỉnh' },
      ifMatch(signed.data.version),
    );
    expect(refused.statusCode).toBe(409);
    const noBody = await officer.client.post(
      `/api/v1/petitions/${signed.data.id}/handling`,
      { outcome: 'inspect' },
      ifMatch(signed.data.version),
    );
    expect(noBody.statusCode).toBe(400);

    const year = new Date().getFullYear();
    const figures = await officer.client.get(`/api/v1/petitions/figures?unitId=${provinceId}&from=${year}-01-01&to=${year}-12-31`);
    expect(figures.data.results.referred).toBe(1);
  });
});
