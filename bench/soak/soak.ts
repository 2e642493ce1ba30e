import fs from 'node:fs';
import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { benchAdminPassword, startServerProcess } from '../http/server.js';
import { withTarget, type BenchTarget } from '../http/target.js';
import {
  cpuMeter,
  folderMb,
  machineBusySeconds,
  Metrics,
  parentPid,
  processCpuSeconds,
  processTreeCpuSeconds,
  residentMb,
  WINDOW_MS,
  type Sample,
} from './metrics.js';
import { kinds, ratesOf, type Kind, type Mix } from './mix.js';
import { receiveOpenSet } from './open-set.js';
import { runOpenLoad } from './scheduler.js';
import { setUpProvince } from './setup.js';
import { Workload } from './workload.js';

export type SoakOptions = {
  minutes: number;
  multiplier: number;
  peakIntakes: number;
  communes: number;
  maxInFlight: number;
  logLevel: string;
  seed: number;
  /** Dossiers received before the measured load (the province's open set in its steady state). */
  openDossiers: number;
};

export type SoakRun = {
  database: BenchTarget['label'];
  plannedSeconds: number;
  /** From the first request due to the last answer (the drain included). */
  seconds: number;
  rates: Record<Kind, number>;
  /** The open dossiers the workload works on: received before the load, at its start and at its end. */
  openSet: { received: number; seconds: number; atStart: number; atEnd: number };
  metrics: Metrics;
  outcomes: Workload['outcomes'];
  /** The size of the motcua data before and after the load: the schema's tables on a server, the data folder on PGlite. */
  databaseMb: { start: number | null; end: number | null; what: string };
  /** A server's whole database (pg_database_size), before and after. */
  serverDatabaseMb?: { start: number; end: number };
  rssBeforeMb: number | null;
  undrained: number;
  /** Settings of a PostgreSQL server that change the figures (its version, JIT compilation). */
  serverSettings?: Record<string, string>;
};

type Sizer = {
  measure(): Promise<{ data: number; server?: number } | null>;
  close(): Promise<void>;
  /** The PostgreSQL postmaster's pid when the server runs on this machine (its CPU is sampled). */
  postmasterPid?: number;
  settings?: Record<string, string>;
};

/**
 * One soak run on one database: a fresh database prepared with the server stopped (migrations,
 * the administrator, the demo catalogue), the real server started as a child process, the
 * province set up through its API and brought to its steady state (its open dossiers received,
 * see mix.ts), then the open-model load for the planned minutes, sampled
 * every 10 seconds; the server is stopped and the database removed at the end.
 */
export async function runSoak(target: BenchTarget, mix: Mix, options: SoakOptions, log: (line: string) => void): Promise<SoakRun> {
  const tag = `[${target.label}]`;
  log(`${tag} preparing a fresh database`);
  await withTarget(target, async (database) => {
    await ensureAdministrator(database.db, { password: benchAdminPassword });
    await loadDemoCatalogue(database.db, systemContext('soak'));
  });
  log(`${tag} starting the server`);
  const server = await startServerProcess(target, { logLevel: options.logLevel });
  let sizer: Sizer | undefined;
  try {
    log(`${tag} setting up the province: ${options.communes} communes, their officers and kiosks`);
    const province = await setUpProvince(server.url, options.communes);
    const workload = new Workload(province, mix, options.seed);
    log(`${tag} receiving the open set of a province in its steady state: ${options.openDossiers.toLocaleString('en-US')} dossiers`);
    const opening = await receiveOpenSet(server.url, workload, options.openDossiers, log);
    const openAtStart = workload.work.open;
    sizer = await sizerOf(target);
    const before = await sizer.measure();
    const rssBeforeMb = residentMb(server.pid);
    const rates = ratesOf(mix, options.peakIntakes, options.multiplier);
    const metrics = new Metrics();
    const plannedMs = Math.round(options.minutes * 60_000);
    const total = kinds.reduce((sum, kind) => sum + rates[kind], 0);
    log(
      `${tag} load for ${formatMinutes(plannedMs / 60_000)}: ${total.toFixed(0)} requests/s (` +
        kinds.map((kind) => `${kind} ${rates[kind].toFixed(rates[kind] < 1 ? 2 : 1)}/s`).join(', ') +
        `), at most ${options.maxInFlight} in flight`,
    );

    const sizes: Promise<void>[] = [];
    const serverCpu = cpuMeter(() => processCpuSeconds(server.pid));
    const postmaster = sizer.postmasterPid;
    const databaseCpu = cpuMeter(() => (postmaster === undefined ? null : processTreeCpuSeconds(postmaster)));
    const generatorCpu = cpuMeter(() => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1e6;
    });
    const machineCpu = cpuMeter(machineBusySeconds);
    const takeSample = (seconds: number) => {
      const sample = metrics.close(seconds, residentMb(server.pid), null, {
        server: serverCpu(),
        database: databaseCpu(),
        generator: generatorCpu(),
        machine: machineCpu(),
      });
      sizes.push(
        sizer!.measure().then((size) => {
          sample.databaseMb = size?.data ?? null;
        }),
      );
      if (seconds % 60 === 0 || seconds * 1000 >= plannedMs) log(progressLine(tag, sample, metrics, plannedMs));
    };
    const startedAt = performance.now();
    let windows = 0;
    const windowCount = Math.ceil(plannedMs / WINDOW_MS);
    let sampler: NodeJS.Timeout | undefined;
    const scheduleSample = () => {
      if (windows >= windowCount) return;
      const endsAt = Math.min((windows + 1) * WINDOW_MS, plannedMs);
      sampler = setTimeout(
        () => {
          windows += 1;
          takeSample(Math.round(endsAt / 100) / 10);
          scheduleSample();
        },
        Math.max(0, startedAt + endsAt - performance.now()),
      );
    };
    scheduleSample();
    const { undrained } = await runOpenLoad(
      {
        url: server.url,
        rates,
        durationMs: plannedMs,
        maxInFlight: options.maxInFlight,
        next: (kind) => workload.next(kind),
        onComplete: (completion) => metrics.record(completion),
        onSkip: (kind) => metrics.skip(kind),
      },
      startedAt,
    );
    // The last window closes on time even when requests are still answering; then the drain is folded in.
    while (windows < windowCount) await new Promise((resolve) => setTimeout(resolve, 50));
    clearTimeout(sampler);
    metrics.foldLeftovers();
    const seconds = (performance.now() - startedAt) / 1000;
    await Promise.all(sizes);
    const after = await sizer.measure();
    if (undrained > 0) log(`${tag} WARNING: ${undrained} requests still unanswered a minute after the end`);
    return {
      database: target.label,
      plannedSeconds: plannedMs / 1000,
      seconds,
      rates,
      openSet: { received: options.openDossiers, seconds: opening.seconds, atStart: openAtStart, atEnd: workload.work.open },
      metrics,
      outcomes: workload.outcomes,
      databaseMb: {
        start: before?.data ?? null,
        end: after?.data ?? null,
        what: target.label === 'PGlite' ? 'the data folder on disk' : "the schema's tables with their indexes (pg_total_relation_size)",
      },
      ...(before?.server !== undefined && after?.server !== undefined
        ? { serverDatabaseMb: { start: before.server, end: after.server } }
        : {}),
      rssBeforeMb,
      undrained,
      ...(sizer.settings ? { serverSettings: sizer.settings } : {}),
    };
  } finally {
    await sizer?.close();
    log(`${tag} stopping the server`);
    await server.stop();
  }
}

