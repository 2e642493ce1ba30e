import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider } from '../support/oidc-provider.js';
import { Client, createStaffMember, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;

beforeAll(async () => {
  provider = await startOidcProvider({ clientId: 'motcua', subject: 'sso-subject-1', username: 'sso.officer' });
  t = await createTestApp({
    MOTCUA_OIDC_ISSUER: provider.issuer,
    MOTCUA_OIDC_CLIENT_ID: 'motcua',
    MOTCUA_OIDC_CLIENT_SECRET: 'secret',
    MOTCUA_PUBLIC_URL: 'http://localhost:3000',
  });
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

describe('single sign-on (OpenID Connect)', () => {
  it('signs an existing officer in through the provider, with PKCE and state, and links the subject', async () => {
    const person = await createStaffMember(t.admin, { username: 'sso.officer', roles: [] });
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(start.statusCode).toBe(302);
    const location = start.headers.location as string;
    expect(location.startsWith(`${provider.issuer}/authorize`)).toBe(true);
    expect(new URL(location).searchParams.get('code_challenge_method')).toBe('S256');
    const flow = start.cookies.find((c) => c.name === 'motcua_oidc')!;
    const { code } = provider.authorize(location);

    const forged = await t.app.inject({
      method: 'GET',
      url: `/api/v1/auth/oidc/callback?code=${code}&state=wrong`,
      cookies: { motcua_oidc: flow.value },
    });
    expect(forged.statusCode).toBe(401);

    const { code: code2, state: state2 } = provider.authorize(location);
    const callback = await t.app.inject({
      method: 'GET',
      url: `/api/v1/auth/oidc/callback?code=${code2}&state=${state2}`,
      cookies: { motcua_oidc: flow.value },
    });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/app/');
    const session = callback.cookies.find((c) => c.name === 'motcua_session')!;
    const me = await new Client(t.app, { cookie: `motcua_session=${session.value}` }).get('/api/v1/me');
    expect(me.data.id).toBe(person.id);
    const [row] = await t.database.query<{ oidc_subject: string }>('select oidc_subject from accounts where id = $1', [person.id]);
    expect(row!.oidc_subject).toBe('sso-subject-1');
  });

  it('refuses a callback without the signed flow cookie', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('OIDC_FAILED');
  });
});
