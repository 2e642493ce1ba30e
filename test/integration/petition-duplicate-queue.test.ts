/**
 * The review queue of possible repeats: open petitions in the officer's reach with candidates
 * nobody has reviewed; a pair found not to be the same matter leaves it (both ways round), and so
 * does a repeat once linked. Nothing is merged by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

const receive = async (summary: string, idNumber: string, fullName = 'Chu Văn Lặp') => {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'post',
    kind: 'complaint',
    contentSummary: summary,
    petitioner: { fullName, idNumber },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number };
};
const queue = async () => {
  const response = await officer.client.get(`/api/v1/petitions/duplicate-queue?unitId=${commune.id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.data.items as { petition: { id: string }; candidates: { petitionId: string; matchedOn: string[] }[] }[];
};
const pairs = async () =>
  (await queue()).flatMap((item) => item.candidates.map((candidate) => `${item.petition.id}>${candidate.petitionId}`)).sort();

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('the duplicate review queue', () => {
  it('lists the unreviewed candidates and drops a pair once reviewed or linked', async () => {
    const a = await receive('Khiếu nại việc cấp sổ đỏ cho nhà bên cạnh lấn ranh giới', '001090012345');
    const b = await receive('Đề nghị xem lại mốc giới thửa đất', '001090012345');
    const c = await receive('Khiếu nại việc cấp sổ đỏ cho nhà bên cạnh lấn ranh giới đất', '002090054321', 'Nịnh Thị Khác');
    expect(await pairs()).toEqual([`${a.id}>${b.id}`, `${a.id}>${c.id}`, `${b.id}>${a.id}`, `${c.id}>${a.id}`].sort());
    const item = (await queue()).find((entry) => entry.petition.id === b.id)!;
    expect(item.candidates[0]!.matchedOn).toContain('id_number');

    const reviewed = await officer.client.post(`/api/v1/petitions/${b.id}/duplicate-reviews`, {
      candidateId: a.id,
      decision: 'not_duplicate',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(201);
    expect(await pairs()).toEqual([`${a.id}>${c.id}`, `${c.id}>${a.id}`].sort());

    const linked = await officer.client.post(
      `/api/v1/petitions/${c.id}/duplicate-of`,
      { originalId: a.id },
      { 'if-match': `"${c.version}"` },
    );
    expect(linked.statusCode, linked.body).toBe(200);
    expect(await pairs()).toEqual([]);
  });

  it('refuses a review of a petition with itself or with one that does not exist', async () => {
    const a = await receive('Phản ánh tiếng ồn xưởng gỗ ban đêm', '004090011111');
    const self = await officer.client.post(`/api/v1/petitions/${a.id}/duplicate-reviews`, { candidateId: a.id, decision: 'not_duplicate' });
    expect(self.statusCode).toBe(409);
    const ghost = await officer.client.post(`/api/v1/petitions/${a.id}/duplicate-reviews`, {
      candidateId: '00000000-0000-4000-8000-000000000000',
      decision: 'not_duplicate',
    });
    expect(ghost.statusCode).toBe(404);
    const other = await officer.client.post(`/api/v1/petitions/${a.id}/duplicate-reviews`, { candidateId: a.id, decision: 'same' });
    expect(other.statusCode).toBe(400);
  });
});
