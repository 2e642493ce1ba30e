import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real server as `npm start` runs it (the compiled dist/server/main.mjs) on an embedded data folder: a second process is refused,
 * SIGTERM under load stops cleanly, and every acknowledged change is there afterwards; and what the bundle loads on first use
 * (the API docs, the officer app, the metrics, the DOCX, PDF and XLSX engines) works from the compiled files.
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

async function signIn(base: string, username = 'admin', password = 'Admin-password-1') {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
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
    // The process's output with its exit code, so that a failure says why.
    expect({ code, output: code === 0 ? '' : first.output() }).toEqual({ code: 0, output: '' });
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

  it('serves from the compiled files what is loaded on first use: API docs, the officer app, metrics, DOCX, PDF and XLSX', async () => {
    const server = start(3920);
    await server.ready;
    const base = 'http://127.0.0.1:3920';
    const spec = await fetch(`${base}/docs/json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const docs = await fetch(`${base}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toMatch(/<html/i);
    // The officer app once built (npm start builds it, the test run does not), else the page saying it is not built yet.
    const officerApp = await fetch(`${base}/app/`);
    expect([200, 503]).toContain(officerApp.status);
    expect(await officerApp.text()).toMatch(/<html/i);
    const metrics = await fetch(`${base}/metrics`);
    expect(await metrics.text()).toMatch(/^# HELP /m);

    const admin = await signIn(base);
    const send = (who: { cookie: string; csrfToken: string }, method: string, url: string, body?: unknown) =>
      fetch(`${base}${url}`, {
        method,
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const unit = (await (
      await send(admin, 'POST', '/api/v1/units', { code: 'BUNDLE', name: 'Tỉnh Đóng Gói', type: 'province' })
    ).json()) as {
      id: string;
    };
    const created = await send(admin, 'POST', '/api/v1/staff', {
      username: 'lanh.dao',
      fullName: 'Lãnh Đạo',
      password: 'Staff-password-1',
      unitId: unit.id,
      roles: [{ role: 'leader', unitId: unit.id }],
    });
    expect(created.status).toBe(201);
    const leader = await signIn(base, 'lanh.dao', 'Staff-password-1');
    expect(
      (await send(leader, 'POST', '/api/v1/auth/password', { currentPassword: 'Staff-password-1', newPassword: 'Ready-password-2' }))
        .status,
    ).toBe(204);
    const drafted = await send(leader, 'POST', '/api/v1/reports/runs', {
      unitId: unit.id,
      kind: 'reception_petitions',
      period: { kind: 'year', cutOffRule: 'calendar', year: 2025 },
    });
    expect(drafted.status).toBe(201);
    const { id } = (await drafted.json()) as { id: string };
    const starts = { docx: 'PK', xlsx: 'PK', pdf: '%PDF' };
    for (const [format, magic] of Object.entries(starts)) {
      const file = await fetch(`${base}/api/v1/reports/runs/${id}/report.${format}`, { headers: { cookie: leader.cookie } });
      expect(file.status, format).toBe(200);
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, magic.length)
          .toString('latin1'),
        format,
      ).toBe(magic);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/"level":50/);
  }, 60_000);
});
