import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/platform/config.js';
import { startServer, type RunningServer } from '../../src/server.js';

export const e2eAdminPassword = 'Admin-password-1';

/** A real server on a free loopback port: a fresh embedded data folder, or a fresh schema with DATABASE_URL; `env` adds settings. */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const config = readConfig({
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, MOTCUA_DB_SCHEMA: `e2e_${process.pid}_${Date.now()}` } : {}),
    MOTCUA_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    MOTCUA_ADMIN_PASSWORD: e2eAdminPassword,
    LOG_LEVEL: 'warn',
    ...env,
  });
  return startServer(config, { logger: false, print: () => undefined });
}
