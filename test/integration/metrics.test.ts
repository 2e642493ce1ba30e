import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/platform/metrics/metrics.js';
import { isLoopbackAddress } from '../../src/platform/metrics/metrics-route.js';
import { dispatchOutbox, enqueueMessages } from '../../src/platform/outbox/outbox.js';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';

/** GET /metrics: route patterns only, the outbox and the pool, job lag and backup age, and who may read it. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const recipient = 'tran.thi.metrics@example.vn';
const scrape = (headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers, ...(remoteAddress ? { remoteAddress } : {}) });

/** The value of one sample line, e.g. sample(text, 'motcua_outbox_messages{channel="email",status="pending"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (line === undefined) return undefined;
  const value = line.slice(series.length + 1);
  return value === '+Inf' ? Number.POSITIVE_INFINITY : Number(value);
}

describe('GET /metrics from this host', () => {
  it('counts requests by route pattern and status, never by raw URL, and shows no personal data or session', async () => {
    const unit = await createUnit(t.admin, { name: 'Xã Đo Đếm', type: 'province' });
    expect((await t.admin.get(`/api/v1/units/${unit.id}`)).statusCode).toBe(200);
    expect((await t.admin.get(`/khong-co-trang-nay/${unit.id}`)).statusCode).toBe(404);
    const problem = await t.admin.get('/api/v1/units/khong-phai-uuid');
    expect(problem.statusCode).toBe(400);
    await enqueueMessages(t.database.db, [
      {
        channel: 'email',
        recipient,
        subject: 'Hồ sơ của bà Trần Thị',
        body: 'Kính gửi bà Trần Thị',
        topic: 'test.metrics',
        subjectId: unit.id,
      },
    ]);

    const response = await scrape();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(sample(text, 'motcua_http_requests_total{method="GET",route="/api/v1/units/:id",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'motcua_http_requests_total{method="GET",route="/api/v1/units/:id",status="400"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'motcua_http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'motcua_http_request_duration_seconds_count{method="GET",route="/api/v1/units/:id"}')).toBeGreaterThanOrEqual(2);
    expect(text).toContain('motcua_http_request_duration_seconds_bucket{le="0.001",method="GET",route="/api/v1/units/:id"}');
    expect(sample(text, 'motcua_outbox_messages{channel="email",status="pending"}')).toBe(1);
    expect(sample(text, 'motcua_outbox_messages{channel="sms",status="pending"}')).toBe(0);
    expect(sample(text, 'motcua_outbox_oldest_pending_age_seconds{channel="email"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'motcua_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('motcua_process_cpu_user_seconds_total');
    expect(text).toContain('motcua_nodejs_eventloop_lag_seconds');
    // No backup source was given: the backup gauges are absent.
    expect(text).not.toContain('motcua_backup_');

    const session = t.admin.auth.cookie!.split('=')[1]!;
    for (const secret of [unit.id, 'khong-phai-uuid', 'khong-co-trang-nay', recipient, 'Trần Thị', session, t.admin.auth.csrfToken!])
      expect(text, secret).not.toContain(secret);
  });

  it('counts its own scrapes and answers HEAD', async () => {
    await scrape();
    const text = (await scrape()).body;
    expect(sample(text, 'motcua_http_requests_total{method="GET",route="/metrics",status="200"}')).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ method: 'HEAD', url: '/metrics' })).statusCode).toBe(200);
  });
});

describe('who may read /metrics', () => {
  it('refuses a remote caller, a session included, with a 403 problem', async () => {
    const remote = await scrape({ cookie: t.admin.auth.cookie! }, '203.0.113.5');
    expect(remote.statusCode).toBe(403);
    expect(remote.headers['content-type']).toContain('application/problem+json');
    expect(remote.json().code).toBe('METRICS_FORBIDDEN');
    expect(remote.body).not.toContain('motcua_http_requests_total');
  });

  it('refuses a request a proxy on this host forwarded for someone else', async () => {
    expect((await scrape({ 'x-forwarded-for': '203.0.113.5' })).statusCode).toBe(403);
    expect((await scrape({ 'x-forwarded-for': '127.0.0.1' })).statusCode).toBe(403);
    expect((await scrape({ forwarded: 'for=203.0.113.5' })).statusCode).toBe(403);
    expect((await scrape({}, '::1')).statusCode).toBe(200);
    expect((await scrape({}, '::ffff:127.0.0.1')).statusCode).toBe(200);
  });

  it('with MOTCUA_METRICS_TOKEN set, answers the right bearer only, from anywhere', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const other = await createTestApp({ MOTCUA_METRICS_TOKEN: token });
    try {
      const get = (headers: Record<string, string>, remoteAddress = '203.0.113.5') =>
        other.app.inject({ method: 'GET', url: '/metrics', headers, remoteAddress });
      const right = await get({ authorization: `Bearer ${token}` });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('motcua_http_requests_total');
      expect(right.body).not.toContain(token);
      const wrong: Record<string, string>[] = [
        { authorization: `Bearer ${token}x` },
        { authorization: 'Bearer mc_not-a-token' },
        { authorization: token },
        {},
      ];
      for (const headers of wrong) {
        const refused = await get(headers);
        expect(refused.statusCode, JSON.stringify(headers)).toBe(403);
        expect(refused.json().code).toBe('METRICS_FORBIDDEN');
      }
      // The token is needed from this host too.
      expect((await get({}, '127.0.0.1')).statusCode).toBe(403);
      expect((await get({ authorization: `bearer ${token}` }, '127.0.0.1')).statusCode).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('knows the loopback addresses', () => {
    for (const ip of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ['10.0.0.1', '203.0.113.5', '::ffff:10.0.0.1', '::2', '1127.0.0.1', 'fe80::1'])
      expect(isLoopbackAddress(ip), ip).toBe(false);
  });
});

describe('the metrics the server feeds', () => {
  it('counts failed outbox sends through the dispatcher, and records the timers and the backup age', async () => {
    const metrics = createMetrics({ database: t.database });
    await enqueueMessages(t.database.db, [
      { channel: 'sms', recipient: '0912000111', body: 'Tin nhắn thử', topic: 'test.metrics.sms' },
      { channel: 'email', recipient: 'le.van.b@example.vn', body: 'Thư thử', topic: 'test.metrics.email' },
    ]);
    const report = await dispatchOutbox(
      t.database.db,
      {
        sms: async () => {
          throw new Error('gateway down');
        },
        email: async () => undefined,
      },
      { onAttempt: (channel, isSent) => metrics.recordOutboxAttempt(channel, isSent) },
    );
    expect(report.retried).toBe(1);
    metrics.recordJobRun('outbox_dispatch', 1_700_000_000_000, 1_700_000_002_500);
    let text = await metrics.render();
    expect(sample(text, 'motcua_outbox_failed_sends_total{channel="sms"}')).toBe(1);
    expect(sample(text, 'motcua_outbox_send_attempts_total{channel="sms"}')).toBe(1);
    expect(sample(text, 'motcua_outbox_send_attempts_total{channel="email"}')).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('motcua_outbox_failed_sends_total{channel="email"}');
    expect(sample(text, 'motcua_job_last_run_timestamp_seconds{job="outbox_dispatch"}')).toBe(1_700_000_002.5);
    expect(sample(text, 'motcua_job_lag_seconds{job="outbox_dispatch"}')).toBe(2.5);
    expect(text).not.toContain('0912000111');

    const backup: { lastSuccessAt: number | undefined } = { lastSuccessAt: undefined };
    metrics.setBackupStatus(() => backup);
    text = await metrics.render();
    expect(sample(text, 'motcua_backup_age_seconds')).toBe(Number.POSITIVE_INFINITY);
    expect(sample(text, 'motcua_backup_last_success_timestamp_seconds')).toBe(0);
    backup.lastSuccessAt = Date.now() - 90_000;
    text = await metrics.render();
    expect(sample(text, 'motcua_backup_age_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'motcua_backup_age_seconds')).toBeLessThan(120);
    expect(sample(text, 'motcua_backup_last_success_timestamp_seconds')).toBe(backup.lastSuccessAt / 1000);
  });

  it("reads a server's pool live; reports the outbox gauges absent when the database does not answer", async () => {
    const pool = { totalCount: 3, idleCount: 2, waitingCount: 0 };
    const failing = {
      ...t.database,
      pool,
      query: async () => {
        throw new Error('connection refused');
      },
    };
    const metrics = createMetrics({ database: failing });
    pool.waitingCount = 4;
    const text = await metrics.render();
    expect(sample(text, 'motcua_db_pool_connections{state="total"}')).toBe(3);
    expect(sample(text, 'motcua_db_pool_connections{state="idle"}')).toBe(2);
    expect(sample(text, 'motcua_db_pool_connections{state="waiting"}')).toBe(4);
    expect(text).not.toContain('motcua_outbox_messages{');
    expect((await metrics.render()).includes('motcua_metrics_collect_errors_total{collector="outbox"}')).toBe(true);
  });
});
