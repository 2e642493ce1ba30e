import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { DomainError, PlatformError } from '../errors/errors.js';
import type { App } from '../http/deps.js';
import type { Metrics } from './metrics.js';

export const metricsPath = '/metrics';

/** Counts every answered request by method, route pattern (never the raw URL) and status. */
export function registerRequestMetrics(app: App, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest({
      method: request.method,
      route: request.routeOptions.url,
      status: reply.statusCode,
      durationMs: reply.elapsedTime,
    });
  });
}

/**
 * GET /metrics for Prometheus. With MOTCUA_METRICS_TOKEN set, only `Authorization: Bearer <token>`
 * may read it; without, only a caller on this host (a loopback address, not forwarded by a
 * proxy). Anyone else gets 403 METRICS_FORBIDDEN. Register it before the authentication hook:
 * the check runs first and takes the metrics token out of the request, so that it is not read
 * as an API token.
 */
export function registerMetricsRoute(app: App, deps: { config: Config; metrics: Metrics }): void {
  const { config, metrics } = deps;
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== metricsPath) return;
    if (!mayReadMetrics(request, config.metricsToken)) throw new DomainError(PlatformError.METRICS_FORBIDDEN);
    delete request.headers.authorization;
  });
  app.get(metricsPath, {
    schema: {
      tags: ['platform'],
      summary: 'Prometheus metrics',
      description:
        'Metrics in the Prometheus text format. Served to `Authorization: Bearer <MOTCUA_METRICS_TOKEN>` when that setting is given, otherwise only to callers on the server itself (loopback); 403 to anyone else.',
    },
    handler: async (_request, reply) => {
      const body = await metrics.render();
      return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
    },
  });
}

export function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  if (token) return isSameToken(readBearer(request.headers.authorization), token);
  const isForwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !isForwarded && isLoopbackAddress(request.ip);
}

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x. */
export function isLoopbackAddress(ip: string): boolean {
  return /^127(\.\d{1,3}){3}$/.test(ip) || ip === '::1' || /^::ffff:127(\.\d{1,3}){3}$/i.test(ip);
}

function readBearer(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}

/** Constant time whatever the lengths: both sides are hashed first. */
function isSameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => crypto.createHash('sha256').update(text).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}
