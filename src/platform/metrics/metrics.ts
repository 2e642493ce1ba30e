/**
 * Prometheus metrics of one application: HTTP traffic by route pattern, the database pool, the
 * outbox, the timers' lag and the age of the last backup, plus Node's process metrics. Each app
 * has its own registry (tests build many apps in one process), rendered by GET /metrics.
 *
 * Labels never carry a raw URL, an id or anything a person typed: `route` is the route pattern
 * (`/api/v1/dossiers/:id`) or `unmatched`, `job` and `channel` are names from the code.
 * Server errors are counted through the `status` label of motcua_http_requests_total
 * (e.g. `sum(rate(motcua_http_requests_total{status=~"5.."}[5m]))`), not a separate counter.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/open-database.js';
import { registerDatabaseCollectors } from './metrics-collectors.js';

export const metricsPrefix = 'motcua_';

/** Seconds; from a quick cached read (1 ms) to the longest report export (10 s). */
const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What the backup code reports when asked: the time (ms since the epoch) of the last backup that succeeded, if any. */
export type BackupStatus = { lastSuccessAt: number | undefined };

export type RequestObservation = {
  method: string;
  /** The route pattern; undefined when no route matched. */
  route: string | undefined;
  status: number;
  durationMs: number;
};

export type Metrics = {
  readonly registry: Registry;
  /** The metrics in Prometheus' text format (content type `registry.contentType`). */
  render(): Promise<string>;
  observeRequest(observation: RequestObservation): void;
  /** The outbox dispatcher's `onAttempt`: one send attempt on a channel and whether it went out. */
  recordOutboxAttempt(channel: string, isSent: boolean): void;
  /** A timer's run: when it was due and when it ran (ms since the epoch). */
  recordJobRun(job: string, scheduledAt: number, ranAt: number): void;
  /**
   * Where the backup age comes from, read at every scrape. Until this is called the two backup
   * gauges are absent (no backups configured); when `lastSuccessAt` is undefined the age is +Inf
   * and the last-success time 0 (backups configured, none succeeded yet).
   */
  setBackupStatus(read: () => BackupStatus): void;
};

export function createMetrics(deps: { database: Database }): Metrics {
  const registry = new Registry();
  const registers = [registry];

  const requests = new Counter({
    name: `${metricsPrefix}http_requests_total`,
    help: 'HTTP requests answered, by method, route pattern and status code (5xx are the server errors).',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const durations = new Histogram({
    name: `${metricsPrefix}http_request_duration_seconds`,
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: durationBuckets,
    registers,
  });
  const sendAttempts = new Counter({
    name: `${metricsPrefix}outbox_send_attempts_total`,
    help: 'Outbox messages handed to a transport, by channel.',
    labelNames: ['channel'] as const,
    registers,
  });
  const failedSends = new Counter({
    name: `${metricsPrefix}outbox_failed_sends_total`,
    help: 'Outbox send attempts the transport refused or failed (each is retried until the last attempt), by channel.',
    labelNames: ['channel'] as const,
    registers,
  });
  const jobLastRun = new Gauge({
    name: `${metricsPrefix}job_last_run_timestamp_seconds`,
    help: 'When a background timer last started its work (Unix time).',
    labelNames: ['job'] as const,
    registers,
  });
  const jobLag = new Gauge({
    name: `${metricsPrefix}job_lag_seconds`,
    help: "How late a background timer's last run started after it was due (a busy event loop or a previous run still going).",
    labelNames: ['job'] as const,
    registers,
  });

  let readBackup: (() => BackupStatus) | undefined;
  // Registered only once the backup code reports, so that "no backups configured" shows as absent.
  const backupLastSuccess = new Gauge({
    name: `${metricsPrefix}backup_last_success_timestamp_seconds`,
    help: 'When the last backup succeeded (Unix time); 0 when none has yet.',
    registers: [],
    collect() {
      const at = readBackup?.().lastSuccessAt;
      this.set(at === undefined ? 0 : at / 1000);
    },
  });
  const backupAge = new Gauge({
    name: `${metricsPrefix}backup_age_seconds`,
    help: 'Seconds since the last backup succeeded; +Inf when none has yet.',
    registers: [],
    collect() {
      const at = readBackup?.().lastSuccessAt;
      this.set(at === undefined ? Number.POSITIVE_INFINITY : Math.max(0, (Date.now() - at) / 1000));
    },
  });

  registerDatabaseCollectors(registry, deps.database);

  // Process metrics start on the first scrape: an app that is never scraped (most test apps)
  // starts no event-loop monitor or GC observer.
  let hasDefaultMetrics = false;

  return {
    registry,
    async render() {
      if (!hasDefaultMetrics) {
        collectDefaultMetrics({ register: registry, prefix: metricsPrefix });
        hasDefaultMetrics = true;
      }
      return registry.metrics();
    },
    observeRequest({ method, route, status, durationMs }) {
      const routeLabel = route ?? 'unmatched';
      requests.inc({ method, route: routeLabel, status: String(status) });
      durations.observe({ method, route: routeLabel }, durationMs / 1000);
    },
    recordOutboxAttempt(channel, isSent) {
      sendAttempts.inc({ channel });
      if (!isSent) failedSends.inc({ channel });
    },
    recordJobRun(job, scheduledAt, ranAt) {
      jobLastRun.set({ job }, ranAt / 1000);
      jobLag.set({ job }, Math.max(0, (ranAt - scheduledAt) / 1000));
    },
    setBackupStatus(read) {
      if (!readBackup) {
        registry.registerMetric(backupLastSuccess);
        registry.registerMetric(backupAge);
      }
      readBackup = read;
    },
  };
}

/**
 * The due times of a `setInterval` timer, for recordJobRun: call it at each tick for the time
 * that tick was due (Node schedules the next tick one interval after the current one started).
 */
export function trackSchedule(intervalMs: number, now: () => number = Date.now): () => number {
  let dueAt = now() + intervalMs;
  return () => {
    const scheduledAt = dueAt;
    dueAt = now() + intervalMs;
    return scheduledAt;
  };
}
