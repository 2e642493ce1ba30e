import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { buildApp } from '../../src/app.js';
import { loggerOptions } from '../../src/platform/http/logging.js';
import type { App } from '../../src/platform/http/deps.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { adminPassword, openTestDatabase, signIn } from '../support/test-app.js';

let lines: string[] = [];
let app: App;
let database: Database;

beforeAll(async () => {
  const config = readConfig({ LOG_LEVEL: 'info' });
  database = await openTestDatabase();
  await ensureAdministrator(database.db, { password: adminPassword });
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({ config, database, logger: { ...(loggerOptions(config) as object), stream } });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('logs', () => {
  it('are structured JSON with request ids and never carry passwords, cookies, tokens or query strings', async () => {
    lines = [];
    const client = await signIn(app, 'admin', adminPassword);
    const created = await client.post('/api/v1/api-tokens', { name: 'log test', role: 'supervisor', unitId: null });
    await client.get('/api/v1/units?q=nguyen%20van%20anh');
    await client.post('/api/v1/auth/password', { currentPassword: 'wrong-one-1', newPassword: 'Another-password-9' });
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(text).toContain('"reqId"');
    expect(text).not.toContain(adminPassword);
    expect(text).not.toContain('wrong-one-1');
    expect(text).not.toContain(client.auth.cookie!.split('=')[1]);
    expect(text).not.toContain(client.auth.csrfToken);
    expect(text).not.toContain(created.data.token);
    expect(text).not.toContain('nguyen');
  });
});
