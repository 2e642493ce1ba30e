import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { readConfig, type Config } from '../../src/platform/config.js';
import { openDatabase, quoteIdentifier, type Database } from '../../src/platform/db/open-database.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { buildApp } from '../../src/app.js';
import type { App } from '../../src/platform/http/deps.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';

export const adminPassword = 'Admin-password-1';

/** A database with nothing in it: a new schema on the server of DATABASE_URL (dropped on close), or a new in-memory PGlite. */
export async function openEmptyDatabase(): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return openDatabase({ schemaName: 'public' });
  const schemaName = `test_${crypto.randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ databaseUrl, schemaName, maxConnections: 5 });
  const close = database.close.bind(database);
  return {
    ...database,
    async close() {
      await database.exec(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schemaName)} CASCADE`);
      await close();
    },
  };
}

/** A fresh database for one test file: a copy of the migrated PGlite snapshot, or a new schema on the server. */
export async function openTestDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    const database = await openEmptyDatabase();
    await migrate(database);
    return database;
  }
  const snapshot = inject('pgliteSnapshot');
  return openDatabase({ schemaName: 'public', loadDataDir: new Blob([fs.readFileSync(snapshot)]) });
}

export type TestApp = { app: App; database: Database; config: Config; admin: Client; close(): Promise<void> };

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-files-'));
  const config = readConfig({
    MOTCUA_ADMIN_PASSWORD: adminPassword,
    LOG_LEVEL: 'silent',
    MOTCUA_SIGNIN_RATE_LIMIT: '1000',
    MOTCUA_FILES_DIR: filesDir,
    ...env,
  });
  const database = await openTestDatabase();
  await ensureAdministrator(database.db, { password: adminPassword });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const admin = await signIn(app, 'admin', adminPassword);
  return {
    app,
    database,
    config,
    admin,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

type Body = Record<string, unknown> | unknown[] | string | Buffer | undefined;
export type Reply = LightMyRequestResponse & { body: string; data: any };

/** An HTTP caller through app.inject: a signed-in person (cookie + CSRF), a token holder, or anonymous. */
export class Client {
  constructor(
    readonly app: App,
    readonly auth: { cookie?: string; csrfToken?: string; bearer?: string; accountId?: string } = {},
  ) {}

  async request(method: string, url: string, options: { body?: Body; headers?: Record<string, string> } = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.auth.cookie) headers.cookie = this.auth.cookie;
    if (this.auth.bearer) headers.authorization = `Bearer ${this.auth.bearer}`;
    if (this.auth.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.auth.csrfToken;
    const isJson = options.body !== undefined && typeof options.body !== 'string' && !Buffer.isBuffer(options.body);
    if (isJson) headers['content-type'] ??= 'application/json';
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.body !== undefined ? { payload: isJson ? JSON.stringify(options.body) : (options.body as string | Buffer) } : {}),
    });
    let data: unknown;
    try {
      data = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      data = undefined;
    }
    return Object.assign(response, { data });
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, headers ? { headers } : {});
  }
  post(url: string, body?: Body, headers?: Record<string, string>) {
    return this.request('POST', url, { body, ...(headers ? { headers } : {}) });
  }
  patch(url: string, body: Body, headers?: Record<string, string>) {
    return this.request('PATCH', url, { body, ...(headers ? { headers } : {}) });
  }
  delete(url: string, headers?: Record<string, string>) {
    return this.request('DELETE', url, headers ? { headers } : {});
  }
}

export async function signIn(app: App, username: string, password: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'motcua_session');
  const body = response.json() as { csrfToken: string; accountId: string };
  return new Client(app, { cookie: `motcua_session=${cookie!.value}`, csrfToken: body.csrfToken, accountId: body.accountId });
}

let sequence = 0;
/** A unique short code for test units. */
export function uniqueCode(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}${process.pid % 1000}${sequence}${crypto.randomBytes(2).toString('hex')}`;
}

export async function createUnit(client: Client, input: Record<string, unknown>) {
  const response = await client.post('/api/v1/units', { code: uniqueCode(), ...input });
  if (response.statusCode !== 201) throw new Error(`create unit failed: ${response.statusCode} ${response.body}`);
  return response.data as { id: string; code: string; name: string; version: number };
}

/** The temporary password a staff member is created with (changed at the first sign-in). */
export const staffPassword = 'Staff-password-1';
/** The password test staff members choose at their first sign-in. */
export const readyPassword = 'Ready-password-2';

/**
 * Creates a staff member with roles and returns a signed-in client for them. Like a real officer,
 * the new account changes its temporary password at the first sign-in (the server refuses
 * everything else until then); `keepTemporaryPassword` stops before that change.
 */
export async function createStaffMember(
  admin: Client,
  input: {
    username?: string;
    fullName?: string;
    unitId?: string | null;
    roles: { role: string; unitId: string | null }[];
    keepTemporaryPassword?: boolean;
  },
): Promise<{ id: string; client: Client; username: string; password: string }> {
  const username = input.username ?? `u${uniqueCode().toLowerCase()}`;
  const response = await admin.post('/api/v1/staff', {
    username,
    fullName: input.fullName ?? `Cán bộ ${username}`,
    password: staffPassword,
    unitId: input.unitId ?? null,
    roles: input.roles,
  });
  if (response.statusCode !== 201) throw new Error(`create staff failed: ${response.statusCode} ${response.body}`);
  const first = await signIn(admin.app, username, staffPassword);
  if (input.keepTemporaryPassword) return { id: response.data.id, client: first, username, password: staffPassword };
  const changed = await first.post('/api/v1/auth/password', { currentPassword: staffPassword, newPassword: readyPassword });
  if (changed.statusCode !== 204) throw new Error(`password change failed: ${changed.statusCode} ${changed.body}`);
  return { id: response.data.id, client: first, username, password: readyPassword };
}

export async function auditCount(database: Database): Promise<number> {
  const [row] = await database.query<{ n: number }>('select count(*)::int as n from audit_log');
  return row!.n;
}
