import type { FastifyRequest } from 'fastify';

/**
 * Whether a state-changing request comes from a page of this deployment: a browser says where
 * a request comes from in `Sec-Fetch-Site` (modern browsers) and `Origin` (every browser on a
 * cross-origin POST). Requests without either — integrations, curl — are not browser forgeries
 * and pass; their own credentials (an API token) are checked elsewhere.
 */
export function isSameOriginRequest(request: FastifyRequest, publicUrl: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  return allowedOrigins(request, publicUrl).includes(origin.toLowerCase());
}

/** The deployment's public origin, and the origin the request was addressed to (a proxy-less or local setup). */
function allowedOrigins(request: FastifyRequest, publicUrl: string): string[] {
  const origins = [new URL(publicUrl).origin.toLowerCase()];
  const host = request.headers.host;
  if (host) origins.push(`${request.protocol}://${host}`.toLowerCase());
  return origins;
}
