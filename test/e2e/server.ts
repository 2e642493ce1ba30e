import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../../src/platform/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { launchBrowser } from './browser.js';

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

/**
 * For a test file: a server (`seed` fills it before the browser starts) and a browser, started
 * before its tests and closed after; `env` adds server settings.
 */
export function useServerAndBrowser(options: { seed?: (server: RunningServer) => Promise<void>; env?: Record<string, string> } = {}): {
  readonly server: RunningServer;
  readonly browser: Browser;
} {
  const state = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    state.server = await startTestServer(options.env);
    await options.seed?.(state.server);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
