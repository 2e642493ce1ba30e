/**
 * A matter across instances and bodies: a first complaint at a commune (with a repeat), decided;
 * the second complaint at the province about that decision, linked to the first instance and
 * appealed to the court; a denunciation of the handler citing the decision number — found as a
 * duplicate candidate by the decision number and shown in the matter from every petition of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type Staff } from '../support/factories.js';

let t: TestApp;
let provinceId: string;
let communeId: string;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
type Made = { id: string; version: number };

async function ok(response: { statusCode: number; body: string; data: any }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.data;
}
async function receive(unitId: string, kind: string, extra: Record<string, unknown> = {}): Promise<Made> {
  return ok(
    await officer.client.post('/api/v1/petitions', {
      unitId,
      channel: 'post',
      kind,
      contentSummary: `Đơn ${kind} về việc bồi thường khi thu hồi đất làm chợ`,
      petitioner: { fullName: 'Tạ Văn Vụ' },
      ...extra,
    }),
    201,
  );
}
async function settle(made: Made, kind: string, settlementStatus: string, opening: Record<string, unknown> = {}) {
  const classified = await ok(
    await officer.client.post(
      `/api/v1/petitions/${made.id}/classification`,
      { kind, field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus },
      ifMatch(made.version),
    ),
  );
  await ok(await officer.client.post(`/api/v1/petitions/${made.id}/handling`, { outcome: 'accept' }, ifMatch(classified.version)));
  return ok(await officer.client.post(`/api/v1/petitions/${made.id}/settlement`, { decisionRef: '10/TB-TL', ...opening }), 201);
}
async function steps(settlement: Made, ...list: Record<string, unknown>[]) {
  let current = settlement;
  for (const step of list)
    current = await ok(await officer.client.post(`/api/v1/settlements/${current.id}/steps`, step, ifMatch(current.version)));
  return current;
}

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 1 });
  provinceId = tree.province.id;
  communeId = tree.commune.id;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: provinceId });
});
afterAll(async () => t?.close());

describe('a matter', () => {
  it('runs from the first complaint through the second and the court to a denunciation of the handler', async () => {
    const first = await receive(communeId, 'complaint', { respondent: 'Chủ tịch UBND xã', decisionRef: 'Số 88/QĐ-UBND' });
    const repeat = await receive(communeId, 'complaint');
    await ok(await officer.client.post(`/api/v1/petitions/${repeat.id}/duplicate-of`, { originalId: first.id }, ifMatch(repeat.version)));
    const firstInstance = await steps(
      await settle(first, 'complaint', 'none'),
      { step: 'notify', recipients: ['petitioner'] },
      { step: 'decide', decisionRef: '120/QĐ-UBND', result: 'wrong', summary: 'Giữ nguyên quyết định thu hồi' },
    );

    const second = await receive(provinceId, 'complaint', { decisionRef: '120/QĐ-UBND' });
    await steps(
      await settle(second, 'complaint', 'once', { previousSettlementId: firstInstance.id }),
      { step: 'notify', recipients: ['petitioner'] },
      { step: 'dialogue', minutesRef: 'BB-02', attendance: 'held' },
      { step: 'decide', decisionRef: '45/QĐ-UBND', result: 'wrong', summary: 'Công nhận quyết định lần đầu' },
      { step: 'appeal', to: 'court' },
    );

    const denunciation = await receive(provinceId, 'denunciation', { respondent: 'Chủ tịch UBND xã', decisionRef: '120/qđ ubnd' });
    const candidates = await ok(await officer.client.get(`/api/v1/petitions/${denunciation.id}/duplicate-candidates`));
    const byDecision = candidates.items.filter((c: { matchedOn: string[] }) => c.matchedOn.includes('decision_number'));
    expect(byDecision.map((c: { petitionId: string }) => c.petitionId)).toEqual([second.id]);

    for (const from of [first, repeat, second, denunciation]) {
      const matter = await ok(await officer.client.get(`/api/v1/petitions/${from.id}/matter`));
      const roles = Object.fromEntries(matter.steps.map((step: { petitionId: string; role: string }) => [step.petitionId, step.role]));
      expect(Object.keys(roles).sort()).toEqual([first.id, repeat.id, second.id, denunciation.id].sort());
      expect(roles[repeat.id]).toBe('repeat');
    }
    const fromFirst = await ok(await officer.client.get(`/api/v1/petitions/${first.id}/matter`));
    const secondStep = fromFirst.steps.find((step: { petitionId: string }) => step.petitionId === second.id);
    expect(secondStep).toMatchObject({
      role: 'next_instance',
      settlement: { kind: 'complaint_second', result: 'wrong', appealedTo: ['court'] },
    });
    expect(fromFirst.steps.find((step: { petitionId: string }) => step.petitionId === denunciation.id).role).toBe('same_decision');
    const fromSecond = await ok(await officer.client.get(`/api/v1/petitions/${second.id}/matter`));
    expect(fromSecond.steps.find((step: { petitionId: string }) => step.petitionId === first.id).role).toBe('earlier_instance');
  });

  it('shows a commune officer only what the commune reaches', async () => {
    const communeOfficer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: communeId });
    const list = await ok(await communeOfficer.client.get('/api/v1/petitions?pageSize=100'));
    const atCommune = list.items.find((p: { kind: string }) => p.kind === 'complaint');
    const matter = await ok(await communeOfficer.client.get(`/api/v1/petitions/${atCommune.id}/matter`));
    expect(matter.steps.every((step: { unitId: string }) => step.unitId === communeId)).toBe(true);
  });
});
