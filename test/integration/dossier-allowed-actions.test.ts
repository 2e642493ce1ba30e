import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { act, buildDossier, buildProcedure, buildStaff, buildUnitTree } from '../support/factories.js';

// Who sees which buttons on the dossier page: the status, the steps and the user's roles at the
// receiving unit and at the unit of the step in progress, decided by the server.
let t: TestApp;
let commune: { id: string };
let centre: { id: string };
let counter: Client;
let specialist: Client;
let provinceLeader: Client;
let supervisor: Client;
let neighbourLeader: Client;
const procedure = buildProcedure({
  name: 'Thủ tục ba bước (quyền thao tác)',
  steps: [
    { name: 'Tiếp nhận hồ sơ', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 4 },
    { name: 'Thẩm định', handlerUnitType: 'commune', role: 'specialist', budgetHours: 8 },
    { name: 'Phê duyệt', handlerUnitType: 'province', role: 'leader', budgetHours: 12 },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  const { province, communes } = await buildUnitTree(t.admin, { communes: [{ serviceCentre: true }, {}] });
  commune = communes[0]!;
  centre = communes[0]!.centre!;
  const neighbour = communes[1]!;
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
  specialist = (await buildStaff(t.admin, { unitId: commune.id, roles: ['specialist'] })).client;
  provinceLeader = (await buildStaff(t.admin, { unitId: province.id, roles: ['leader'] })).client;
  supervisor = (await buildStaff(t.admin, { unitId: province.id, roles: ['supervisor'] })).client;
  neighbourLeader = (await buildStaff(t.admin, { unitId: neighbour.id, roles: ['leader'] })).client;
});
afterAll(async () => t?.close());

const allowed = async (client: Client, id: string) => {
  const response = await client.get(`/api/v1/dossiers/${id}`);
  expect(response.statusCode).toBe(200);
  return response.data.allowedActions as string[];
};

describe('allowed actions per user', () => {
  it('offers each officer only what their roles at the units concerned allow, step by step', async () => {
    const { id } = await buildDossier(counter, { unitId: commune.id, procedureCode: procedure.code });
    let detail = (await counter.get(`/api/v1/dossiers/${id}`)).data;
    expect(detail.tasks[0]).toMatchObject({ status: 'active', unitId: centre.id, role: 'counter_officer' });

    // Step 1 at the service centre, a counter officer's step.
    expect(await allowed(counter, id)).toEqual(['hand_over', 'withdraw']);
    expect(await allowed(specialist, id)).toEqual(['request_supplement', 'request_payment']);
    expect(await allowed(provinceLeader, id)).toEqual([
      'request_supplement',
      'request_payment',
      'hand_over',
      'reschedule',
      'approve',
      'stop',
      'withdraw',
    ]);
    expect(await allowed(supervisor, id)).toEqual([]);
    expect((await neighbourLeader.get(`/api/v1/dossiers/${id}`)).statusCode).toBe(403);

    // What is not offered is refused.
    expect((await act(counter, id, detail.version, { action: 'approve' })).statusCode).toBe(403);
    expect((await act(specialist, id, detail.version, { action: 'withdraw' })).statusCode).toBe(403);
    expect((await act(supervisor, id, detail.version, { action: 'hand_over' })).statusCode).toBe(403);

    // Step 2, the specialist's at the commune: the counter officer may no longer hand it on.
    detail = (await act(counter, id, detail.version, { action: 'hand_over' })).data;
    expect(await allowed(counter, id)).toEqual(['withdraw']);
    expect(await allowed(specialist, id)).toEqual(['request_supplement', 'request_payment', 'hand_over', 'return_to_step']);
    expect((await act(counter, id, detail.version, { action: 'hand_over' })).statusCode).toBe(403);

    // One supplement request only: once used, it is no longer offered.
    detail = (
      await act(specialist, id, detail.version, {
        action: 'request_supplement',
        reason: 'Thiếu giấy chứng sinh',
        missingDocuments: ['Giấy chứng sinh'],
      })
    ).data;
    expect(await allowed(specialist, id)).toEqual([]);
    expect(await allowed(counter, id)).toEqual(['receive_supplement', 'withdraw']);
    detail = (await act(counter, id, detail.version, { action: 'receive_supplement' })).data;
    expect(await allowed(specialist, id)).toEqual(['request_payment', 'hand_over', 'return_to_step']);

    // Step 3 at the province: the leader's; the last step is not handed on but approved.
    detail = (await act(specialist, id, detail.version, { action: 'hand_over' })).data;
    expect(await allowed(specialist, id)).toEqual(['request_payment', 'return_to_step']);
    expect(await allowed(provinceLeader, id)).toEqual(['request_payment', 'return_to_step', 'reschedule', 'approve', 'stop', 'withdraw']);

    // Result ready: only the one-stop department of the receiving unit (or a leader above it) returns it.
    detail = (await act(provinceLeader, id, detail.version, { action: 'approve' })).data;
    expect(detail.status).toBe('result_ready');
    expect(await allowed(counter, id)).toEqual(['return']);
    expect(await allowed(specialist, id)).toEqual([]);
    expect(await allowed(provinceLeader, id)).toEqual(['return']);
    detail = (await act(counter, id, detail.version, { action: 'return', delivery: 'counter' })).data;
    expect(detail.status).toBe('returned');
    expect(await allowed(counter, id)).toEqual([]);
    expect(await allowed(provinceLeader, id)).toEqual([]);
  });

  it('answers with the allowed actions of the officer who acted, in the action response too', async () => {
    const { id } = await buildDossier(counter, { unitId: commune.id, procedureCode: procedure.code });
    const handed = await act(counter, id, 1, { action: 'hand_over' });
    expect(handed.statusCode).toBe(200);
    expect(handed.data.allowedActions).toEqual(['withdraw']);
  });

  it('decides for an API token by its one role at its unit', async () => {
    const { id } = await buildDossier(counter, { unitId: commune.id, procedureCode: procedure.code });
    const tokenFor = async (role: string, unitId: string | null) => {
      const created = await t.admin.post('/api/v1/api-tokens', { name: `Tích hợp ${role}`, role, unitId });
      expect(created.statusCode).toBe(201);
      return new Client(t.app, { bearer: created.data.token as string });
    };
    expect(await allowed(await tokenFor('counter_officer', commune.id), id)).toEqual(['hand_over', 'withdraw']);
    expect(await allowed(await tokenFor('leader', null), id)).toEqual([
      'request_supplement',
      'request_payment',
      'hand_over',
      'reschedule',
      'approve',
      'stop',
      'withdraw',
    ]);
    // A token held at the service centre reaches the step in progress there: reach follows the dossier's steps.
    expect((await (await tokenFor('counter_officer', centre.id)).get(`/api/v1/dossiers/${id}`)).statusCode).toBe(200);
    expect(await allowed(await tokenFor('supervisor', commune.id), id)).toEqual([]);
  });
});
