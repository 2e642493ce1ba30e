import os from 'node:os';
import { kinds, type Kind } from './mix.js';
import type { SoakRun } from './soak.js';

/** The limits of a soak run. */
export const LIMITS = { rssGrowthPercent: 10, p99DriftPercent: 20, errors: 0 } as const;
/** A p99 over fewer requests than this is shown but not judged. */
const MIN_FOR_P99 = 100;
/**
 * A p99 rests on the slowest 1 % of its requests: a span needs 1,000 for that to be ten of them. A
 * kind whose 5-minute spans hold fewer (ratings at a province's rate: about 700) is compared over
 * the first and the last thirds of the measured time instead.
 */
const STEADY_P99 = 1000;
/** Runs at least this long compare 5-minute spans; shorter ones compare thirds of the time after warm-up. */
const SPAN_RUN_SECONDS = 15 * 60;
const SPAN_SECONDS = 5 * 60;

type Result = 'PASS' | 'FAIL' | '—';
export type Check = { measure: string; value: string; limit: string; result: Result };
type Span = { from: number; to: number; p99: number | null; count: number };

export type SoakSummary = {
  database: SoakRun['database'];
  plannedSeconds: number;
  seconds: number;
  warmUpSeconds: number;
  requests: Record<Kind, { done: number; errors: number; notSent: number; skipped: number; perSecond: number; plannedPerSecond: number }>;
  outcomes: SoakRun['outcomes'];
  openSet: SoakRun['openSet'];
  errors: { count: number; messages: { message: string; count: number }[]; otherMessages: number };
  rss: {
    beforeLoadMb: number | null;
    baselineAt: number;
    baselineMb: number | null;
    endAt: number;
    endMb: number | null;
    growthPercent: number | null;
  };
  /** `judged` false: too few requests, or requests not sent in a span (the server fell behind: the p99 of the others understates it). */
  /** `isWidened`: compared over thirds, the 5-minute spans holding under STEADY_P99 requests. */
  p99: Record<Kind, { early: Span; late: Span; driftPercent: number | null; isWidened: boolean; judged: boolean; why?: string }>;
  /** Requests due while the in-flight cap was reached, in the early and the late span (all kinds). */
  notSentInSpans: number;
  size: { what: string; startMb: number | null; endMb: number | null; growthMb: number | null; mbPerHour: number | null };
  serverDatabaseMb?: SoakRun['serverDatabaseMb'];
  serverSettings?: SoakRun['serverSettings'];
  /** Mean CPU over the load, in % of one core: the server process, and the whole machine (everything running on it). */
  cpu: { server: number | null; database: number | null; generator: number | null; machine: number | null; cores: number };
  undrained: number;
  checks: Check[];
  passed: boolean;
};

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
const percent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
const mb = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} MB`);
const whole = (value: number) => value.toLocaleString('en-US');

/** Memory is measured from the end of the first minute (the first 20 % of a run under 5 minutes): start-up allocation is not growth. */
export function warmUpSecondsOf(plannedSeconds: number): number {
  return plannedSeconds >= 300 ? 60 : plannedSeconds * 0.2;
}

function meanOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}

export function summarise(run: SoakRun): SoakSummary {
  const { metrics } = run;
  const samples = metrics.samples;
  const warmUpSeconds = warmUpSecondsOf(run.plannedSeconds);
  // The baseline: the first sample at or after the warm-up; the measured windows are the ones after it.
  const baseIndex = Math.max(
    0,
    samples.findIndex((sample) => sample.seconds >= warmUpSeconds - 1e-9),
  );
  const base = samples[baseIndex];
  const end = samples[samples.length - 1];
  const startOf = (index: number) => (index === 0 ? 0 : samples[index - 1]!.seconds);
  const measured = samples.map((_, index) => index).filter((index) => index > baseIndex);
  const third = Math.max(1, Math.floor(measured.length / 3));
  const earlyThird = measured.slice(0, third);
  const lateThird = measured.slice(-third);
  const isLong = run.plannedSeconds >= SPAN_RUN_SECONDS;
  let early = earlyThird;
  let late = lateThird;
  if (isLong) {
    const earlyEnd = (base?.seconds ?? 0) + SPAN_SECONDS;
    const lateStart = (end?.seconds ?? 0) - SPAN_SECONDS;
    early = measured.filter((index) => samples[index]!.seconds <= earlyEnd + 1e-9);
    late = measured.filter((index) => startOf(index) >= lateStart - 1e-9);
  }
  const spanOf = (kind: Kind, indices: number[]): Span => {
    if (indices.length === 0) return { from: 0, to: 0, p99: null, count: 0 };
    const first = indices[0]!;
    const last = indices[indices.length - 1]!;
    return { from: startOf(first), to: samples[last]!.seconds, ...metrics.p99Over(kind, first, last + 1) };
  };
  const notSentIn = (indices: number[]) =>
    indices.reduce((sum, index) => sum + kinds.reduce((inner, kind) => inner + samples[index]!.kinds[kind].notSent, 0), 0);
  let notSentInSpans = 0;
  const p99 = Object.fromEntries(
    kinds.map((kind) => {
      const fiveMinutes = [spanOf(kind, early), spanOf(kind, late)] as const;
      const isWidened = isLong && Math.min(fiveMinutes[0].count, fiveMinutes[1].count) < STEADY_P99;
      const [a, b] = isWidened ? [spanOf(kind, earlyThird), spanOf(kind, lateThird)] : fiveMinutes;
      const notSent = notSentIn([...new Set(isWidened ? [...earlyThird, ...lateThird] : [...early, ...late])]);
      notSentInSpans = Math.max(notSentInSpans, notSent);
      const driftPercent = a.p99 && b.p99 !== null ? ((b.p99 - a.p99) / a.p99) * 100 : null;
      const why =
        notSent > 0
          ? `not judged: the server fell behind (${whole(notSent)} not sent in these spans)`
          : driftPercent === null || a.count < MIN_FOR_P99 || b.count < MIN_FOR_P99
            ? `not judged: under ${MIN_FOR_P99} req. per span`
            : undefined;
      return [kind, { early: a, late: b, driftPercent, isWidened, judged: why === undefined, ...(why ? { why } : {}) }];
    }),
  ) as SoakSummary['p99'];
  const loadSeconds = run.plannedSeconds;
  const requests = Object.fromEntries(
    kinds.map((kind) => {
      const total = metrics.totals[kind];
      return [kind, { ...total, perSecond: total.done / loadSeconds, plannedPerSecond: run.rates[kind] }];
    }),
  ) as SoakSummary['requests'];
  const growthMb = run.databaseMb.start !== null && run.databaseMb.end !== null ? run.databaseMb.end - run.databaseMb.start : null;
  const rssGrowth = base?.rssMb && end?.rssMb ? ((end.rssMb - base.rssMb) / base.rssMb) * 100 : null;

  const summary: Omit<SoakSummary, 'checks' | 'passed'> = {
    database: run.database,
    plannedSeconds: run.plannedSeconds,
    seconds: run.seconds,
    warmUpSeconds,
    requests,
    outcomes: run.outcomes,
    openSet: run.openSet,
    errors: {
      count: metrics.errorCount,
      messages: [...metrics.messages.values()].map((entry) => ({ ...entry })),
      otherMessages: metrics.otherMessages,
    },
    rss: {
      beforeLoadMb: run.rssBeforeMb,
      baselineAt: base?.seconds ?? 0,
      baselineMb: base?.rssMb ?? null,
      endAt: end?.seconds ?? 0,
      endMb: end?.rssMb ?? null,
      growthPercent: rssGrowth,
    },
    p99,
    notSentInSpans,
    size: {
      what: run.databaseMb.what,
      startMb: run.databaseMb.start,
      endMb: run.databaseMb.end,
      growthMb,
      mbPerHour: growthMb === null ? null : growthMb / (loadSeconds / 3600),
    },
    ...(run.serverDatabaseMb ? { serverDatabaseMb: run.serverDatabaseMb } : {}),
    ...(run.serverSettings ? { serverSettings: run.serverSettings } : {}),
    cpu: {
      server: meanOf(samples.map((sample) => sample.cpu.server)),
      database: meanOf(samples.map((sample) => sample.cpu.database)),
      generator: meanOf(samples.map((sample) => sample.cpu.generator)),
      machine: meanOf(samples.map((sample) => sample.cpu.machine)),
      cores: os.cpus().length,
    },
    undrained: run.undrained,
  };
  const checks = checksOf(summary);
  return { ...summary, checks, passed: checks.every((check) => check.result !== 'FAIL') };
}

function checksOf(summary: Omit<SoakSummary, 'checks' | 'passed'>): Check[] {
  const checks: Check[] = [];
  const outcomes = summary.outcomes;
  checks.push({
    measure: 'duration',
    value: `${clock(summary.plannedSeconds)} of load (to the last answer ${summary.seconds.toFixed(1)} s); warm-up ${clock(summary.warmUpSeconds)}`,
    limit: '',
    result: '—',
  });
  const { openSet } = summary;
  checks.push({
    measure: 'open dossiers, start → end',
    value:
      `${whole(openSet.atStart)} → ${whole(openSet.atEnd)} (${percent(openSet.atStart ? ((openSet.atEnd - openSet.atStart) / openSet.atStart) * 100 : 0)}); ` +
      `${whole(openSet.received)} received before the load in ${openSet.seconds.toFixed(0)} s`,
    limit: '',
    result: '—',
  });
  const answered = kinds.reduce((sum, kind) => sum + summary.requests[kind].done, 0);
  const planned = kinds.reduce((sum, kind) => sum + summary.requests[kind].plannedPerSecond, 0);
  const notSent = kinds.reduce((sum, kind) => sum + summary.requests[kind].notSent, 0);
  checks.push({
    measure: 'requests answered',
    value:
      `${whole(answered)}: ${(answered / summary.plannedSeconds).toFixed(1)}/s of ${planned.toFixed(1)}/s planned` +
      (notSent ? `; ${whole(notSent)} not sent (due while the in-flight cap was reached: the server fell behind)` : ''),
    limit: '',
    result: '—',
  });
  for (const kind of kinds) {
    const entry = summary.requests[kind];
    const extra =
      kind === 'intake'
        ? `; ${whole(outcomes.received)} received, ${whole(outcomes.guided)} guided, ${whole(outcomes.refused)} refused`
        : '';
    checks.push({
      measure: `requests: ${kind}`,
      value: `${whole(entry.done)} done, ${entry.perSecond.toFixed(entry.perSecond < 1 ? 2 : 1)}/s of ${entry.plannedPerSecond.toFixed(entry.plannedPerSecond < 1 ? 2 : 1)}/s planned${entry.errors ? `, ${whole(entry.errors)} errors` : ''}${entry.skipped ? `, ${whole(entry.skipped)} skipped (nothing to do yet)` : ''}${extra}`,
      limit: '',
      result: '—',
    });
  }
  checks.push({
    measure: 'errors (non-2xx/3xx, network)',
    value: whole(summary.errors.count) + (summary.undrained ? ` (+${summary.undrained} unanswered)` : ''),
    limit: `= ${LIMITS.errors}`,
    result: summary.errors.count === LIMITS.errors && summary.undrained === 0 ? 'PASS' : 'FAIL',
  });
  const { rss } = summary;
  checks.push({
    measure: 'server RSS after warm-up → end',
    value:
      rss.growthPercent === null
        ? '— (not readable)'
        : `${mb(rss.baselineMb)} at ${clock(rss.baselineAt)} → ${mb(rss.endMb)} at ${clock(rss.endAt)}: ${percent(rss.growthPercent)} (before the load ${mb(rss.beforeLoadMb)})`,
    limit: `≤ ${LIMITS.rssGrowthPercent} %`,
    result: rss.growthPercent === null ? '—' : rss.growthPercent <= LIMITS.rssGrowthPercent ? 'PASS' : 'FAIL',
  });
  for (const kind of kinds) {
    const { early, late, driftPercent, isWidened, judged, why } = summary.p99[kind];
    const span = (value: typeof early) =>
      `${value.p99 === null ? '—' : `${value.p99.toFixed(1)} ms`} (${clock(value.from)}–${clock(value.to)}, ${whole(value.count)} req.)`;
    checks.push({
      measure: `p99 drift: ${kind}`,
      value: `${span(early)} → ${span(late)}${driftPercent === null ? '' : `: ${percent(driftPercent)}`}${isWidened ? ` (thirds: under ${whole(STEADY_P99)} req. in 5 min)` : ''}${why ? ` — ${why}` : ''}`,
      limit: `≤ ${LIMITS.p99DriftPercent} %`,
      result: !judged ? '—' : driftPercent! <= LIMITS.p99DriftPercent ? 'PASS' : 'FAIL',
    });
  }
  const { cpu } = summary;
  if (cpu.server !== null && cpu.machine !== null) {
    const known = cpu.server + (cpu.database ?? 0) + (cpu.generator ?? 0);
    checks.push({
      measure: 'CPU, mean, % of a core',
      value:
        `server ${cpu.server.toFixed(0)} %${cpu.database === null ? '' : `, PostgreSQL ${cpu.database.toFixed(0)} %`}, load generator ${(cpu.generator ?? 0).toFixed(0)} %, ` +
        `other processes ${Math.max(0, cpu.machine - known).toFixed(0)} % (machine ${cpu.machine.toFixed(0)} % of ${cpu.cores * 100} %)`,
      limit: '',
      result: '—',
    });
  }
  const { size } = summary;
  checks.push({
    measure: 'database size',
    value:
      size.growthMb === null
        ? '—'
        : `${mb(size.startMb)} → ${mb(size.endMb)}: +${size.growthMb.toFixed(1)} MB, ${size.mbPerHour!.toFixed(0)} MB/h (${size.what})`,
    limit: '',
    result: '—',
  });
  return checks;
}

/** Prints one table per database, with the error messages kept and how the figures were taken. */
export function printSummaries(summaries: SoakSummary[], multiplier: number, print: (line?: string) => void): void {
  for (const summary of summaries) {
    print();
    print(`${summary.database} — ${multiplier}× the modelled peak of a province — ${summary.passed ? 'PASS' : 'FAIL'}`);
    const rows = summary.checks.map((check) => [check.measure, check.value, check.limit, check.result]);
    const headers = ['measure', 'value', 'limit', 'result'];
    const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd();
    print(line(headers));
    print(widths.map((width) => '-'.repeat(width)).join('  '));
    for (const row of rows) print(line(row));
    if (summary.errors.messages.length > 0) {
      print('first distinct errors:');
      for (const { message, count } of summary.errors.messages) print(`  ${count}× ${message}`);
      if (summary.errors.otherMessages > 0) print(`  … and ${summary.errors.otherMessages} with other messages`);
    }
    if (summary.serverDatabaseMb)
      print(`whole database (pg_database_size): ${mb(summary.serverDatabaseMb.start)} → ${mb(summary.serverDatabaseMb.end)}`);
    if (summary.serverSettings)
      print(
        `server settings: ${Object.entries(summary.serverSettings)
          .map(([name, setting]) => `${name} ${setting}`)
          .join(', ')}`,
      );
  }
  print();
  print(
    'Memory growth counts from the sample after the warm-up (the first minute, or the first 20 % of a run under 5 minutes), ' +
      'so start-up allocation is not growth; p99 drift compares the first and the last 5 minutes after the warm-up ' +
      `(thirds of that time for runs under 15 minutes, and for a kind with under ${STEADY_P99.toLocaleString('en-US')} requests in 5 minutes, ` +
      'whose p99 would rest on fewer than ten requests). Latency runs from when a request was due (open model).',
  );
}
