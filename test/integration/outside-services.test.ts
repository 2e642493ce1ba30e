import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupService } from '../../src/platform/backup/backup-service.js';
import { createLocalFileStore } from '../../src/platform/files/file-store.js';
import { createServiceHealth } from '../../src/platform/operations/service-health.js';
import { dispatchOutbox } from '../../src/platform/outbox/outbox.js';
import { createTransports } from '../../src/platform/outbox/transports.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree, counterIntake } from '../support/factories.js';
import { multipart } from '../support/multipart.js';
import { startSmtpServer } from '../support/smtp-server.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** An SMS gateway that can be down (connections refused), answer 500, hang, or work; it keeps each message id it accepted. */
class Gateway {
  mode: 'down' | 'error' | 'hang' | 'up' = 'down';
  readonly accepted = new Map<string, { to: string; text: string }>();
  deliveries = 0;
  readonly #server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (this.mode === 'hang') return;
      if (this.mode === 'error') return void response.writeHead(500).end();
      const message = JSON.parse(raw) as { id: string; to: string; text: string };
      // The gateway's side of "exactly once": a repeated message id is acknowledged, not delivered again.
      if (!this.accepted.has(request.headers['idempotency-key'] as string)) {
        this.accepted.set(request.headers['idempotency-key'] as string, message);
        this.deliveries++;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  port = 0;
  async start() {
    await new Promise<void>((resolve) => this.#server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }
  async stop() {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let t: TestApp;
const gateway = new Gateway();
let counter: Client;
let here: { unitId: string; procedureCode: string };

beforeAll(async () => {
  await gateway.start();
  await gateway.stop();
  t = await createTestApp({ MOTCUA_SMS_URL: `http://127.0.0.1:${gateway.port}/sms`, MOTCUA_BACKUP_AT: 'off' });
  const { commune } = await buildUnitTree(t.admin);
  const procedure = buildProcedure();
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
  here = { unitId: commune.id, procedureCode: procedure.code };
});
afterAll(async () => {
  await t?.close();
  await gateway.stop().catch(() => undefined);
});

const smsTo = async (dossierId: string) =>
  t.database.query<{ id: string; status: string; attempts: number }>(
    `SELECT id, status, attempts FROM outbox_messages WHERE channel = 'sms' AND subject_id = $1`,
    [dossierId],
  );

describe('outside services that fail', () => {
  it('takes an intake while the SMS gateway is down, reports the channel failing, and sends exactly one message when it returns', async () => {
    const health = createServiceHealth(
      t.config,
      t.database,
      createLocalFileStore(t.config.filesDir),
      new BackupService(t.database, undefined, t.config.backup, 'test'),
    );
    const transports = createTransports({ smsUrl: `http://127.0.0.1:${gateway.port}/sms`, timeoutMs: 300 });
    const onAttempt = (channel: string, isSent: boolean) => health.recordSend(channel, isSent);

    const received = await counterIntake(counter, { ...here, applicant: { phone: '0912345678' } });
    expect(received.statusCode).toBe(201);
    const dossierId = received.data.dossierId as string;
    expect(await smsTo(dossierId)).toMatchObject([{ status: 'pending' }]);

    // Down: refused connections. Then a 500. Then hanging past the timeout. Each is one failed attempt.
    let at = Date.now();
    for (const mode of ['down', 'error', 'hang'] as const) {
      if (mode !== 'down') {
        gateway.mode = mode;
        if (mode === 'error') await gateway.start();
      }
      at += 3_600_000;
      const round = await dispatchOutbox(t.database.db, transports, { now: new Date(at), onAttempt });
      expect(round.sent, mode).toBe(0);
      expect((await health.readiness()).checks.sms.state, mode).toBe('failing');
      expect((await health.readiness()).status).toBe('degraded');
    }
    expect(await smsTo(dossierId)).toMatchObject([{ status: 'pending', attempts: 3 }]);
    expect(gateway.deliveries).toBe(0);

    // Back: one message, once; later rounds send nothing more.
    gateway.mode = 'up';
    for (let round = 0; round < 3; round++) {
      at += 7 * 3_600_000;
      await dispatchOutbox(t.database.db, transports, { now: new Date(at), onAttempt });
    }
    const delivered = [...gateway.accepted.values()].filter((message) => message.to === '0912345678');
    expect(delivered).toHaveLength(1);
    expect(await smsTo(dossierId)).toMatchObject([{ status: 'sent' }]);
    const readiness = await health.readiness();
    expect(readiness.checks.sms).toMatchObject({ state: 'ok' });
  });

  it('spends one timeout per round on a hanging gateway, not one per message, and keeps the untried messages untouched', async () => {
    const transports = createTransports({ smsUrl: `http://127.0.0.1:${gateway.port}/sms`, timeoutMs: 300 });
    gateway.mode = 'hang';
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await counterIntake(counter, here)).data.dossierId as string);
    const round = await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 30 * 86_400_000) });
    // One attempt timed out; the five behind it were not tried (one timeout per round, not six).
    expect(round).toMatchObject({ sent: 0, retried: 1, deferred: 5 });
    const attempts = (await Promise.all(ids.map(smsTo))).flat().map((row) => row.attempts);
    expect(attempts.sort()).toEqual([0, 0, 0, 0, 0, 1]);
    gateway.mode = 'up';
    await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 31 * 86_400_000) });
    expect((await Promise.all(ids.map(smsTo))).flat().every((row) => row.status === 'sent')).toBe(true);
  });

  it('lists a message given up to an administrator, masked, and sends it once more on request', async () => {
    const transports = createTransports({ smsUrl: `http://127.0.0.1:${gateway.port}/sms`, timeoutMs: 300 });
    gateway.mode = 'error';
    const dossierId = (await counterIntake(counter, { ...here, applicant: { phone: '0987000111' } })).data.dossierId as string;
    await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 40 * 86_400_000), maxAttempts: 1 });
    const [message] = await smsTo(dossierId);
    expect(message!.status).toBe('failed');

    const list = await t.admin.get('/api/v1/operations/outbox?status=failed&channel=sms');
    expect(list.statusCode).toBe(200);
    const item = list.data.items.find((row: { id: string }) => row.id === message!.id);
    expect(item).toMatchObject({ recipient: '09****111', status: 'failed', lastError: 'SMS gateway answered 500' });
    expect(list.body).not.toContain('0987000111');
    const ready = await t.admin.get('/readyz');
    expect(ready.data.checks.sms.stuck).toBeGreaterThanOrEqual(1);

    const officer = await t.admin.get('/api/v1/operations/outbox');
    expect(officer.statusCode).toBe(200);
    expect((await counter.get('/api/v1/operations/outbox')).statusCode).toBe(403);
    expect((await counter.post(`/api/v1/operations/outbox/${message!.id}/retry`)).statusCode).toBe(403);

    gateway.mode = 'up';
    const before = gateway.deliveries;
    expect((await t.admin.post(`/api/v1/operations/outbox/${message!.id}/retry`)).statusCode).toBe(204);
    await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 41 * 86_400_000) });
    expect(gateway.deliveries).toBe(before + 1);
    const again = await t.admin.post(`/api/v1/operations/outbox/${message!.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });
});

describe('an SMTP server that is down', () => {
  it('keeps the email in the outbox while the server is down and sends it once when it is back', async () => {
    const port = await closedPort();
    const transports = createTransports({ smtpUrl: `smtp://127.0.0.1:${port}`, timeoutMs: 500 });
    const health = createServiceHealth(
      { ...t.config, smtpUrl: `smtp://127.0.0.1:${port}` },
      t.database,
      createLocalFileStore(t.config.filesDir),
      new BackupService(t.database, undefined, t.config.backup, 'test'),
    );
    const onAttempt = (channel: string, isSent: boolean) => health.recordSend(channel, isSent);
    const received = await counterIntake(counter, { ...here, applicant: { email: 'nguoi.nop@example.vn' } });
    expect(received.statusCode).toBe(201);
    const email = () =>
      t.database.query<{ status: string }>(`SELECT status FROM outbox_messages WHERE channel = 'email' AND subject_id = $1`, [
        received.data.dossierId,
      ]);
    let at = Date.now() + 50 * 86_400_000;
    await dispatchOutbox(t.database.db, transports, { now: new Date(at), onAttempt });
    expect(await email()).toMatchObject([{ status: 'pending' }]);
    expect((await health.readiness()).checks.email.state).toBe('failing');

    const smtp = await startSmtpServer(port);
    try {
      for (let round = 0; round < 3; round++) {
        at += 7 * 3_600_000;
        await dispatchOutbox(t.database.db, transports, { now: new Date(at), onAttempt });
      }
      expect(smtp.mails.filter((mail) => mail.includes('nguoi.nop@example.vn'))).toHaveLength(1);
      expect(await email()).toMatchObject([{ status: 'sent' }]);
      expect((await health.readiness()).checks.email.state).toBe('ok');
    } finally {
      await smtp.close();
    }
  });
});

