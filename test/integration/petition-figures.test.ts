/**
 * The petition figures of a unit for a period, entered through the API: the seed's "402 đơn thư,
 * đã giải quyết xong 317" comes back as 402 received and 317 processed; a closed year's figures
 * do not move when its carried-over petitions are handled the next year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, fixtureRandom, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

const kinds = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const;
async function receive(index: number, receivedAt: string) {
  const kind = kinds[index % kinds.length]!;
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: index % 3 === 0 ? 'post' : 'reception',
    kind,
    receivedAt,
    contentSummary: `Đơn số ${index} về đất đai, chính sách xã hội`,
    ...(kind === 'reflection' && index % 8 === 3 ? { isAnonymous: true } : { petitioner: { fullName: `Người viết đơn ${index}` } }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number };
}
const fileIt = async (made: { id: string; version: number }) => {
  const response = await officer.client.post(
    `/api/v1/petitions/${made.id}/handling`,
    { outcome: 'file' },
    { 'if-match': `"${made.version}"` },
  );
  expect(response.statusCode, response.body).toBe(200);
};
const figures = async (from: string, to: string) => {
  const response = await officer.client.get(`/api/v1/petitions/figures?unitId=${commune.id}&from=${from}&to=${to}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.data;
};

let lastYear: { id: string; version: number }[];

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  const random = fixtureRandom();
  lastYear = [];
  for (let index = 0; index < 5; index++) lastYear.push(await receive(index, `2025-12-${String(10 + index)}T09:00:00+07:00`));
  const made = [];
  for (let index = 0; index < 402; index++) {
    const month = 1 + random.int(0, 10);
    const day = 1 + random.int(0, 27);
    made.push(await receive(index, `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00+07:00`));
  }
  for (const petition of made.slice(0, 317)) await fileIt(petition);
}, 300_000);
afterAll(async () => t?.close());

describe('petition figures', () => {
  it('returns the seed’s 402 received and 317 processed, with the carried-over and the kinds', async () => {
    const year = await figures('2026-01-01', '2026-12-31');
    expect(year).toMatchObject({ carriedOver: 5, received: 402, total: 407, processed: 317, unprocessed: 90 });
    expect(year.results.filed).toBe(317);
    expect(year.byKind.complaint + year.byKind.denunciation + year.byKind.recommendation_reflection + year.byKind.mixed).toBe(407);
    expect(year.byKind.complaint).toBe(Math.ceil(402 / 4) + 2);
  });

  it('keeps a closed year as it was when its carried-over petitions are handled later', async () => {
    const before = await figures('2025-01-01', '2025-12-31');
    expect(before).toMatchObject({ carriedOver: 0, received: 5, processed: 0, unprocessed: 5 });
    await fileIt(lastYear[0]!);
    expect(await figures('2025-01-01', '2025-12-31')).toEqual(before);
    expect((await figures('2026-01-01', '2026-12-31')).processed).toBe(318);
  });

  it('names a reversed period and refuses a unit out of reach', async () => {
    const reversed = await officer.client.get(`/api/v1/petitions/figures?unitId=${commune.id}&from=2026-05-01&to=2026-01-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.data.errors[0].field).toBe('to');
    const other = (await buildUnitTree(t.admin, { communes: 1 })).commune;
    expect((await officer.client.get(`/api/v1/petitions/figures?unitId=${other.id}&from=2026-01-01&to=2026-12-31`)).statusCode).toBe(403);
  });
});
