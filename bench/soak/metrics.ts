import fs from 'node:fs';
import path from 'node:path';
import { kinds, type Kind } from './mix.js';
import type { Completion } from './scheduler.js';

export const WINDOW_MS = 10_000;
const KEPT_MESSAGES = 12;

/** A kind's requests answered in a window: `errors` include `notSent` (due while the in-flight cap was reached). */
export type KindWindow = { done: number; errors: number; notSent: number; skipped: number; p50: number | null; p99: number | null };
/** One 10-second sample: the server's memory, the database's size, and each kind's requests answered in it. */
export type Sample = {
  seconds: number;
  rssMb: number | null;
  databaseMb: number | null;
  /**
   * CPU used in the window, in % of one core: the server process, the PostgreSQL server's processes
   * when it runs on this machine, this load generator, and the whole machine (every process, all cores).
   */
  cpu: { server: number | null; database: number | null; generator: number | null; machine: number | null };
  kinds: Record<Kind, KindWindow>;
};

/** The value at `share` (0–1) of sorted numbers (nearest rank), or null without any. */
export function percentile(sorted: ArrayLike<number>, share: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * share) - 1))]!;
}

const sortedCopy = (values: number[]) => Float64Array.from(values).sort();

/**
 * Collects the soak's completions into 10-second windows (by the time a request answered) and
 * keeps every window's latencies, so that any span of windows gets an exact p99 at the end.
 */
export class Metrics {
  readonly samples: Sample[] = [];
  /** Per window, per kind: the latencies (ms) of the requests answered without error. */
  readonly latencies: Record<Kind, Float64Array>[] = [];
  readonly totals: Record<Kind, { done: number; errors: number; notSent: number; skipped: number }> = Object.fromEntries(
    kinds.map((kind) => [kind, { done: 0, errors: 0, notSent: 0, skipped: 0 }]),
  ) as Record<Kind, { done: number; errors: number; notSent: number; skipped: number }>;
  /** The first few distinct error messages (told apart without their numbers and ids), with counts; `otherMessages` counts the rest. */
  readonly messages = new Map<string, { message: string; count: number }>();
  otherMessages = 0;
  private current = emptyWindow();

  record(completion: Completion): void {
    const window = this.current[completion.kind];
    const total = this.totals[completion.kind];
    if (completion.error) {
      window.errors += 1;
      total.errors += 1;
      if (completion.notSent) {
        window.notSent += 1;
        total.notSent += 1;
      }
      // Messages that differ only in numbers or ids (a request id, a dossier code) count as one, under the first seen.
      const key = `${completion.kind}: ${completion.error.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+/gi, '#')}`;
      const kept = this.messages.get(key);
      if (kept) kept.count += 1;
      else if (this.messages.size < KEPT_MESSAGES) this.messages.set(key, { message: `${completion.kind}: ${completion.error}`, count: 1 });
      else this.otherMessages += 1;
      return;
    }
    window.latencies.push(completion.latencyMs);
    total.done += 1;
  }

  skip(kind: Kind): void {
    this.current[kind].skipped += 1;
    this.totals[kind].skipped += 1;
  }

  get errorCount(): number {
    return kinds.reduce((sum, kind) => sum + this.totals[kind].errors, 0);
  }

  get doneCount(): number {
    return kinds.reduce((sum, kind) => sum + this.totals[kind].done, 0);
  }

  /** Closes the current window as a sample taken `seconds` after the load started. */
  close(seconds: number, rssMb: number | null, databaseMb: number | null, cpu: Sample['cpu']): Sample {
    const window = this.current;
    this.current = emptyWindow();
    const sorted = Object.fromEntries(kinds.map((kind) => [kind, sortedCopy(window[kind].latencies)])) as Record<Kind, Float64Array>;
    this.latencies.push(sorted);
    const sample: Sample = {
      seconds,
      rssMb,
      databaseMb,
      cpu,
      kinds: Object.fromEntries(
        kinds.map((kind) => [
          kind,
          {
            done: sorted[kind].length,
            errors: window[kind].errors,
            notSent: window[kind].notSent,
            skipped: window[kind].skipped,
            p50: percentile(sorted[kind], 0.5),
            p99: percentile(sorted[kind], 0.99),
          },
        ]),
      ) as Record<Kind, KindWindow>,
    };
    this.samples.push(sample);
    return sample;
  }