describe('an S3 file store that cannot be reached', () => {
  let s3: TestApp;
  beforeAll(async () => {
    s3 = await createTestApp({
      MOTCUA_FILES_S3_ENDPOINT: `http://127.0.0.1:${await closedPort()}`,
      MOTCUA_FILES_S3_BUCKET: 'motcua-files',
      MOTCUA_FILES_S3_ACCESS_KEY: 'key',
      MOTCUA_FILES_S3_SECRET_KEY: 'secret-value',
      MOTCUA_BACKUP_AT: 'off',
    });
  });
  afterAll(() => s3?.close());

  it('refuses an upload with a clear 503, records nothing, and reports the store failing', async () => {
    const { commune } = await buildUnitTree(s3.admin);
    const procedure = buildProcedure();
    await s3.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
    const officer = (await buildStaff(s3.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
    const { dossierId } = await buildDossier(officer, { unitId: commune.id, procedureCode: procedure.code });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(1024)]);
    const { body, contentType } = multipart([
      { name: 'kind', value: 'result' },
      { name: 'file', value: pdf, filename: 'ket-qua.pdf', type: 'application/pdf' },
    ]);
    const [before] = await s3.database.query<{ n: number }>('SELECT count(*)::int AS n FROM files');
    const refused = await officer.request('POST', `/api/v1/dossiers/${dossierId}/files`, {
      body,
      headers: { 'content-type': contentType },
    });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.data).toMatchObject({ code: 'FILE_STORE_UNAVAILABLE' });
    expect(refused.body).not.toContain('secret-value');
    const [after] = await s3.database.query<{ n: number }>('SELECT count(*)::int AS n FROM files');
    expect(after!.n).toBe(before!.n);

    const readiness = await s3.admin.get('/readyz');
    expect(readiness.statusCode).toBe(200);
    expect(readiness.data).toMatchObject({ status: 'degraded', checks: { files: { state: 'failing', store: 's3' } } });
  });
});
