import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { readConfig } from '../../src/platform/config.js';
import { buildApp } from '../../src/app.js';
import { loggerOptions } from '../../src/platform/http/logging.js';
import { ensureAdministrator } from '../../src/modules/org/index.js';
import { adminPassword, openTestDatabase, signIn, type TestApp } from './test-app.js';

export type LoggedTestApp = TestApp & { lines: string[]; filesDir: string };

/**
 * The application as createTestApp builds it, but with the production logger configuration
 * writing to memory at the given level, so that a test can read every line it wrote.
 */
export async function createLoggedTestApp(level: string, env: Record<string, string> = {}): Promise<LoggedTestApp> {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-files-'));
  const config = readConfig({
    MOTCUA_ADMIN_PASSWORD: adminPassword,
    LOG_LEVEL: level,
    MOTCUA_SIGNIN_RATE_LIMIT: '100000',
    MOTCUA_FILES_DIR: filesDir,
    ...env,
  });
  const database = await openTestDatabase();
  await ensureAdministrator(database.db, { password: adminPassword });
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ config, database, logger: { ...(loggerOptions(config) as object), stream } });
  await app.ready();
  const admin = await signIn(app, 'admin', adminPassword);
  return {
    app,
    database,
    config,
    admin,
    lines,
    filesDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** The error messages the server logged, by request id (what a 5xx answer hides from the client). */
export function serverErrorsByRequest(lines: readonly string[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const line of lines) {
    let entry: { reqId?: string; level?: number; msg?: string; err?: { type?: string; message?: string; code?: string } };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!entry.reqId || (entry.level ?? 0) < 50) continue;
    const message = entry.err
      ? `${entry.err.type ?? 'Error'}${entry.err.code ? ` ${entry.err.code}` : ''}: ${entry.err.message ?? ''}`
      : (entry.msg ?? '');
    errors.set(entry.reqId, message.replace(/\s+/g, ' ').slice(0, 300));
  }
  return errors;
}
