import type { FastifyReply } from 'fastify';
import { eq } from 'drizzle-orm';
import type * as OidcClient from 'openid-client';
import { runCommand } from '../audit/audit.js';
import type { App, AppDeps } from '../http/deps.js';
import { DomainError } from '../errors/errors.js';
import { AuthError } from './auth.errors.js';
import { accounts } from './auth.tables.js';
import { findAccountByUsername } from './accounts.js';
import { createSession, type NewSession } from './sessions.js';

const flowCookie = 'motcua_oidc';

/**
 * Optional single sign-on for officers through the province's OpenID Connect provider
 * (authorisation code flow with PKCE). The provider's username claim must match an
 * existing staff account: SSO signs people in, it does not create staff.
 */
export function registerOidcRoutes(app: App, deps: AppDeps, setSession: (reply: FastifyReply, session: NewSession) => void): void {
  const settings = deps.config.oidc;
  let configuration: Promise<OidcClient.Configuration> | undefined;
  const load = async () => {
    if (!settings) throw new DomainError(AuthError.OIDC_NOT_CONFIGURED);
    const client = await import('openid-client');
    const issuer = new URL(settings.issuer);
    // Plain http is accepted only for a provider on this machine (development and tests).
    const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    configuration ??= client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret,
      undefined,
      isLoopback && issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    return { client, config: await configuration, settings };
  };

  app.get('/api/v1/auth/oidc/start', {
    schema: { tags: ['auth'], summary: 'Start single sign-on (redirects to the provider)' },
    config: { isOpenBeforePasswordChange: true },
    handler: async (_request, reply) => {
      const { client, config, settings: oidc } = await load();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: oidc.redirectUri,
        scope: 'openid profile email',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      reply.setCookie(flowCookie, `${verifier}.${state}`, {
        path: '/api/v1/auth/oidc',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.isBehindTls,
        maxAge: 600,
        signed: true,
      });
      return reply.redirect(url.href);
    },
  });

  app.get('/api/v1/auth/oidc/callback', {
    schema: { tags: ['auth'], summary: 'Single sign-on callback' },
    config: { isOpenBeforePasswordChange: true },
    handler: async (request, reply) => {
      const { client, config, settings: oidc } = await load();
      const raw = request.cookies[flowCookie];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      if (!unsigned?.valid || !unsigned.value) {
        throw new DomainError(AuthError.OIDC_FAILED, { reason: 'missing or expired sign-on state' });
      }
      const [verifier, state] = unsigned.value.split('.');
      const currentUrl = new URL(request.url, deps.config.publicUrl);
      let claims: Record<string, unknown> | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: verifier!,
          expectedState: state!,
        });
        claims = tokens.claims() as Record<string, unknown> | undefined;
      } catch (error) {
        throw new DomainError(AuthError.OIDC_FAILED, { reason: (error as Error).message });
      }
      const subject = typeof claims?.sub === 'string' ? claims.sub : undefined;
      const username = claims?.[oidc.usernameClaim];
      if (!subject || typeof username !== 'string') {
        throw new DomainError(AuthError.OIDC_FAILED, { reason: `the provider sent no ${oidc.usernameClaim}` });
      }
      const [linked] = await deps.db.select().from(accounts).where(eq(accounts.oidcSubject, subject)).limit(1);
      const account = linked ?? (await findAccountByUsername(deps.db, username));
      if (!account || account.disabledAt) {
        throw new DomainError(AuthError.OIDC_FAILED, { reason: `no active staff account "${username}"` });
      }
      const context = { actor: { id: account.id, name: account.username }, requestId: request.id, clientAddress: request.ip };
      const session = await runCommand(deps.db, context, async (tx, audit) => {
        if (!account.oidcSubject) await tx.update(accounts).set({ oidcSubject: subject }).where(eq(accounts.id, account.id));
        const created = await createSession(tx, {
          accountId: account.id,
          ttlHours: deps.config.sessionTtlHours,
          clientAddress: request.ip,
          userAgent: request.headers['user-agent'],
        });
        audit.record({ action: 'auth.sign_in_sso', entity: 'session', entityId: created.sessionId, after: { accountId: account.id } });
        return created;
      });
      reply.clearCookie(flowCookie, { path: '/api/v1/auth/oidc' });
      setSession(reply, session);
      return reply.redirect('/app/');
    },
  });
}
