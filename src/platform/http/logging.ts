import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { Config } from '../config.js';

/**
 * Structured JSON logs that never carry passwords, tokens, session ids or personal data: no
 * headers or bodies are logged, and a request is logged by its route's pattern, never its URL —
 * a query string may carry phone digits, a path a kiosk's token or whatever a caller typed.
 */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers', 'headers.cookie', 'headers.authorization', '*.password', '*.newPassword', '*.currentPassword', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: loggedRoute(request) }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** What is logged of a request's address: the pattern of the route it matched (`/api/v1/dossiers/:id`). */
export function loggedRoute(request: Pick<FastifyRequest, 'routeOptions'>): string {
  return request.routeOptions?.url ?? '(no route)';
}
