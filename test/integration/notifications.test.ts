import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox, markInterruptedMessages } from '../../src/platform/outbox/outbox.js';
import { createTransports } from '../../src/platform/outbox/transports.js';
import { startSmtpServer, type TestSmtp } from '../support/smtp-server.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildProcedure, buildStaff, buildUnitTree, counterIntake } from '../support/factories.js';

let t: TestApp;
let smtp: TestSmtp;
let gateway: http.Server;
const sms: { to: string; text: string }[] = [];
let failNextSms = 1;
let smtpUrl = '';
let smsUrl = '';

beforeAll(async () => {
  smtp = await startSmtpServer();
  smtpUrl = smtp.url;
  gateway = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (failNextSms > 0) {
        failNextSms--;
        response.writeHead(503).end();
        return;
      }
      sms.push(JSON.parse(raw) as { to: string; text: string });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  smsUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
  t = await createTestApp({ MOTCUA_PUBLIC_URL: 'https://dichvucong.example.vn' });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await new Promise<void>((resolve) => gateway?.close(() => resolve()));
});

describe('notifications through the outbox', () => {
  it('queues the receipt notice in the intake transaction, sends it by SMTP and SMS, retries a failure, and never sends twice', async () => {
    const { commune } = await buildUnitTree(t.admin);
    const procedure = buildProcedure();
    await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
    const counter: Client = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
    // The notices go to this e-mail address and phone; the SMS must not carry the name.
    const received = await counterIntake(counter, {
      unitId: commune.id,
      procedureCode: procedure.code,
      applicant: { name: 'Trần Thị Bình', phone: '0987654321', email: 'binh@example.vn' },
    });
    expect(received.statusCode).toBe(201);
    const queued = await t.database.query<{ channel: string; status: string }>(
      'select channel, status from outbox_messages order by channel',
    );
    expect(queued).toEqual([
      { channel: 'email', status: 'pending' },
      { channel: 'sms', status: 'pending' },
    ]);

    const transports = createTransports({ smtpUrl, smsUrl, mailFrom: 'motcua <no-reply@example.vn>' });
    const first = await dispatchOutbox(t.database.db, transports);
    expect(first).toEqual({ sent: 1, failed: 0, retried: 1, deferred: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toContain(received.data.code);
    expect(smtp.mails[0]).toContain('binh@example.vn');

    expect(await dispatchOutbox(t.database.db, transports)).toEqual({ sent: 0, failed: 0, retried: 0, deferred: 0 });
    const later = await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 60_000) });
    expect(later.sent).toBe(1);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe('0987654321');
    expect(sms[0]!.text).toContain(received.data.code);
    expect(sms[0]!.text).toContain('https://dichvucong.example.vn/tra-cuu?ma=');
    expect(sms[0]!.text).not.toContain('Bình');

    expect(await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 3_600_000) })).toEqual({
      sent: 0,
      failed: 0,
      retried: 0,
      deferred: 0,
    });
    expect(smtp.mails).toHaveLength(1);
    expect(sms).toHaveLength(1);
  });

  it('does not resend a message whose sending was interrupted', async () => {
    await t.database.query(
      "insert into outbox_messages (channel, recipient, body, topic, dedupe_key, status) values ('sms', '0900000000', 'x', 'test', 'test:interrupted', 'sending')",
    );
    expect(await markInterruptedMessages(t.database.db)).toBe(1);
    const transports = createTransports({ smsUrl });
    await dispatchOutbox(t.database.db, transports, { now: new Date(Date.now() + 86_400_000) });
    const [row] = await t.database.query<{ status: string }>("select status from outbox_messages where dedupe_key = 'test:interrupted'");
    expect(row!.status).toBe('uncertain');
    expect(sms.filter((message) => message.to === '0900000000')).toHaveLength(0);
  });
});
