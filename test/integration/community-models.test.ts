/**
 * "Dân vận khéo" models through the HTTP app: registered, launched, recognised by a level (the
 * district level only by decisions before 1/7/2025), replicated and counted; a contest's entries
 * within its period; seed 004's figures: 5 city-level, 137 district-level and 259 grassroots models,
 * 384 contest entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });
type Made = { id: string; version: number; [key: string]: any };

async function model(name: string, extra: Record<string, unknown> = {}): Promise<Made> {
  const made = await officer.client.post('/api/v1/community/models', {
    unitId: commune.id,
    name,
    ownerOrganisation: 'Hội Liên hiệp Phụ nữ xã',
    field: 'Xây dựng nông thôn mới',
    registeredOn: '2025-02-01',
    ...extra,
  });
  expect(made.statusCode, made.body).toBe(201);
  return made.data;
}
const step = async (made: Made, body: Record<string, unknown>) => {
  const response = await officer.client.post(`/api/v1/community/models/${made.id}/steps`, body, ifMatch(made.version));
  return response;
};

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a model', () => {
  it('is recognised level by level, never by the district after 1/7/2025, and its replications are counted', async () => {
    let m = await model('Mô hình "Con đường hoa"');
    m = (await step(m, { step: 'launch', on: '2025-02-15' })).data;
    m = (await step(m, { step: 'recognise', on: '2025-05-10', level: 'grassroots', decisionRef: '12/QĐ-UBND' })).data;
    const late = await step(m, { step: 'recognise', on: '2025-08-10', level: 'district', decisionRef: '99/QĐ-UBND' });
    expect(late.statusCode).toBe(409);
    expect(late.data.code).toBe('LEVEL_ABOLISHED');
    m = (await step(m, { step: 'recognise', on: '2025-06-20', level: 'district', decisionRef: '45/QĐ-UBND' })).data;
    expect(m).toMatchObject({ status: 'recognised', level: 'district' });
    await model('Con đường hoa thôn Nà Sáng', { replicatesId: m.id, registeredOn: '2025-09-01' });
    const original = (await officer.client.get(`/api/v1/community/models/${m.id}`)).data;
    expect(original).toMatchObject({ replications: 1, version: m.version + 1 });
    const found = await officer.client.get(`/api/v1/community/models?unitId=${commune.id}&q=con duong hoa&level=district`);
    expect(found.data.items.map((item: Made) => item.id)).toEqual([m.id]);
  });

  it('takes a contest’s entries only within its period', async () => {
    const contest = await officer.client.post('/api/v1/community/contests', {
      unitId: commune.id,
      title: 'Cuộc thi tìm hiểu Dân vận khéo',
      organiser: 'Ban Dân vận Đảng ủy xã',
      opensOn: '2025-03-01',
      closesOn: '2025-04-30',
    });
    expect(contest.statusCode, contest.body).toBe(201);
    const late = await officer.client.post(
      `/api/v1/community/contests/${contest.data.id}/entries`,
      { title: 'Bài dự thi', author: 'Đoàn Thanh niên', submittedOn: '2025-05-02' },
      { 'accept-language': 'en' },
    );
    expect(late.statusCode).toBe(400);
    expect(late.data.errors[0].field).toBe('submittedOn');
  });
});

describe('seed 004', () => {
  it('counts 5 city-level, 137 district-level and 259 grassroots models, and 384 contest entries', async () => {
    const unit = (await buildUnitTree(t.admin, { communes: 1 })).commune;
    const staff = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: unit.id });
    const levels = [...Array(5).fill('province'), ...Array(137).fill('district'), ...Array(259).fill('grassroots')] as string[];
    for (const [index, level] of levels.entries()) {
      const made = await staff.client.post('/api/v1/community/models', {
        unitId: unit.id,
        name: `Mô hình ${index + 1}`,
        ownerOrganisation: 'Mặt trận Tổ quốc',
        field: 'An sinh xã hội',
        registeredOn: '2025-01-10',
      });
      const launched = await staff.client.post(
        `/api/v1/community/models/${made.data.id}/steps`,
        { step: 'launch', on: '2025-01-20' },
        ifMatch(1),
      );
      let version = launched.data.version as number;
      // A model recognised by the district and then the city counts once, at the city level.
      for (const at of level === 'province' ? ['district', 'province'] : [level]) {
        const recognised = await staff.client.post(
          `/api/v1/community/models/${made.data.id}/steps`,
          { step: 'recognise', on: at === 'district' ? '2025-05-20' : '2025-11-20', level: at, decisionRef: `${index}/QĐ` },
          ifMatch(version),
        );
        expect(recognised.statusCode, recognised.body).toBe(200);
        version = recognised.data.version;
      }
    }
    const contest = await staff.client.post('/api/v1/community/contests', {
      unitId: unit.id,
      title: 'Cuộc thi viết về gương Dân vận khéo',
      organiser: 'Ban Dân vận',
      opensOn: '2025-06-01',
      closesOn: '2025-09-30',
    });
    for (let n = 0; n < 384; n += 1) {
      const entry = await staff.client.post(`/api/v1/community/contests/${contest.data.id}/entries`, {
        title: `Bài dự thi ${n + 1}`,
        author: `Tác giả ${n + 1}`,
        submittedOn: '2025-07-15',
      });
      expect(entry.statusCode).toBe(201);
    }
    const figures = await staff.client.get(`/api/v1/community/models/figures?unitId=${unit.id}&from=2025-01-01&to=2025-12-31`);
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.data).toMatchObject({
      registered: 401,
      byLevel: { province: 5, district: 137, grassroots: 259 },
      contests: 1,
      entries: 384,
    });
  }, 180_000); // hundreds of requests through the API, on a machine running the whole suite
});
