import autocannon from 'autocannon';

export type LoadOptions = {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration: number;
  amount?: number | undefined;
  requests: autocannon.Request[];
  headers?: Record<string, string>;
  /** Count 304 Not Modified as an answer (conditional requests). */
  acceptNotModified?: boolean;
};

/** What one autocannon run measured: successful responses per second and latency percentiles (ms). */
export type LoadMeasure = {
  ok: number;
  failed: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  connections: number;
};

/** Runs autocannon against the server (one request in flight per connection) and summarises it. */
export async function runLoad(options: LoadOptions): Promise<LoadMeasure> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration }),
    ...(options.headers ? { headers: options.headers } : {}),
    requests: options.requests,
    timeout: 30,
  });
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  const ok = result['2xx'] + (options.acceptNotModified ? result['3xx'] : 0);
  return {
    ok,
    failed: result.non2xx - (ok - result['2xx']),
    errors: result.errors,
    seconds,
    perSecond: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    connections: options.connections,
  };
}

/** A different client address for every request, as a reverse proxy reports many citizens (X-Forwarded-For; the app trusts its proxy). */
export function clientAddress(n: number): string {
  return `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
