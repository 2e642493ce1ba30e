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

export function registerSecurityHeaders(app: FastifyInstance, options: { isBehindTls: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', request.url.startsWith('/docs') ? docsPolicy : strictPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('x-request-id', request.id);
    if (options.isBehindTls) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
