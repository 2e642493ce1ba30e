import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { inheritedEnv } from '../http/server.js';
import type { BenchTarget } from '../http/target.js';
import type { BenchRow } from '../table.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Milliseconds from spawning `command` until GET /readyz answers 200 (the address read from its
 * output), then stops it. The child inherits no database setting of this process: the PGlite rows
 * start on their folder even when the bench runs beside a PostgreSQL server.
 */
async function timeToReady(command: string[], env: Record<string, string>, pattern: RegExp): Promise<number> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd: root, env: { ...inheritedEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited before it was ready:\n${output.slice(-2000)}`);
      if (performance.now() - started > 120_000) throw new Error(`not ready within 120 s:\n${output.slice(-2000)}`);
      const url = pattern.exec(output)?.[1];
      if (url) {
        const ready = await fetch(`${url}/readyz`).then(
          (response) => response.status === 200,
          () => false,
        );
        if (ready) return performance.now() - started;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const serverEnv = (target: BenchTarget) => ({
  ...target.env,
  PORT: '0',
  HOST: '127.0.0.1',
  MOTCUA_ADMIN_PASSWORD: 'Bench-admin-password-1',
  LOG_LEVEL: 'warn',
});

/**
 * Start to ready: `npm start`'s own command (scripts/start.mjs: the build check, then the compiled
 * server) until /readyz answers, on a new folder or schema and then on the same one again; beside
 * the floor of the machine, a bare Node process that listens and answers.
 */
export async function measureStartup(target: BenchTarget, runs: number): Promise<BenchRow[]> {
  const built = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building failed');
  const start = [process.execPath, 'scripts/start.mjs'];
  const serving = /motcua serving (http:\/\/[^\s]+)/;
  const first = await timeToReady(start, serverEnv(target), serving);
  const again: number[] = [];
  for (let run = 0; run < runs; run += 1) again.push(await timeToReady(start, serverEnv(target), serving));
  const floor: number[] = [];
  const bare = `require('http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('bare serving http://127.0.0.1:' + this.address().port) })`;
  for (let run = 0; run < runs; run += 1)
    floor.push(await timeToReady([process.execPath, '-e', bare], {}, /bare serving (http:\/\/[^\s]+)/));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const reference = median(floor);
  const row = (scenario: string, figure: number, goal: number, notes: string): BenchRow => ({
    scenario,
    database: target.label,
    figure,
    unit: 'ms',
    reference,
    referenceLabel: 'a bare Node process listening, median',
    ratio: figure / reference,
    ratioLabel: 'ours/bare',
    target: `≤ ${goal.toLocaleString('en-US')} ms`,
    met: figure <= goal,
    notes,
  });
  return [
    row(
      'start to ready, new folder or schema (node scripts/start.mjs → /readyz 200)',
      first,
      3000,
      'one run: migrations and the first administrator',
    ),
    row(
      'start to ready, existing folder or schema',
      median(again),
      1000,
      `median of ${runs} runs: ${again.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    ),
  ];
}
