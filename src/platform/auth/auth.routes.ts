import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { DomainError, PlatformError } from '../errors/errors.js';
import type { App, AppDeps } from '../http/deps.js';
import { commandContext, requireSession } from '../http/request-context.js';
import { changeOwnPassword, signIn, signOut } from './accounts.js';
import { ChangePasswordRequest, SessionResponse, SessionState, SignInRequest } from './auth.schemas.js';
import { registerOidcRoutes } from './oidc.js';
import { sessionCookieName, type NewSession } from './sessions.js';

const tags = ['auth'];

export function registerAuthRoutes(app: App, deps: AppDeps): void {
  const { db, config } = deps;

  app.post('/api/v1/auth/sign-in', {
    schema: { tags, summary: 'Sign in with username and password', body: SignInRequest, response: { 200: SessionResponse } },
    config: { csrf: false, isOpenBeforePasswordChange: true, rateLimit: { max: config.signInRateLimit, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const { account, session } = await signIn(db, {
        ...request.body,
        ttlHours: config.sessionTtlHours,
        lockoutThreshold: config.lockoutThreshold,
        lockoutMinutes: config.lockoutMinutes,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      setSessionCookie(reply, session, config.isBehindTls);
      return {
        accountId: account.id,
        username: account.username,
        csrfToken: session.csrfToken,
        mustChangePassword: account.mustChangePassword === 1,
      };
    },
  });

  app.post('/api/v1/auth/sign-out', {
    schema: { tags, summary: 'Sign out: ends this session', response: { 204: z.null() } },
    config: { isOpenBeforePasswordChange: true },
    handler: async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind === 'session') await signOut(db, commandContext(request), principal.sessionId);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/auth/session', {
    schema: {
      tags,
      summary: "Whether this browser is signed in (its session and anti-forgery token), and the deployment's name",
      description: 'A visitor without a session is answered `signedIn: false`, not 401; an API token is refused (it has no session).',
      response: { 200: SessionState },
    },
    config: { isOpenBeforePasswordChange: true },
    handler: async (request) => {
      const principal = request.principal;
      const deploymentName = config.deploymentName;
      if (principal?.kind === 'token') throw new DomainError(PlatformError.FORBIDDEN);
      if (!principal) return { signedIn: false as const, deploymentName };
      return {
        signedIn: true as const,
        accountId: principal.accountId,
        username: principal.username,
        csrfToken: principal.csrfToken,
        mustChangePassword: principal.mustChangePassword,
        deploymentName,
      };
    },
  });

  app.post('/api/v1/auth/password', {
    schema: { tags, summary: 'Change my password', body: ChangePasswordRequest, response: { 204: z.null() } },
    config: { isOpenBeforePasswordChange: true },
    handler: async (request, reply) => {
      const principal = requireSession(request);
      await changeOwnPassword(db, commandContext(request), {
        accountId: principal.accountId,
        sessionId: principal.sessionId,
        ...request.body,
      });
      return reply.status(204).send(null);
    },
  });

  registerOidcRoutes(app, deps, (reply, session) => setSessionCookie(reply, session, config.isBehindTls));
}

export function setSessionCookie(reply: FastifyReply, session: NewSession, isSecure: boolean): void {
  reply.setCookie(sessionCookieName, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure,
    expires: session.expiresAt,
  });
}
