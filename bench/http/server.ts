import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BenchTarget } from './target.js';

export const benchAdminPassword = 'Bench-admin-password-1';
const root = path.resolve(import.meta.dirname, '../..');

export type ServerProcess = { url: string; pid: number; stop(): Promise<void> };

/** The environment of a child server: this process's, without any setting that says where data is or where messages go. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_READ_URL',
    'MOTCUA_DB_SCHEMA',
    'MOTCUA_DATA_DIR',
    'MOTCUA_FILES_DIR',
    'MOTCUA_SMTP_URL',
    'MOTCUA_SMS_URL',
    'PORT',
    'HOST',
  ])
    delete inherited[name];
  return inherited;
}

/**
 * Starts a real motcua server — the compiled dist/server/main.mjs, as `npm start` runs it (compiled
 * first if its sources changed) — as a child process on 127.0.0.1 and a free port, so the load
 * generator in this process and the server do not share an event loop. Resolves with its address
 * once it serves.
 */
export function startServerProcess(target: BenchTarget, options: { logLevel: string }): Promise<ServerProcess> {
  const built = spawnSync(process.execPath, ['scripts/build-if-needed.mjs', 'server'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('compiling the server failed');
  // MOTCUA_BENCH_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.MOTCUA_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.MOTCUA_BENCH_PROFILE}`] : [];
  return startChild([...profile, '--enable-source-maps', 'dist/server/main.mjs'], /motcua serving (http:\/\/[^\s]+)/, {
    ...target.env,
    PORT: '0',
    HOST: '127.0.0.1',
    MOTCUA_ADMIN_PASSWORD: benchAdminPassword,
    MOTCUA_SIGNIN_RATE_LIMIT: '1000',
    LOG_LEVEL: options.logLevel,
  });
}

/** Starts the tracking page's bare reference (bare-tracking.ts) on the target, the motcua server being stopped. */
export function startBareTracking(target: BenchTarget): Promise<ServerProcess> {
  return startChild(['--import', 'tsx', 'bench/http/bare-tracking.ts'], /bare serving (http:\/\/[^\s]+)/, target.env);
}

function startChild(args: string[], serving: RegExp, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...inheritedEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let isServing = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return new Promise((resolve, reject) => {
    const onEarlyExit = (code: number | null) => fail(new Error(`the server exited with code ${code}`));
    const timer = setTimeout(() => fail(new Error('the server did not start within 120 s')), 120_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output.slice(-4000)}`));
    };
    child.once('exit', onEarlyExit);
    // Both pipes are read to the end, or a chatty server would block on a full pipe.
    child.stderr.on('data', (chunk: Buffer) => {
      if (!isServing) output += chunk.toString();
      else process.stderr.write(chunk);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (isServing) return;
      output += chunk.toString();
      const match = serving.exec(output);
      if (!match) return;
      isServing = true;
      clearTimeout(timer);
      child.off('exit', onEarlyExit);
      resolve({
        url: match[1]!,
        pid: child.pid!,
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

export type Session = { cookie: string; csrfToken: string };

/** Signs in through the API, as the officer app does: the session cookie and its anti-forgery token. */
export async function signIn(url: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('motcua_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, csrfToken: body.csrfToken };
}

/** A JSON call with a session (cookie + X-CSRF-Token on writes); throws unless the status is the expected one. */
export async function call<T>(url: string, session: Session, method: string, route: string, body: unknown, expected = 201): Promise<T> {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
