/**
 * Duplicate candidates across the 2025 mergers, on the real units of Tuyên Quang with their
 * history: the same person's complaint received at an old commune before 1 July 2025 is proposed
 * for their complaint at its successor; a denouncer's identity matches only for a cleared officer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReferenceUnits } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, type Staff } from '../support/factories.js';

let t: TestApp;
let everywhere: Staff;
let provincial: Staff;
let leader: Staff;
let oldCommune: { id: string; name: string };
let newCommune: { id: string; name: string };

const person = { fullName: 'Ma Thị Dung', idNumber: '002190012345', address: 'Thôn Nà Sáng' };
type Candidate = { petitionId: string; matchedOn: string[]; unitName: string; similarity: number };

async function receive(client: Staff, body: Record<string, unknown>) {
  const response = await client.client.post('/api/v1/petitions', { channel: 'reception', kind: 'complaint', petitioner: person, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string };
}
const candidatesOf = async (client: Staff, id: string) => {
  const response = await client.client.get(`/api/v1/petitions/${id}/duplicate-candidates`);
  expect(response.statusCode, response.body).toBe(200);
  return response.data.items as Candidate[];
};

beforeAll(async () => {
  t = await createTestApp();
  await importReferenceUnits(t.database.db, systemContext('test'), { province: '08', withHistory: true });
  const [link] = await t.database.query<{ old_id: string; old_name: string; new_id: string; new_name: string }>(
    `select o.id as old_id, o.name as old_name, n.id as new_id, n.name as new_name
       from unit_successions s join units o on o.id = s.from_unit_id join units n on n.id = s.to_unit_id
      where o.type = 'commune' and n.type = 'commune' and o.valid_to = '2025-06-30' order by n.code, o.code limit 1`,
  );
  oldCommune = { id: link!.old_id, name: link!.old_name };
  newCommune = { id: link!.new_id, name: link!.new_name };
  const [province] = await t.database.query<{ id: string }>("select id from units where code = '08' and valid_from = '2025-07-01'");
  everywhere = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: null });
  provincial = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: province!.id });
  leader = await buildStaff(t.admin, { roles: ['leader'], unitId: province!.id });
});
afterAll(async () => t?.close());

describe('duplicate candidates', () => {
  it("proposes the same person's complaint received at the old commune for their complaint at its successor", async () => {
    const before = await receive(everywhere, {
      unitId: oldCommune.id,
      receivedAt: '2025-05-12T09:00:00+07:00',
      contentSummary: 'Khiếu nại việc thu hồi 300 m2 đất vườn để mở đường liên thôn',
    });
    const unrelated = await receive(everywhere, {
      unitId: newCommune.id,
      receivedAt: '2025-11-03T09:00:00+07:00',
      contentSummary: 'Kiến nghị sửa chữa cầu treo qua suối',
      kind: 'recommendation',
      petitioner: { fullName: 'Hoàng Văn Nam', address: 'Thôn Khuổi Hỏi' },
    });
    const after = await receive(provincial, {
      unitId: newCommune.id,
      receivedAt: '2026-02-10T09:00:00+07:00',
      contentSummary: 'Đề nghị xem xét lại quyết định thu hồi đất vườn của gia đình',
    });
    const found = await candidatesOf(provincial, after.id);
    const match = found.find((c) => c.petitionId === before.id);
    expect(match, JSON.stringify(found)).toBeDefined();
    expect(match!.matchedOn).toEqual(expect.arrayContaining(['id_number', 'name_and_place']));
    expect(match!.unitName).toBe(oldCommune.name);
    expect(found.map((c) => c.petitionId)).not.toContain(unrelated.id);
    // Outside the window it is not proposed.
    const narrow = await provincial.client.get(`/api/v1/petitions/${after.id}/duplicate-candidates?windowDays=30`);
    expect(narrow.data.items.map((c: Candidate) => c.petitionId)).not.toContain(before.id);
  });

  it('matches a denouncer by identity only for an officer cleared over the unit', async () => {
    const denouncer = { fullName: 'Vàng Seo Páo', idNumber: '002088004321', phone: '0912777888' };
    const first = await receive(everywhere, {
      unitId: newCommune.id,
      kind: 'denunciation',
      petitioner: denouncer,
      contentSummary: 'Tố cáo trưởng thôn thu tiền hỗ trợ giống cây trồng',
    });
    const second = await receive(provincial, {
      unitId: newCommune.id,
      kind: 'denunciation',
      petitioner: denouncer,
      contentSummary: 'Tố cáo việc chia tiền làm đường không công khai',
    });
    const uncleared = await candidatesOf(provincial, second.id);
    expect(uncleared.map((c) => c.petitionId)).not.toContain(first.id);

    await leader.client.post('/api/v1/identity-clearances', { staffId: provincial.id, unitId: newCommune.id });
    const cleared = await candidatesOf(provincial, second.id);
    expect(cleared.find((c) => c.petitionId === first.id)?.matchedOn).toContain('id_number');
  });
});
