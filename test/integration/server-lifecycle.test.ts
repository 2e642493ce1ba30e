import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real server as `npm start` runs it (the compiled dist/server/main.mjs) on an embedded data folder: a second process is refused,
 * SIGTERM under load stops cleanly, and every acknowledged change is there afterwards.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-life-'));
const children: ChildProcessWithoutNullStreams[] = [];

function start(port: number) {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      MOTCUA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOTCUA_ADMIN_PASSWORD: 'Admin-password-1',
      LOG_LEVEL: 'warn',
    },
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('motcua serving')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited: ${output}`));
    });
  });
  // The test awaits `ready`; this handler only keeps Node from reporting the rejection before then.
  ready.catch(() => {});
  return { child, ready, exited, output: () => output };
}

async function signIn(base: string) {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Admin-password-1' }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

describe.runIf(!process.env.DATABASE_URL)('server process on an embedded data folder', () => {
  it('refuses a second process on the same folder, stops cleanly on SIGTERM under load, and keeps every acknowledged change', async () => {
    const first = start(3917);
    await first.ready;
    const base = 'http://127.0.0.1:3917';

    const second = start(3918);
    const secondCode = await second.exited;
    expect(secondCode).not.toBe(0);
    expect(second.output()).toMatch(/in use by another motcua process/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const { cookie, csrfToken } = await signIn(base);
    const acknowledged: string[] = [];
    let keepGoing = true;
    const load = Array.from({ length: 4 }, async (_unused, worker) => {
      for (let i = 0; keepGoing && i < 500; i++) {
        try {
          const response = await fetch(`${base}/api/v1/units`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
            body: JSON.stringify({ code: `L${worker}-${i}`, name: `Tỉnh tải ${worker}-${i}`, type: 'province' }),
          });
          if (response.status === 201) acknowledged.push(`L${worker}-${i}`);
        } catch {
          return;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stoppedAt = Date.now();
    first.child.kill('SIGTERM');
    const code = await first.exited;
    keepGoing = false;
    await Promise.all(load);
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(acknowledged.length).toBeGreaterThan(0);

    const reopened = start(3919);
    await reopened.ready;
    const again = await signIn('http://127.0.0.1:3919');
    const listed = await fetch('http://127.0.0.1:3919/api/v1/units?q=tai&pageSize=200', { headers: { cookie: again.cookie } });
    const body = (await listed.json()) as { total: number; items: { code: string }[] };
    expect(body.total).toBeGreaterThanOrEqual(acknowledged.length);
    const verify = await fetch('http://127.0.0.1:3919/api/v1/audit/verify', { headers: { cookie: again.cookie } });
    expect(((await verify.json()) as { ok: boolean }).ok).toBe(true);
    reopened.child.kill('SIGTERM');
    expect(await reopened.exited).toBe(0);
  }, 120_000);
});