/** How the data's size is read: the schema's relations on a server (one extra connection), the folder on PGlite. */
async function sizerOf(target: BenchTarget): Promise<Sizer> {
  if (target.label === 'PGlite') {
    const folder = target.env.MOTCUA_DATA_DIR!;
    return { measure: async () => ({ data: await folderMb(folder) }), close: async () => {} };
  }
  const database: Database = await target.open({ maxConnections: 1 });
  const [backend] = await database.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  // A backend's parent is the postmaster, when the server runs here (a local throw-away server).
  const postmaster = backend ? parentPid(backend.pid) : null;
  const isLocal =
    postmaster !== null &&
    fs.existsSync(`/proc/${postmaster}/comm`) &&
    fs.readFileSync(`/proc/${postmaster}/comm`, 'utf8').trim() === 'postgres';
  return {
    ...(isLocal ? { postmasterPid: postmaster } : {}),
    settings: Object.fromEntries(
      (
        await database.query<{ name: string; setting: string }>(
          `SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'jit', 'jit_above_cost', 'shared_buffers', 'max_connections') ORDER BY name`,
        )
      ).map((row) => [row.name, row.setting]),
    ),
    async measure() {
      const [row] = await database.query<{ data: string; server: string }>(
        `SELECT (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = $1 AND c.relkind IN ('r', 'm', 'p'))::bigint AS data,
                pg_database_size(current_database())::bigint AS server`,
        [database.schemaName],
      );
      return row ? { data: Number(row.data) / 1024 / 1024, server: Number(row.server) / 1024 / 1024 } : null;
    },
    close: () => database.close(),
  };
}

export function formatMinutes(minutes: number): string {
  const whole = Math.floor(minutes);
  const seconds = Math.round((minutes - whole) * 60);
  return seconds === 0 ? `${whole} min` : whole === 0 ? `${seconds} s` : `${whole} min ${seconds} s`;
}

const cpuText = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} %`);

/** The operator's line every minute: minutes done, requests, errors, the server's memory, each kind's p99 over the last minute. */
function progressLine(tag: string, sample: Sample, metrics: Metrics, plannedMs: number): string {
  const last = metrics.latencies.length;
  const from = Math.max(0, last - 60_000 / WINDOW_MS);
  const p99 = kinds
    .map((kind) => {
      const { p99: value } = metrics.p99Over(kind, from, last);
      return `${kind} ${value === null ? '—' : `${value.toFixed(0)} ms`}`;
    })
    .join(', ');
  return (
    `${tag} ${(sample.seconds / 60).toFixed(1)}/${(plannedMs / 60_000).toFixed(1)} min: ${metrics.doneCount.toLocaleString('en-US')} requests, ` +
    `${metrics.errorCount} errors, RSS ${sample.rssMb === null ? '—' : `${sample.rssMb.toFixed(0)} MB`}, ` +
    `CPU server ${cpuText(sample.cpu.server)}${sample.cpu.database === null ? '' : ` database ${cpuText(sample.cpu.database)}`} ` +
    `machine ${cpuText(sample.cpu.machine)}; p99 of the last minute: ${p99}`
  );
}
