import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import { DomainError, PlatformError } from '../errors/errors.js';
import { isSameOriginRequest } from '../http/request-origin.js';
import '../http/form-token.js';
import { AuthError } from './auth.errors.js';
import { isSameSecret } from './secrets.js';
import { apiTokenPrefix, resolveApiToken, resolveSession, sessionCookieName } from './sessions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false on the few cookie-session writes that come before a CSRF token exists (sign-in). */
    csrf?: boolean;
    /** true on the routes a session may use before it has changed a temporary password. */
    isOpenBeforePasswordChange?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves who is calling on every request (session cookie or bearer API token); refuses
 * state-changing requests that a browser sends from another site; enforces the anti-forgery
 * token on cookie-authenticated writes; and holds a session that must change its temporary
 * password to the password change, the session and sign-out.
 */
export function registerAuthentication(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    const principal = await resolvePrincipal(request, deps);
    if (principal?.kind === 'session' && principal.mustChangePassword && !request.routeOptions.config.isOpenBeforePasswordChange) {
      // The citizen pages do not use the session: there the person is simply a visitor.
      if (request.url.startsWith('/api/')) throw new DomainError(AuthError.PASSWORD_CHANGE_REQUIRED);
      return;
    }
    request.principal = principal;
  });
  app.addHook('preValidation', async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const config = request.routeOptions.config;
    // Citizen forms check their own token and origin, and answer in HTML.
    if (config.isCitizenForm) return;
    if (request.principal?.kind !== 'token' && !isSameOriginRequest(request, deps.config.publicUrl)) {
      throw new DomainError(PlatformError.CROSS_SITE_REQUEST);
    }
    if (
      request.principal?.kind === 'session' &&
      config.csrf !== false &&
      !isSameSecret(readCsrfToken(request), request.principal.csrfToken)
    ) {
      throw new DomainError(PlatformError.CSRF_TOKEN_INVALID);
    }
  });
}

async function resolvePrincipal(request: FastifyRequest, deps: { db: Db; config: Config }) {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice(7).trim();
    const principal = token.startsWith(apiTokenPrefix) ? await resolveApiToken(deps.db, token) : undefined;
    if (!principal) throw new DomainError(PlatformError.UNAUTHENTICATED);
    return principal;
  }
  const cookie = request.cookies[sessionCookieName];
  if (!cookie) return undefined;
  return resolveSession(deps.db, cookie, deps.config.sessionTtlHours);
}

function readCsrfToken(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as { _csrf?: unknown } | undefined;
  return typeof body?._csrf === 'string' ? body._csrf : undefined;
}
