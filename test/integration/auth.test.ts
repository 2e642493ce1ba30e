import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Client, createStaffMember, createTestApp, signIn, staffPassword, type TestApp } from '../support/test-app.js';
import { buildUnit } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ MOTCUA_LOCKOUT_THRESHOLD: '3', MOTCUA_LOCKOUT_MINUTES: '5' });
});
afterAll(async () => t?.close());

describe('sign-in and sessions', () => {
  it('signs in with an HttpOnly SameSite=Lax session cookie and reports the session', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { username: 'ADMIN', password: adminPassword },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'motcua_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const client = new Client(t.app, { cookie: `motcua_session=${cookie.value}` });
    const session = await client.get('/api/v1/auth/session');
    expect(session.data.signedIn).toBe(true);
    expect(session.data.username).toBe('admin');
    expect(session.data.deploymentName).toBe('Cổng dịch vụ công');
    expect(session.data.csrfToken).toBe(response.json().csrfToken);
  });

  it('refuses a wrong password with the same answer as an unknown user', async () => {
    const wrong = await new Client(t.app).post('/api/v1/auth/sign-in', { username: 'admin', password: 'nope-nope-1' });
    const unknown = await new Client(t.app).post('/api/v1/auth/sign-in', { username: 'nobody-here', password: 'nope-nope-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.data.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.data.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const person = await createStaffMember(t.admin, { roles: [], keepTemporaryPassword: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await new Client(t.app).post('/api/v1/auth/sign-in', { username: person.username, password: 'wrong-password-9' });
      expect(response.statusCode).toBe(401);
    }
    const locked = await new Client(t.app).post('/api/v1/auth/sign-in', { username: person.username, password: staffPassword });
    expect(locked.statusCode).toBe(423);
    expect(locked.data.code).toBe('ACCOUNT_LOCKED');
    const listed = await t.admin.get(`/api/v1/staff/${person.id}`);
    expect(listed.data.lockedUntil).not.toBeNull();
    const audit = await t.admin.get(`/api/v1/audit?action=auth.account_locked&entityId=${person.id}`);
    expect(audit.data.total).toBe(1);
  });

  it('requires the anti-forgery token on cookie-authenticated writes', async () => {
    const withoutToken = await t.admin.post('/api/v1/units', { code: 'CSRF1', name: 'Tỉnh thử', type: 'province' }, { 'x-csrf-token': '' });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.data.code).toBe('CSRF_TOKEN_INVALID');
    const withToken = await t.admin.post('/api/v1/units', { code: 'CSRF1', name: 'Tỉnh thử', type: 'province' });
    expect(withToken.statusCode).toBe(201);
  });

  it('signs out, ending the session', async () => {
    const client = await signIn(t.app, 'admin', adminPassword);
    expect((await client.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    const after = await client.get('/api/v1/auth/session');
    expect(after.statusCode).toBe(200);
    expect(after.data).toEqual({ signedIn: false, deploymentName: 'Cổng dịch vụ công' });
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('changes a password: refuses a weak one and a wrong current one, then ends other sessions', async () => {
    const person = await createStaffMember(t.admin, { roles: [], keepTemporaryPassword: true });
    const other = await signIn(t.app, person.username, staffPassword);
    const first = await signIn(t.app, person.username, staffPassword);
    expect((await first.get('/api/v1/auth/session')).data.mustChangePassword).toBe(true);
    const weak = await first.post('/api/v1/auth/password', { currentPassword: staffPassword, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.data.errors[0].field).toBe('newPassword');
    const wrong = await first.post('/api/v1/auth/password', { currentPassword: 'not-it-123', newPassword: 'A-much-better-pass-9' });
    expect(wrong.data.code).toBe('WRONG_CURRENT_PASSWORD');
    const ok = await first.post('/api/v1/auth/password', { currentPassword: staffPassword, newPassword: 'A-much-better-pass-9' });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/v1/auth/session')).data.mustChangePassword).toBe(false);
    expect((await other.get('/api/v1/auth/session')).data.signedIn).toBe(false);
    await expect(signIn(t.app, person.username, staffPassword)).rejects.toThrow(/401/);
    await signIn(t.app, person.username, 'A-much-better-pass-9');
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const limited = await createTestApp({ MOTCUA_SIGNIN_RATE_LIMIT: '10' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: '10.9.9.9',
        payload: { username: 'ghost', password: 'x' },
      });
      statuses.push(response.statusCode);
    }
    await limited.close();
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('API tokens', () => {
  it('authenticates a bearer token limited to its role and unit, stores only its hash, and can be revoked', async () => {
    const province = await buildUnit(t.admin);
    const other = await buildUnit(t.admin);
    const created = await t.admin.post('/api/v1/api-tokens', { name: 'Cổng tỉnh', role: 'administrator', unitId: province.id });
    expect(created.statusCode).toBe(201);
    const token: string = created.data.token;
    expect(token).toMatch(/^mc_/);
    const stored = await t.database.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [created.data.id]);
    expect(stored[0]!.token_hash).not.toContain(token);
    const integration = new Client(t.app, { bearer: token });
    expect(
      (await integration.post('/api/v1/units', { code: 'TK1', name: 'Xã Token', type: 'commune', parentId: province.id })).statusCode,
    ).toBe(201);
    expect(
      (await integration.post('/api/v1/units', { code: 'TK2', name: 'Xã Ngoài', type: 'commune', parentId: other.id })).statusCode,
    ).toBe(403);
    const list = await t.admin.get('/api/v1/api-tokens');
    expect(list.data.items.find((item: { id: string }) => item.id === created.data.id).lastUsedAt).not.toBeNull();
    expect((await t.admin.delete(`/api/v1/api-tokens/${created.data.id}`)).statusCode).toBe(204);
    expect((await integration.get('/api/v1/units')).statusCode).toBe(401);
    expect((await new Client(t.app, { bearer: 'mc_forged' }).get('/api/v1/units')).statusCode).toBe(401);
  });
});
