import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, Client, createTestApp, signIn, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree } from '../support/factories.js';

/**
 * Acting on an account needs reach over every unit where the account holds a role and over its
 * home unit: an administrator of commune A cannot take over an account whose record sits at A
 * but which reaches further (a deployment-wide administrator, a leader of commune B).
 */
let t: TestApp;
let units: { p: string; a: string; b: string };
let adminA: Client;
let tokenAdminA: Client;
let adminP: Client;

beforeAll(async () => {
  t = await createTestApp();
  const { province: p, communes } = await buildUnitTree(t.admin, { communes: 2 });
  units = { p: p.id, a: communes[0]!.id, b: communes[1]!.id };
  adminA = (await buildStaff(t.admin, { unitId: units.a, roles: ['administrator'] })).client;
  adminP = (await buildStaff(t.admin, { unitId: units.p, roles: ['administrator'] })).client;
  const token = await t.admin.post('/api/v1/api-tokens', { name: 'Quản trị xã A', role: 'administrator', unitId: units.a });
  tokenAdminA = new Client(t.app, { bearer: token.data.token });
});
afterAll(async () => t?.close());

/** An account whose record sits at A, holding the given roles. */
const accountAt = (roles: { role: string; unitId: string | null }[]) => buildStaff(t.admin, { unitId: units.a, roles });
const version = async (id: string) => (await t.admin.get(`/api/v1/staff/${id}`)).data.version as number;

describe('acting on an account', () => {
  for (const [label, roles] of [
    ['a deployment-wide administrator whose record sits at A', () => [{ role: 'administrator', unitId: null }]],
    ['a leader of commune B whose record sits at A', () => [{ role: 'leader', unitId: units.b }]],
    ['a counter officer of the province whose record sits at A', () => [{ role: 'counter_officer', unitId: units.p }]],
  ] as const) {
    it(`is refused to an administrator of A, by session or token, for ${label}`, async () => {
      const target = await accountAt(roles());
      const before = await auditCount(t.database);
      for (const actor of [adminA, tokenAdminA]) {
        expect((await actor.post(`/api/v1/staff/${target.id}/password`, { newPassword: 'Taken-over-pass-1' })).statusCode).toBe(403);
        expect(
          (await actor.patch(`/api/v1/staff/${target.id}`, { isActive: false }, { 'if-match': `"${await version(target.id)}"` }))
            .statusCode,
        ).toBe(403);
        expect(
          (await actor.patch(`/api/v1/staff/${target.id}`, { fullName: 'Đổi tên' }, { 'if-match': `"${await version(target.id)}"` }))
            .statusCode,
        ).toBe(403);
        expect((await actor.post(`/api/v1/staff/${target.id}/roles`, { role: 'counter_officer', unitId: units.a })).statusCode).toBe(403);
        const held = (await t.admin.get(`/api/v1/staff/${target.id}`)).data.roles[0];
        expect((await actor.delete(`/api/v1/staff/${target.id}/roles/${held.id}`)).statusCode).toBe(403);
      }
      expect(await auditCount(t.database)).toBe(before);
      // The account still signs in with its own password and keeps its roles.
      await signIn(t.app, target.username, target.password);
      expect((await t.admin.get(`/api/v1/staff/${target.id}`)).data).toMatchObject({
        isActive: true,
        roles: [expect.objectContaining({ role: roles()[0]!.role })],
      });
    });
  }

  it('is allowed to an administrator who reaches every unit of the account', async () => {
    const inA = await accountAt([{ role: 'counter_officer', unitId: units.a }]);
    expect((await adminA.post(`/api/v1/staff/${inA.id}/password`, { newPassword: 'Temporary-pass-21' })).statusCode).toBe(204);
    expect(
      (await tokenAdminA.patch(`/api/v1/staff/${inA.id}`, { title: 'Cán bộ một cửa' }, { 'if-match': `"${await version(inA.id)}"` }))
        .statusCode,
    ).toBe(200);
    const leaderOfB = await accountAt([{ role: 'leader', unitId: units.b }]);
    expect((await adminP.post(`/api/v1/staff/${leaderOfB.id}/password`, { newPassword: 'Temporary-pass-22' })).statusCode).toBe(204);
  });

  it('cannot raise an account above the actor’s own reach', async () => {
    const inA = await accountAt([{ role: 'counter_officer', unitId: units.a }]);
    expect((await adminA.post(`/api/v1/staff/${inA.id}/roles`, { role: 'administrator', unitId: null })).statusCode).toBe(403);
    expect((await adminA.post(`/api/v1/staff/${inA.id}/roles`, { role: 'leader', unitId: units.b })).statusCode).toBe(403);
    expect((await adminA.post(`/api/v1/staff/${inA.id}/roles`, { role: 'leader', unitId: units.p })).statusCode).toBe(403);
    expect(
      (await adminA.patch(`/api/v1/staff/${inA.id}`, { unitId: units.b }, { 'if-match': `"${await version(inA.id)}"` })).statusCode,
    ).toBe(403);
    expect((await adminA.post(`/api/v1/staff/${inA.id}/roles`, { role: 'leader', unitId: units.a })).statusCode).toBe(201);
  });
});

describe('a session that must change its temporary password', () => {
  it('may only read its session, change the password and sign out', async () => {
    const person = await buildStaff(t.admin, { unitId: units.a, roles: ['counter_officer'], keepTemporaryPassword: true });
    const refused = await person.client.get('/api/v1/me');
    expect(refused.statusCode).toBe(403);
    expect(refused.data.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await person.client.get('/api/v1/dossiers')).statusCode).toBe(403);
    expect((await person.client.get('/api/v1/units')).statusCode).toBe(403);
    const before = await auditCount(t.database);
    expect((await person.client.post('/api/v1/dossiers/counter-intake', { receivingUnitId: units.a })).data.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect(await auditCount(t.database)).toBe(before);
    expect((await person.client.get('/api/v1/auth/session')).data.mustChangePassword).toBe(true);
    // The temporary password cannot become the permanent one.
    expect(
      (await person.client.post('/api/v1/auth/password', { currentPassword: person.password, newPassword: person.password })).data.code,
    ).toBe('PASSWORD_UNCHANGED');
    expect(
      (await person.client.post('/api/v1/auth/password', { currentPassword: person.password, newPassword: 'Chosen-by-me-2026' }))
        .statusCode,
    ).toBe(204);
    expect((await person.client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await person.client.get('/api/v1/units')).statusCode).toBe(200);
  });

  it('is an ordinary visitor on the citizen portal', async () => {
    const person = await buildStaff(t.admin, { unitId: units.a, roles: [], keepTemporaryPassword: true });
    expect((await person.client.get('/thu-tuc')).statusCode).toBe(200);
    expect((await person.client.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
  });
});
