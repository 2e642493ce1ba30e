/**
 * Protection of a denouncer or relatives (Law 25/2018 arts. 47–58): requested, granted with its
 * measures or refused with the reason, then ended — all only by an officer holding the identity
 * clearance at the petition's unit (the request itself tells about the denouncer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
let cleared: Staff;
let petitionId: string;

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  cleared = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  await t.admin.post('/api/v1/identity-clearances', { staffId: cleared.id, unitId: commune.id });
  const petition = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'reception',
    kind: 'denunciation',
    contentSummary: 'Tố cáo trưởng thôn ép nộp tiền',
    petitioner: { fullName: 'Mùa A Dình' },
  });
  petitionId = petition.data.id;
});
afterAll(async () => t?.close());

describe('protection of a denouncer', () => {
  it('is requested, granted with its measures and ended, by the cleared officer only', async () => {
    const body = { requestedBy: 'denouncer', measures: ['confidentiality', 'employment'], note: 'Bị đe dọa cho nghỉ việc' };
    const refused = await officer.client.post(`/api/v1/petitions/${petitionId}/protection-requests`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.code).toBe('IDENTITY_CLEARANCE_REQUIRED');
    expect((await officer.client.get(`/api/v1/petitions/${petitionId}/protection-requests`)).statusCode).toBe(403);

    const created = await cleared.client.post(`/api/v1/petitions/${petitionId}/protection-requests`, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data).toMatchObject({ status: 'requested', measuresAsked: ['confidentiality', 'employment'] });
    const early = await cleared.client.post(`/api/v1/protection-requests/${created.data.id}/decision`, {
      action: 'end',
      reason: 'Không còn nguy cơ',
    });
    expect(early.statusCode).toBe(409);
    const byOfficer = await officer.client.post(`/api/v1/protection-requests/${created.data.id}/decision`, {
      action: 'grant',
      decisionRef: '05/QĐ-BV',
      measures: ['employment'],
    });
    expect(byOfficer.statusCode).toBe(403);
    const granted = await cleared.client.post(`/api/v1/protection-requests/${created.data.id}/decision`, {
      action: 'grant',
      decisionRef: '05/QĐ-BV',
      measures: ['employment'],
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.data).toMatchObject({ status: 'granted', measuresGranted: ['employment'], decisionRef: '05/QĐ-BV' });
    const again = await cleared.client.post(`/api/v1/protection-requests/${created.data.id}/decision`, {
      action: 'refuse',
      decisionRef: '06/QĐ-BV',
      reason: 'Không đủ căn cứ',
    });
    expect(again.statusCode).toBe(409);
    const ended = await cleared.client.post(`/api/v1/protection-requests/${created.data.id}/decision`, {
      action: 'end',
      reason: 'Đã kết thúc giải quyết',
    });
    expect(ended.data).toMatchObject({ status: 'ended', reason: 'Đã kết thúc giải quyết' });
    const list = await cleared.client.get(`/api/v1/petitions/${petitionId}/protection-requests`);
    expect(list.data.items).toHaveLength(1);
  });

  it('refuses a request without measures or from a requester the law does not name', async () => {
    const none = await cleared.client.post(`/api/v1/petitions/${petitionId}/protection-requests`, {
      requestedBy: 'denouncer',
      measures: [],
    });
    expect(none.statusCode).toBe(400);
    expect(none.data.errors[0].field).toBe('measures');
    const stranger = await cleared.client.post(`/api/v1/petitions/${petitionId}/protection-requests`, {
      requestedBy: 'neighbour',
      measures: ['property'],
    });
    expect(stranger.statusCode).toBe(400);
  });
});
