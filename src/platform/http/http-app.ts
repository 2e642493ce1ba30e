import crypto from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuthentication } from '../auth/auth.plugin.js';
import { registerAuthRoutes } from '../auth/auth.routes.js';
import { registerAuditRoutes } from '../audit/audit.routes.js';
import { registerJobRoutes } from '../jobs/jobs.routes.js';
import { registerOperationsRoutes } from '../operations/operations.routes.js';
import { registerMetricsRoute, registerRequestMetrics } from '../metrics/metrics-route.js';
import { DomainError, PlatformError } from '../errors/errors.js';
import { registerIdempotency } from '../idempotency/idempotency.js';
import type { App, AppDeps } from './deps.js';
import { createClientErrorHandler, createFrameworkErrorHandler } from './framework-errors.js';
import { registerInputGuard } from './input-guard.js';
import { loggerOptions } from './logging.js';
import { buildProblem, sendProblem } from './problem.js';
import { trackRoutes } from './route-registry.js';
import { registerSecurityHeaders } from './security-headers.js';

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The HTTP server with everything the platform gives every route: errors as problem+json (the
 * framework's and the HTTP parser's too), the input guard, security headers, sessions and API
 * tokens, anti-forgery checks, idempotency, rate limits, OpenAPI, health checks, request metrics
 * and /metrics, and the platform's own routes (sign-in, audit log). The modules' routes are added by the caller.
 */
export async function createHttpApp(deps: AppDeps, options: { logger?: FastifyServerOptions['logger'] } = {}): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    // Only the configured reverse proxies may say who the client is: otherwise anyone could
    // choose their own address in X-Forwarded-For and step around the rate limits.
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : crypto.randomUUID();
    },
    ajv: { customOptions: { coerceTypes: true } },
    // A request without a Host header reaches the application (and its error format) instead of
    // an empty 400 from Node's HTTP server.
    http: { requireHostHeader: false },
    frameworkErrors: createFrameworkErrorHandler({ isBehindTls: config.isBehindTls }),
    clientErrorHandler: createClientErrorHandler({ isBehindTls: config.isBehindTls }),
  }).withTypeProvider<ZodTypeProvider>();

  trackRoutes(app);
  registerRequestMetrics(app, deps.metrics);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(reply, buildProblem(request, error)));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, buildProblem(request, new DomainError(PlatformError.NOT_FOUND))));

  await app.register(cookie, { secret: config.cookieSecret });
  await app.register(formbody);
  // Multipart bodies are left unread here: readMultipartForm (files/upload.ts) streams them in the route.
  app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        version: '1',
        description:
          'One-stop platform for Vietnamese local government. Errors are application/problem+json (RFC 9457) with a stable `code` and an `errors[]` list naming each invalid field. Cookie-authenticated writes need the `X-CSRF-Token` header; integrations use `Authorization: Bearer mc_...`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  registerSecurityHeaders(app, { isBehindTls: config.isBehindTls });
  registerInputGuard(app);
  // Before the authentication: /metrics checks its own bearer token, which is no API token.
  registerMetricsRoute(app, deps);
  registerAuthentication(app, deps);
  registerIdempotency(app, deps);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', {
    schema: { tags: ['platform'], summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });
  registerAuthRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerJobRoutes(app, deps);
  registerOperationsRoutes(app, deps);
  return app;
}
