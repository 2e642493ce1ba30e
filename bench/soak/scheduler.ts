import http from 'node:http';
import { kinds, type Kind } from './mix.js';
import type { SoakRequest } from './workload.js';

const TIMEOUT_MS = 30_000;
const DRAIN_MS = 60_000;

/** A request's end; `notSent` when it was due while the in-flight cap was reached (an error too). */
export type Completion = { kind: Kind; scheduledAt: number; latencyMs: number; error?: string; notSent?: true };
export type LoadPlan = {
  url: string;
  /** Requests per second of each kind. */
  rates: Record<Kind, number>;
  durationMs: number;
  /** Requests in flight at most; a request due while the cap is reached is not sent and counts as an error. */
  maxInFlight: number;
  next: (kind: Kind) => SoakRequest | undefined;
  onComplete: (completion: Completion) => void;
  /** A request due with nothing to do yet (no dossier to look up or rate): not sent, not an error. */
  onSkip: (kind: Kind) => void;
};

/**
 * An open-model load: each kind's requests are due at a fixed interval (1 / rate) from the start,
 * and each is sent when due whether or not earlier ones have answered, so a slow server meets the
 * same arrivals and its queue shows in the latencies. Latency runs from the time a request was
 * due, not from when it left, so a late send (a busy load generator) is not hidden. Resolves when
 * the last request due has answered (or after a minute's drain).
 */
export async function runOpenLoad(plan: LoadPlan, startedAt = performance.now()): Promise<{ undrained: number }> {
  const target = new URL(plan.url);
  const agent = keepAliveAgent(plan.maxInFlight);
  const interval = Object.fromEntries(kinds.map((kind) => [kind, plan.rates[kind] > 0 ? 1000 / plan.rates[kind] : Infinity]));
  // Kinds start staggered within their first interval, so they do not all fire at the same instant.
  const due = Object.fromEntries(kinds.map((kind, index) => [kind, (interval[kind]! * (index + 1)) / (kinds.length + 1)])) as Record<
    Kind,
    number
  >;
  let inFlight = 0;
  let onIdle: (() => void) | undefined;

  const fire = (kind: Kind, scheduledAt: number) => {
    if (inFlight >= plan.maxInFlight) {
      plan.onComplete({
        kind,
        scheduledAt,
        latencyMs: 0,
        error: `not sent: ${plan.maxInFlight} requests already in flight`,
        notSent: true,
      });
      return;
    }
    const request = plan.next(kind);
    if (!request) {
      plan.onSkip(kind);
      return;
    }
    inFlight += 1;
    void send(agent, target, request).then(({ status, body, error }) => {
      inFlight -= 1;
      const latencyMs = performance.now() - scheduledAt;
      let problem = error;
      if (!problem && (status < 200 || status >= 400 || (request.expected !== undefined && status !== request.expected)))
        problem = `${nameOf(request)}: ${status} ${body.replace(/\s+/g, ' ').slice(0, 200)}`;
      if (!problem) {
        try {
          request.onSuccess?.(status, body);
        } catch (caught) {
          problem = `${nameOf(request)}: unreadable answer (${String(caught)})`;
        }
      }
      if (problem) request.onFailure?.();
      plan.onComplete({ kind, scheduledAt, latencyMs, ...(problem ? { error: problem } : {}) });
      if (inFlight === 0) onIdle?.();
    });
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now() - startedAt;
      for (const kind of kinds) {
        while (due[kind] <= now && due[kind] < plan.durationMs) {
          fire(kind, startedAt + due[kind]);
          due[kind] += interval[kind]!;
        }
      }
      const soonest = Math.min(...kinds.map((kind) => (due[kind] < plan.durationMs ? due[kind] : Infinity)));
      if (soonest === Infinity) resolve();
      else setTimeout(tick, Math.max(0, soonest - (performance.now() - startedAt)));
    };
    tick();
  });
  if (inFlight > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, DRAIN_MS);
      onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
  agent.destroy();
  return { undrained: inFlight };
}

/**
 * Connections kept open between requests, as browsers and proxies keep them, each closed by this side
 * after 30 s idle: well before the server's keep-alive timeout (Fastify's 72 s), so a request is never
 * written on a connection the server is closing at that moment (a `read ECONNRESET` the client caused).
 */
export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, timeout: IDLE_MS });
}
const IDLE_MS = 30_000;

export const nameOf = (request: SoakRequest) => request.label ?? `${request.method} ${request.path.split('?')[0]}`;

/** One HTTP request on the keep-alive agent: the status and the body, or the network error. */
export function send(agent: http.Agent, target: URL, request: SoakRequest): Promise<{ status: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const outgoing = http.request(
      { agent, host: target.hostname, port: target.port, method: request.method, path: request.path, headers, timeout: TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => resolve({ status: 0, body: '', error: `${nameOf(request)}: ${error.message}` }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    outgoing.on('error', (error) => resolve({ status: 0, body: '', error: `${nameOf(request)}: ${error.message}` }));
    outgoing.end(request.body);
  });
}