  /** Folds what answered after the last window closed (the drain) into that window. */
  foldLeftovers(): void {
    const last = this.latencies.length - 1;
    const sample = this.samples[last];
    if (!sample) return;
    for (const kind of kinds) {
      const extra = this.current[kind];
      if (extra.latencies.length === 0 && extra.errors === 0 && extra.skipped === 0) continue;
      const merged = Float64Array.from([...this.latencies[last]![kind], ...extra.latencies]).sort();
      this.latencies[last]![kind] = merged;
      const entry = sample.kinds[kind];
      Object.assign(entry, {
        done: merged.length,
        errors: entry.errors + extra.errors,
        notSent: entry.notSent + extra.notSent,
        skipped: entry.skipped + extra.skipped,
        p50: percentile(merged, 0.5),
        p99: percentile(merged, 0.99),
      });
    }
    this.current = emptyWindow();
  }

  /** p99 (ms) and count of a kind's latencies over the windows `from` ≤ index < `to`. */
  p99Over(kind: Kind, from: number, to: number): { p99: number | null; count: number } {
    const parts = this.latencies.slice(from, to).map((window) => window[kind]);
    const all = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    all.sort();
    return { p99: percentile(all, 0.99), count: all.length };
  }
}

type OpenWindow = Record<Kind, { latencies: number[]; errors: number; notSent: number; skipped: number }>;

function emptyWindow(): OpenWindow {
  return Object.fromEntries(kinds.map((kind) => [kind, { latencies: [] as number[], errors: 0, notSent: 0, skipped: 0 }])) as OpenWindow;
}

/** The resident memory of a process (VmRSS in /proc/<pid>/status), in MB; null where /proc is not readable. */
export function residentMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system, /proc/<pid>/stat at 100 ticks a second); null where unreadable. */
export function processCpuSeconds(pid: number, withEndedChildren = false): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (withEndedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of a process and its children (a PostgreSQL postmaster and its backends): the live
 * children's, and the ended ones' the parent has collected; null where unreadable.
 */
export function processTreeCpuSeconds(rootPid: number): number | null {
  const root = processCpuSeconds(rootPid, true);
  if (root === null) return null;
  let total = root;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === rootPid) total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total;
}

/** The parent of a process (/proc/<pid>/stat), or null. */
export function parentPid(pid: number): number | null {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return null;
  }
}

/** CPU seconds the whole machine has been busy (all cores; /proc/stat without idle, iowait, steal and guest); null where unreadable. */
export function machineBusySeconds(): number | null {
  try {
    const ticks = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const busy = ticks.reduce((sum, value, index) => (index === 3 || index === 4 || index >= 7 ? sum : sum + value), 0);
    return busy / 100;
  } catch {
    return null;
  }
}

/** Turns running CPU-second counters into % of one core over each interval. */
export function cpuMeter(read: () => number | null): () => number | null {
  let last = read();
  let lastAt = performance.now();
  return () => {
    const now = read();
    const at = performance.now();
    const share = now === null || last === null ? null : ((now - last) / ((at - lastAt) / 1000)) * 100;
    last = now;
    lastAt = at;
    return share;
  };
}

/** The bytes of the files under a folder (a PGlite data folder), in MB. */
export async function folderMb(folder: string): Promise<number> {
  let bytes = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await listing(dir)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) bytes += await sizeOf(full);
    }
  };
  await walk(folder);
  return bytes / 1024 / 1024;
}

async function listing(dir: string): Promise<fs.Dirent[]> {
  try {
    return await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A file's size; 0 when the database removed it between the listing and the look. */
async function sizeOf(file: string): Promise<number> {
  try {
    return (await fs.promises.stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
