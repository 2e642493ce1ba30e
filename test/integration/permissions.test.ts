import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/auth/access.js';
import { Client, createTestApp, uniqueCode, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree } from '../support/factories.js';

/**
 * Who may do what on which unit's data, for the org routes. Units: province P with
 * communes A and B; each actor holds one role at one place.
 */
let t: TestApp;
let actors: Record<string, Client>;
let units: { p: string; a: string; b: string };
let staffInA: string;

beforeAll(async () => {
  t = await createTestApp();
  const { province: p, communes } = await buildUnitTree(t.admin, { communes: 2 });
  const [a, b] = [communes[0]!, communes[1]!];
  units = { p: p.id, a: a.id, b: b.id };
  const make = async (role: Role | null, unitId: string | null) =>
    (await buildStaff(t.admin, { unitId, roles: role ? [role] : [] })).client;
  actors = {
    anonymous: new Client(t.app),
    noRole: await make(null, a.id),
    adminGlobal: t.admin,
    adminProvince: await make('administrator', p.id),
    adminA: await make('administrator', a.id),
    leaderA: await make('leader', a.id),
    counterA: await make('counter_officer', a.id),
    supervisorGlobal: await make('supervisor', null),
  };
  staffInA = (await buildStaff(t.admin, { unitId: a.id, roles: [] })).id;
});
afterAll(async () => t?.close());

type Action = { name: string; run: (client: Client) => Promise<number> };
const actions: Action[] = [
  { name: 'list units', run: async (c) => (await c.get('/api/v1/units')).statusCode },
  {
    name: 'create commune under P',
    run: async (c) =>
      (await c.post('/api/v1/units', { code: uniqueCode(), name: 'Xã mới', type: 'commune', parentId: units.p })).statusCode,
  },
  {
    name: 'create village under A',
    run: async (c) =>
      (await c.post('/api/v1/units', { code: uniqueCode(), name: 'Thôn mới', type: 'village', parentId: units.a })).statusCode,
  },
  {
    name: 'create village under B',
    run: async (c) =>
      (await c.post('/api/v1/units', { code: uniqueCode(), name: 'Thôn mới', type: 'village', parentId: units.b })).statusCode,
  },
  {
    name: 'create a province',
    run: async (c) => (await c.post('/api/v1/units', { code: uniqueCode(), name: 'Tỉnh mới', type: 'province' })).statusCode,
  },
  { name: 'read staff of A', run: async (c) => (await c.get(`/api/v1/staff/${staffInA}`)).statusCode },
  {
    name: 'create staff in B',
    run: async (c) =>
      (
        await c.post('/api/v1/staff', {
          username: `x${uniqueCode().toLowerCase()}`,
          fullName: 'Người mới',
          password: 'Staff-password-1',
          unitId: units.b,
        })
      ).statusCode,
  },
  { name: 'read audit log', run: async (c) => (await c.get('/api/v1/audit')).statusCode },
  {
    name: 'import units',
    run: async (c) => (await c.post('/api/v1/units/import', { format: 'json', content: '[]', dryRun: true })).statusCode,
  },
];

// 2xx for allowed; 401 for nobody signed in; 403 for a signed-in person without the right.
// (An allowed empty import answers 400: the file has no rows.)
const expected: Record<string, Record<string, number>> = {
  anonymous: {
    'list units': 401,
    'create commune under P': 401,
    'create village under A': 401,
    'create village under B': 401,
    'create a province': 401,
    'read staff of A': 401,
    'create staff in B': 401,
    'read audit log': 401,
    'import units': 401,
  },
  noRole: {
    'list units': 403,
    'create commune under P': 403,
    'create village under A': 403,
    'create village under B': 403,
    'create a province': 403,
    'read staff of A': 403,
    'create staff in B': 403,
    'read audit log': 403,
    'import units': 403,
  },
  adminGlobal: {
    'list units': 200,
    'create commune under P': 201,
    'create village under A': 201,
    'create village under B': 201,
    'create a province': 201,
    'read staff of A': 200,
    'create staff in B': 201,
    'read audit log': 200,
    'import units': 400,
  },
  adminProvince: {
    'list units': 200,
    'create commune under P': 201,
    'create village under A': 201,
    'create village under B': 201,
    'create a province': 403,
    'read staff of A': 200,
    'create staff in B': 201,
    'read audit log': 403,
    'import units': 403,
  },
  adminA: {
    'list units': 200,
    'create commune under P': 403,
    'create village under A': 201,
    'create village under B': 403,
    'create a province': 403,
    'read staff of A': 200,
    'create staff in B': 403,
    'read audit log': 403,
    'import units': 403,
  },
  leaderA: {
    'list units': 200,
    'create commune under P': 403,
    'create village under A': 403,
    'create village under B': 403,
    'create a province': 403,
    'read staff of A': 200,
    'create staff in B': 403,
    'read audit log': 403,
    'import units': 403,
  },
  counterA: {
    'list units': 200,
    'create commune under P': 403,
    'create village under A': 403,
    'create village under B': 403,
    'create a province': 403,
    'read staff of A': 403,
    'create staff in B': 403,
    'read audit log': 403,
    'import units': 403,
  },
  supervisorGlobal: {
    'list units': 200,
    'create commune under P': 403,
    'create village under A': 403,
    'create village under B': 403,
    'create a province': 403,
    'read staff of A': 200,
    'create staff in B': 403,
    'read audit log': 200,
    'import units': 403,
  },
};

describe('org permission matrix', () => {
  for (const [actor, row] of Object.entries(expected)) {
    it(`${actor}`, async () => {
      const actual: Record<string, number> = {};
      for (const action of actions) actual[action.name] = await action.run(actors[actor]!);
      expect(actual).toEqual(row);
    });
  }

  it('lists only the staff within reach', async () => {
    const leaderView = await actors.leaderA!.get('/api/v1/staff?pageSize=200');
    expect(leaderView.statusCode).toBe(200);
    const unitIds = new Set(leaderView.data.items.map((s: { unitId: string }) => s.unitId));
    expect([...unitIds]).toEqual([units.a]);
    const counterView = await actors.counterA!.get('/api/v1/staff');
    expect(counterView.data.total).toBe(0);
  });
});
