import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/platform/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { readBackupControl } from '../support/backup-files.js';
import { adminPassword, signIn } from '../support/test-app.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-backup-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `motcua <args>` as an operator runs it, with the deployment's settings in the environment. */
const motcua = (args: string[], env: Record<string, string>) =>
  run(process.execPath, [path.join(root, 'bin/motcua.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: `${error.stdout}${error.stderr}` }),
  );

// The embedded database's path: a running server holds the folder, the command asks it for the snapshot.
describe.skipIf(Boolean(process.env.DATABASE_URL))('motcua backup and restore on the embedded database', () => {
  it(
    'backs up a running server, from the admin page and the command line, and restores into a new folder',
    { timeout: 180_000 },
    async () => {
      const dataDir = path.join(work, 'live');
      const env = { MOTCUA_DATA_DIR: dataDir, MOTCUA_ADMIN_PASSWORD: adminPassword, MOTCUA_BACKUP_AT: '02:00', MOTCUA_BACKUP_KEEP: '2' };
      let server: RunningServer | undefined = await startServer(readConfig({ ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), {
        logger: false,
        print: () => undefined,
      });
      try {
        const admin = await signIn(server.app, 'admin', adminPassword);
        // "Back up now" on the operations page: a job, then a file in the backup folder, shown as the last backup.
        const job = await admin.post('/api/v1/operations/backups');
        expect(job.statusCode).toBe(202);
        let view = job.data;
        while (view.status === 'running') {
          await new Promise((resolve) => setTimeout(resolve, 100));
          view = (await admin.get(`/api/v1/jobs/${view.id}`)).data;
        }
        expect(view).toMatchObject({ status: 'succeeded' });
        const operations = await admin.get('/api/v1/operations');
        expect(operations.data.backup).toMatchObject({
          last: { name: view.result.name },
          isOverdue: false,
          schedule: { dailyAt: '02:00', keep: 2 },
        });
        expect(operations.data.backups).toHaveLength(1);
        const readiness = (await admin.get('/readyz')).data;
        expect(readiness.checks.backup).toMatchObject({ state: 'ok', lastAt: operations.data.backup.last.createdAt });
        const audit = await admin.get('/api/v1/audit?action=backup.requested');
        expect(audit.data.total).toBe(1);

        // The command line while the server runs: the snapshot comes from the server through its socket.
        const file = path.join(work, 'live.backup.gz');
        const backup = await motcua(['backup', file], env);
        expect(backup.stdout).toContain('asking it for a consistent snapshot');
        expect(backup.code).toBe(0);
        expect(fs.existsSync(`${file}.partial`)).toBe(false);
        const control = readBackupControl(file);
        expect(control.header).toMatchObject({ format: 'motcua-backup', database: { kind: 'pglite' }, files: { mode: 'included' } });
        expect((await motcua(['backup', file], env)).code).toBe(2);

        await server.close();
        server = undefined;

        const restoredEnv = { MOTCUA_DATA_DIR: path.join(work, 'restored') };
        const restored = await motcua(['restore', file], restoredEnv);
        expect(restored.code).toBe(0);
        expect(restored.stdout).toMatch(/restored \d+ rows in \d+ tables and \d+ files in \d+\.\d s/);
        expect((await motcua(['audit', 'verify'], restoredEnv)).stdout).toMatch(/^ok \(\d+ rows\)/);
        expect((await motcua(['migrate', '--dry-run'], restoredEnv)).stdout).toContain('nothing would run');
        const again = await motcua(['restore', file], restoredEnv);
        expect(again.code).toBe(1);
        expect(again.stdout).toContain('The restore target is not empty');
        expect((await motcua(['restore', path.join(work, 'missing.backup.gz')], restoredEnv)).code).toBe(2);
      } finally {
        await server?.close();
      }
    },
  );
});
