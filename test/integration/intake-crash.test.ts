import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApplicant, buildProcedure, fixtureRandom } from '../support/factories.js';

/**
 * Kill -9 the real server during a burst of counter intakes: every acknowledged dossier is there
 * after a restart, and the day's codes have no gap.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-crash-'));
const children: ReturnType<typeof spawn>[] = [];

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
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => output.includes('motcua serving') && (clearInterval(timer), resolve()), 100);
    void exited.then(() => (clearInterval(timer), reject(new Error(output))));
  });
  // The test awaits `ready`; this handler only keeps Node from reporting the rejection before then.
  ready.catch(() => {});
  return { child, ready, exited };
}

async function session(base: string) {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Admin-password-1' }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const call = async (method: string, url: string, body?: unknown) => {
    const reply = await fetch(`${base}${url}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: reply.status, data: parseBody(await reply.text()) };
  };
  return call;
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

describe.runIf(!process.env.DATABASE_URL)('a crash during a burst of intakes', () => {
  it('loses no acknowledged dossier and leaves no gap in the codes', async () => {
    const first = start(3927);
    await first.ready;
    const base = 'http://127.0.0.1:3927';
    const call = await session(base);
    const province = (await call('POST', '/api/v1/units', { code: 'CR', name: 'Tỉnh Sự Cố', type: 'province' })).data;
    const commune = (await call('POST', '/api/v1/units', { code: 'CR1', name: 'Xã Sự Cố', type: 'commune', parentId: province.id })).data;
    const procedure = buildProcedure();
    expect((await call('POST', '/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).status).toBe(201);
    await call('POST', `/api/v1/staff/${(await call('GET', '/api/v1/me')).data.id}/roles`, { role: 'counter_officer', unitId: commune.id });

    const acknowledged: string[] = [];
    let isRunning = true;
    const workers = Array.from({ length: 4 }, async () => {
      while (isRunning) {
        try {
          const reply = await call('POST', '/api/v1/dossiers/counter-intake', {
            receivingUnitId: commune.id,
            procedureCode: procedure.code,
            applicant: buildApplicant(fixtureRandom()),
            documents: [{ index: 1 }, { index: 2 }],
            delivery: 'counter',
          });
          if (reply.status === 201) acknowledged.push(reply.data.code);
        } catch {
          return;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill('SIGKILL');
    await first.exited;
    isRunning = false;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(0);

    const second = start(3928);
    await second.ready;
    const again = await session('http://127.0.0.1:3928');
    const stored = (await again('GET', `/api/v1/dossiers?unitId=${commune.id}&pageSize=200`)).data;
    const codes: string[] = stored.items.map((item: { code: string }) => item.code);
    expect(stored.total).toBe(codes.length);
    for (const code of acknowledged) expect(codes).toContain(code);
    const sequences = codes.map((code) => Number(code.slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
    second.child.kill('SIGTERM');
    await second.exited;
  }, 120_000);
});

/** The JSON of an answer, or an empty object when it has none (a 204, a crashed server's empty reply). */
function parseBody(text: string): Record<string, any> {
  return text ? (JSON.parse(text) as Record<string, any>) : {};
}
