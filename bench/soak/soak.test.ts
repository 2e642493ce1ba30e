import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metrics, percentile } from './metrics.js';
import { kinds, type Kind } from './mix.js';
import { summarise } from './report.js';
import { runOpenLoad, type Completion } from './scheduler.js';
import type { SoakRun } from './soak.js';

const only = (kind: Kind, rate: number) =>
  Object.fromEntries(kinds.map((other) => [other, other === kind ? rate : 0])) as Record<Kind, number>;

describe('percentile', () => {
  it('takes the nearest rank of sorted values', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('runOpenLoad', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    // Answers after 300 ms: a closed loop of one client would manage 3 requests a second.
    server = http.createServer((request, response) => {
      request.resume();
      setTimeout(() => response.end(request.url === '/fail' ? undefined : 'ok'), 300).unref();
      if (request.url === '/fail') response.statusCode = 500;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const run = async (options: { rate: number; maxInFlight: number; path?: string }) => {
    const completions: Completion[] = [];
    await runOpenLoad({
      url,
      rates: only('tracking', options.rate),
      durationMs: 1000,
      maxInFlight: options.maxInFlight,
      next: () => ({ method: 'GET', path: options.path ?? '/', headers: {} }),
      onComplete: (completion) => completions.push(completion),
      onSkip: () => undefined,
    });
    return completions;
  };

  it('sends at the arrival rate whether or not earlier requests answered', async () => {
    const completions = await run({ rate: 20, maxInFlight: 100 });
    expect(completions).toHaveLength(20);
    expect(completions.every((completion) => !completion.error && completion.latencyMs >= 290)).toBe(true);
    const due = completions.map((completion) => completion.scheduledAt).sort((a, b) => a - b);
    expect(due.at(-1)! - due[0]!).toBeCloseTo(950, -1);
  });

  it('does not send beyond the in-flight cap, and counts those as errors', async () => {
    const completions = await run({ rate: 20, maxInFlight: 2 });
    const notSent = completions.filter((completion) => completion.notSent);
    expect(notSent.length).toBeGreaterThan(10);
    expect(notSent.every((completion) => completion.error?.startsWith('not sent'))).toBe(true);
  });

  it('counts a non-2xx/3xx answer as an error with its status', async () => {
    const completions = await run({ rate: 5, maxInFlight: 10, path: '/fail' });
    expect(completions).toHaveLength(5);
    expect(completions[0]!.error).toMatch(/^GET \/fail: 500/);
  });
});

describe('summarise', () => {
  /** A run of `windows` 10-second samples: intake latency `latency(i)` ms for 200 requests a window, RSS `rss(i)`. */
  const runOf = (
    windows: number,
    latency: (i: number) => number,
    rss: (i: number) => number,
    notSentAt?: number,
    perWindow = 200,
  ): SoakRun => {
    const metrics = new Metrics();
    for (let i = 0; i < windows; i++) {
      for (let n = 0; n < perWindow; n++)
        metrics.record({ kind: 'intake', scheduledAt: 0, latencyMs: latency(i) * (n < perWindow * 0.98 ? 0.5 : 1) });
      if (i === notSentAt) metrics.record({ kind: 'intake', scheduledAt: 0, latencyMs: 0, error: 'not sent: cap', notSent: true });
      metrics.close((i + 1) * 10, rss(i), null, { server: null, database: null, generator: null, machine: null });
    }
    return {
      database: 'PGlite',
      plannedSeconds: windows * 10,
      seconds: windows * 10,
      rates: only('intake', 20),
      openSet: { received: 1_000, seconds: 10, atStart: 1_000, atEnd: 990 },
      metrics,
      outcomes: { received: 0, guided: 0, refused: 0 },
      databaseMb: { start: 10, end: 12, what: 'folder' },
      rssBeforeMb: 100,
      undrained: 0,
    };
  };

  it('takes memory from the sample after the warm-up, and compares the p99 of thirds of a short run', () => {
    // 1 minute: warm-up 12 s, so the baseline is the sample at 20 s; a big start-up jump before it does not count.
    const summary = summarise(
      runOf(
        6,
        (i) => (i < 4 ? 100 : 130),
        (i) => (i === 0 ? 100 : 200 + i),
      ),
    );
    expect(summary.rss.baselineAt).toBe(20);
    expect(summary.rss.growthPercent).toBeCloseTo(((205 - 201) / 201) * 100, 5);
    expect(summary.p99.intake.early).toMatchObject({ from: 20, to: 30, p99: 100 });
    expect(summary.p99.intake.late).toMatchObject({ from: 50, to: 60, p99: 130 });
    expect(summary.p99.intake.driftPercent).toBeCloseTo(30, 5);
    expect(summary.checks.find((check) => check.measure === 'p99 drift: intake')?.result).toBe('FAIL');
    expect(summary.checks.find((check) => check.measure.startsWith('errors'))?.result).toBe('PASS');
    expect(summary.passed).toBe(false);
  });

  it('compares the first and the last 5 minutes after the warm-up in a long run, and does not judge spans with requests not sent', () => {
    const summary = summarise(
      runOf(
        120,
        () => 50,
        () => 300,
      ),
    );
    expect(summary.warmUpSeconds).toBe(60);
    expect(summary.p99.intake.early).toMatchObject({ from: 60, to: 360 });
    expect(summary.p99.intake.late).toMatchObject({ from: 900, to: 1200 });
    expect(summary.passed).toBe(true);
    const behind = summarise(
      runOf(
        120,
        () => 50,
        () => 300,
        100,
      ),
    );
    expect(behind.p99.intake.judged).toBe(false);
    expect(behind.checks.find((check) => check.measure.startsWith('errors'))?.result).toBe('FAIL');
  });

  it('compares thirds for a kind whose 5-minute spans hold under 1,000 requests (its p99 would rest on under ten)', () => {
    // 20 minutes at 3 requests a window: 90 in 5 minutes, 114 in a third of the 19 measured minutes.
    const slow = (i: number) => (i >= 20 && i < 30 ? 400 : 100);
    const summary = summarise(runOf(120, slow, () => 300, undefined, 3));
    expect(summary.p99.intake).toMatchObject({ isWidened: true, judged: true });
    expect(summary.p99.intake.early).toMatchObject({ from: 60, to: 440, count: 114 });
    expect(summary.p99.intake.late).toMatchObject({ from: 820, to: 1200, count: 114 });
    expect(summary.checks.find((check) => check.measure === 'p99 drift: intake')?.value).toContain('thirds');
    // At 200 a window the same run compares 5-minute spans.
    expect(summarise(runOf(120, slow, () => 300)).p99.intake).toMatchObject({ isWidened: false });
  });
});
