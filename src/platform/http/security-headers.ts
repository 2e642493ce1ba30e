import type { FastifyInstance } from 'fastify';

const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

// The API docs page (Swagger UI) starts itself with an inline script.
const docsPolicy = strictPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

/** The headers every answer carries, whatever produced it (a route, the framework, or the HTTP parser). */
export function securityHeaders(options: { url: string; requestId: string; isBehindTls: boolean }): Record<string, string> {
  return {
    'content-security-policy': options.url.startsWith('/docs') ? docsPolicy : strictPolicy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cross-origin-opener-policy': 'same-origin',
    'x-request-id': options.requestId,
    ...(options.isBehindTls ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Security headers on every answer; and `Cache-Control: no-store` on every answer of the API, to a
 * form, or to a signed-in person that does not choose its own caching: they carry personal data
 * (citizens' identity numbers, phones, addresses) that no browser or proxy cache may keep.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { isBehindTls: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeaders({ url: request.url, requestId: request.id, isBehindTls: options.isBehindTls }));
    if (
      !reply.hasHeader('cache-control') &&
      (request.url.startsWith('/api/') || request.method !== 'GET' || request.principal !== undefined)
    )
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
