/**
 * What residents are consulted on and the answer they get (Law 10/2022 art. 25), the villages'
 * year-end conferences (art. 33) and the community supervision boards' findings, through the HTTP
 * app: answered once, the villages still missing a conference, a finding followed to its close.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const villages: string[] = [];
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
  for (const name of ['Thôn Khuổi Luông', 'Thôn Nà Pồng', 'Thôn Bản Piằng']) {
    villages.push((await createUnit(t.admin, { type: 'village', name, parentId: commune.id })).id);
  }
});
afterAll(async () => t?.close());

describe('consultations, conferences and supervision', () => {
  it('answers a consultation, lists the villages without a year-end conference, follows a finding to its close', async () => {
    const consultation = await officer.client.post('/api/v1/community/consultations', {
      unitId: commune.id,
      subject: 'land_use_plan',
      title: 'Kế hoạch sử dụng đất năm 2027',
      openedOn: '2026-10-01',
      closesOn: '2026-10-20',
      channels: ['posting', 'meeting'],
    });
    expect(consultation.statusCode, consultation.body).toBe(201);
    expect(consultation.data.status).toBe('awaiting_answer');
    const answered = await officer.client.post(
      `/api/v1/community/consultations/${consultation.data.id}/answer`,
      {
        feedbackCount: 42,
        feedbackSummary: 'Đề nghị giữ đất sân bóng',
        answer: 'Tiếp thu, điều chỉnh quy hoạch',
        answeredOn: '2026-10-25',
      },
      ifMatch(consultation.data.version),
    );
    expect(answered.data).toMatchObject({ status: 'answered', feedbackCount: 42 });
    const rewritten = await officer.client.post(
      `/api/v1/community/consultations/${consultation.data.id}/answer`,
      { feedbackCount: 1, feedbackSummary: 'Khác', answer: 'Khác', answeredOn: '2026-10-26' },
      ifMatch(answered.data.version),
    );
    expect(rewritten.statusCode).toBe(409);

    const held = await officer.client.post('/api/v1/community/conferences', { unitId: villages[0], heldOn: '2026-11-28', attendees: 160 });
    expect(held.statusCode, held.body).toBe(201);
    expect(
      (await officer.client.post('/api/v1/community/conferences', { unitId: villages[0], heldOn: '2026-12-02', attendees: 150 }))
        .statusCode,
    ).toBe(409);
    const year = await officer.client.get(`/api/v1/community/conferences?unitId=${commune.id}&year=2026`);
    expect(year.data).toMatchObject({ held: 1, missing: 2 });

    const finding = await officer.client.post('/api/v1/community/supervision-findings', {
      unitId: commune.id,
      board: 'investment_supervision',
      subject: 'Công trình kênh mương nội đồng',
      finding: 'Bê tông mặt kênh mỏng hơn thiết kế',
      recommendation: 'Đề nghị nhà thầu làm lại đoạn 50 m',
      addressedTo: 'Ban quản lý dự án xã',
      foundOn: '2026-09-10',
    });
    expect(finding.data.status).toBe('open');
    const responded = await officer.client.post(
      `/api/v1/community/supervision-findings/${finding.data.id}/steps`,
      { step: 'respond', on: '2026-09-20', response: 'Nhà thầu đã làm lại' },
      ifMatch(finding.data.version),
    );
    const tooEarly = await officer.client.post(
      `/api/v1/community/supervision-findings/${finding.data.id}/steps`,
      { step: 'close', on: '2026-09-15', note: 'Đã kiểm tra' },
      ifMatch(responded.data.version),
    );
    expect(tooEarly.statusCode).toBe(400);
    const closed = await officer.client.post(
      `/api/v1/community/supervision-findings/${finding.data.id}/steps`,
      { step: 'close', on: '2026-09-25', note: 'Đã kiểm tra thực tế' },
      ifMatch(responded.data.version),
    );
    expect(closed.data.status).toBe('closed');
    const open = await officer.client.get(`/api/v1/community/supervision-findings?unitId=${commune.id}&status=closed&q=kenh muong`);
    expect(open.data.total).toBe(1);
  });
});
