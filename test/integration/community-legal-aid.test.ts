/**
 * Legal aid through the HTTP app, its clocks computed by hand on the 2026 calendar (Tết off Mon 16 –
 * Fri 20 February): accepted Fri 13/2 without proof → proof due on the 5th working day, Fri 27/2
 * (10th in an especially difficult area, Fri 6/3); a lawyer assigned by the 3rd, Wed 25/2; a
 * detained person's within 12 hours, whatever the day. Seed 000's 19 cases counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });
const vn = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const request = (extra: Record<string, unknown> = {}) =>
  officer.client.post('/api/v1/community/legal-aid', {
    unitId: commune.id,
    acceptedAt: '2026-02-13T10:00:00+07:00',
    requester: { fullName: 'Sầm Thị Lan', address: 'Thôn Nà Sáng' },
    group: 'poor_household',
    form: 'advice',
    field: 'Đất đai',
    summary: 'Tư vấn về thừa kế quyền sử dụng đất',
    source: 'mediation',
    ...extra,
  });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a legal-aid case', () => {
  it('owes its proof and its assignment by working days over Tết, and a detained person’s lawyer within 12 hours', async () => {
    const plain = await request();
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.data.code).toMatch(/^TT\.TV\.01\.2026$/);
    expect(vn(plain.data.proofDueAt)).toBe('2026-02-27 17:00');
    expect(vn(plain.data.assignDueAt)).toBe('2026-02-25 17:00');
    const remote = await request({ isDifficultArea: true, form: 'proceedings' });
    expect(remote.data.code).toBe('TT.TT.02.2026');
    expect(vn(remote.data.proofDueAt)).toBe('2026-03-06 17:00');
    const detained = await request({
      isDetained: true,
      acceptedAt: '2026-02-13T22:00:00+07:00',
      proofDocuments: ['Giấy chứng nhận hộ nghèo'],
    });
    expect(detained.data.proofDueAt).toBeNull();
    expect(vn(detained.data.assignDueAt)).toBe('2026-02-14 10:00');
  });

  it('is assigned, completed with its quality, or stopped when the proof does not come', async () => {
    let c = (await request({ acceptedAt: '2026-03-02T09:00:00+07:00' })).data;
    c = (
      await officer.client.post(
        `/api/v1/community/legal-aid/${c.id}/steps`,
        { step: 'assigned', at: '2026-03-03T09:00:00+07:00', assignee: 'Luật sư Nông Văn Hải', role: 'lawyer' },
        ifMatch(c.version),
      )
    ).data;
    expect(c).toMatchObject({ status: 'in_progress', assignee: 'Luật sư Nông Văn Hải' });
    c = (
      await officer.client.post(
        `/api/v1/community/legal-aid/${c.id}/steps`,
        { step: 'completed', at: '2026-03-20T09:00:00+07:00', qualityScore: 88 },
        ifMatch(c.version),
      )
    ).data;
    expect(c).toMatchObject({ status: 'completed', quality: 'fair' });
    const other = (await request({ acceptedAt: '2026-03-02T09:00:00+07:00' })).data;
    const stopped = await officer.client.post(
      `/api/v1/community/legal-aid/${other.id}/steps`,
      { step: 'stopped', at: '2026-03-10T09:00:00+07:00', reason: 'proof_missing', noticeRef: '05/TB-TGPL' },
      ifMatch(other.version),
    );
    expect(stopped.data.status).toBe('stopped');
    const again = await officer.client.post(
      `/api/v1/community/legal-aid/${other.id}/steps`,
      { step: 'assigned', at: '2026-03-11T09:00:00+07:00', assignee: 'X', role: 'lawyer' },
      ifMatch(stopped.data.version),
    );
    expect(again.statusCode).toBe(409);
  });
});

describe('seed 000', () => {
  it('counts the 19 legal-aid cases opened in the year', async () => {
    const unit = (await buildUnitTree(t.admin, { communes: 1 })).commune;
    const staff = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: unit.id });
    for (let n = 0; n < 19; n += 1) {
      const made = await staff.client.post('/api/v1/community/legal-aid', {
        unitId: unit.id,
        acceptedAt: `2025-${String((n % 12) + 1).padStart(2, '0')}-05T09:00:00+07:00`,
        requester: { fullName: `Người được trợ giúp ${n + 1}` },
        group: n % 2 ? 'ethnic_minority_difficult_area' : 'poor_household',
        form: n % 3 ? 'advice' : 'proceedings',
        field: 'Dân sự',
        summary: 'Trợ giúp pháp lý',
        proofDocuments: ['Giấy xác nhận'],
      });
      expect(made.statusCode, made.body).toBe(201);
    }
    const figures = await staff.client.get(`/api/v1/community/legal-aid/figures?unitId=${unit.id}&from=2025-01-01&to=2025-12-31`);
    expect(figures.data).toMatchObject({ opened: 19, byForm: { advice: 12, proceedings: 7 } });
  });
});

describe('a request answered at once', () => {
  it('is accepted at once, papers to follow, only when the hearing is under 5 working days away (over Tết: before Fri 27/2)', async () => {
    const near = await request({ immediate: { ground: 'deadline_near', deadlineOn: '2026-02-26' } });
    expect(near.statusCode, near.body).toBe(201);
    expect(near.data).toMatchObject({ immediateGround: 'deadline_near', deadlineOn: '2026-02-26' });
    const notNear = await officer.client.post(
      '/api/v1/community/legal-aid',
      {
        unitId: commune.id,
        acceptedAt: '2026-02-13T10:00:00+07:00',
        requester: { fullName: 'Lý Văn Sình' },
        group: 'child',
        form: 'proceedings',
        field: 'Hình sự',
        summary: 'Bào chữa cho người dưới 18 tuổi',
        immediate: { ground: 'deadline_near', deadlineOn: '2026-02-27' },
      },
      { 'accept-language': 'en' },
    );
    expect(notNear.statusCode).toBe(409);
    expect(notNear.data.detail).toContain('2026-02-27 must be before 2026-02-27');
  });

  it('records a refusal with its reason apart from the cases, and counts it', async () => {
    const other = (await buildUnitTree(t.admin, { communes: 1 })).commune;
    const manager = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: other.id });
    const refused = await manager.client.post('/api/v1/community/legal-aid/refusals', {
      unitId: other.id,
      answeredAt: '2026-03-02T09:00:00+07:00',
      requester: { fullName: 'Hứa Văn Phúc' },
      summary: 'Tranh chấp hợp đồng mua bán hàng hóa giữa hai hộ kinh doanh',
      reason: 'business_trade',
      explanation: 'Lĩnh vực kinh doanh, thương mại không thuộc phạm vi trợ giúp pháp lý; hướng dẫn đến văn phòng luật sư.',
    });
    expect(refused.statusCode, refused.body).toBe(201);
    expect(refused.data.basis).toContain('Điều 30');
    const accepted = await manager.client.post('/api/v1/community/legal-aid', {
      unitId: other.id,
      acceptedAt: '2026-03-02T10:00:00+07:00',
      requester: { fullName: 'Hà Thị Nga' },
      group: 'poor_household',
      form: 'advice',
      field: 'Đất đai',
      summary: 'Tư vấn',
      source: 'reception',
    });
    expect(accepted.statusCode).toBe(201);
    const figures = await manager.client.get(`/api/v1/community/legal-aid/figures?unitId=${other.id}&from=2026-03-01&to=2026-03-31`);
    expect(figures.data).toMatchObject({ opened: 1, referred: 1, refused: 1 });
    const listed = await manager.client.get(`/api/v1/community/legal-aid/refusals?unitId=${other.id}`);
    expect(listed.data.items.map((item: { reason: string }) => item.reason)).toEqual(['business_trade']);
    expect((await officer.client.get(`/api/v1/community/legal-aid/refusals?unitId=${other.id}`)).statusCode).toBe(200);
    expect((await officer.client.get('/api/v1/community/legal-aid/refusals')).data.total).toBe(0);
  });
});
