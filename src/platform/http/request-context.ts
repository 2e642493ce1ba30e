import type { FastifyRequest } from 'fastify';
import { actorOf, type Principal } from '../auth/principal.js';
import type { CommandContext } from '../audit/audit.js';
import { DomainError, PlatformError } from '../errors/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

export function commandContext(request: FastifyRequest): CommandContext {
  return { actor: actorOf(request.principal), requestId: request.id, clientAddress: request.ip, idempotency: request.idempotency };
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError(PlatformError.UNAUTHENTICATED);
  return request.principal;
}

export function requireSession(request: FastifyRequest): Extract<Principal, { kind: 'session' }> {
  const principal = requirePrincipal(request);
  if (principal.kind !== 'session') throw new DomainError(PlatformError.FORBIDDEN);
  return principal;
}

/** The largest version a row holds (an integer column). */
const MAX_VERSION = 2_147_483_647;

/** Reads `If-Match: "3"` (or W/"3", or 3) as a version number; required on every change. */
export function requireIfMatchVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) throw new DomainError(PlatformError.PRECONDITION_REQUIRED);
  const match = /^(?:W\/)?"?(\d{1,10})"?$/.exec(header.trim());
  // A version is a row's integer column: beyond 2,147,483,647 it names no version at all.
  if (!match || Number(match[1]) > MAX_VERSION) {
    throw new DomainError(PlatformError.VALIDATION_FAILED, { count: 1 }, [
      {
        field: 'If-Match',
        code: 'invalid_format',
        message: { vi: 'Phải là số phiên bản, ví dụ "3".', en: 'Must be a version number, e.g. "3".' },
      },
    ]);
  }
  return Number(match[1]);
}

/** Reads `If-Match` as a version when given (optional for writes that may also create). */
export function readIfMatchVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] ? requireIfMatchVersion(request) : undefined;
}

export function etag(version: number): string {
  return `"${version}"`;
}
