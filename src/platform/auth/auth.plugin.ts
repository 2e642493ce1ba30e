import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import { DomainError, PlatformError } from '../http/errors.js';
import { isSameSecret } from './secrets.js';
import { apiTokenPrefix, resolveApiToken, resolveSession, sessionCookieName } from './sessions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false on the few cookie-session writes that come before a CSRF token exists (sign-in). */
    csrf?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves who is calling on every request (session cookie or bearer API token) and
 * enforces the anti-forgery token on cookie-authenticated writes.
 */
export function registerAuthentication(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    request.principal = await resolvePrincipal(request, deps);
  });
  app.addHook('preValidation', async (request) => {
    if (
      request.principal?.kind === 'session' &&
      unsafeMethods.has(request.method) &&
      request.routeOptions.config.csrf !== false &&
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
