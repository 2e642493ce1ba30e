import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateActivity } from '../../demo/generate-activity.js';
import { assignDepartmentSteps, generateUnitsAndStaff } from '../../demo/generate-units-and-staff.js';
import { Random } from '../../demo/random.js';
import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { verifyAuditChain } from '../../src/platform/audit/verify-audit-chain.js';
import { restoreBackup } from '../../src/platform/backup/restore-backup.js';
import { listTables, tableStat } from '../../src/platform/backup/snapshot-sql.js';
import { writeBackup } from '../../src/platform/backup/write-backup.js';
import { openDatabase, quoteIdentifier, type Database } from '../../src/platform/db/open-database.js';
import { createLocalFileStore } from '../../src/platform/files/file-store.js';
import { readBackupControl } from '../support/backup-files.js';
import { buildProcedure, buildStaff, counterIntake } from '../support/factories.js';
import { adminPassword, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-drill-'));
const backupFile = path.join(work, 'drill.backup.gz');
let communeId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const random = new Random(20_261_207);
  // A commune's year: units, staff and catalogue, then twelve months at the counter and online, through the use cases.
  const org = await generateUnitsAndStaff(db, random.fork('org'), { communes: 1, adminPassword, log: () => undefined });
  await loadDemoCatalogue(db, systemContext('drill'));
  await assignDepartmentSteps(db, () => undefined);
  await generateActivity(db, org, random.fork('activity'), {
    months: 12,
    perDay: 1,
    nowMs: Date.now(),
    publicUrl: 'http://localhost',
    filesDir: t.config.filesDir,
  });
  communeId = org.communes[0]!.id;
}, 300_000);

afterAll(async () => {
  await t?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Every table's count and checksum, the audit log without the rows after `auditBefore` (the restore's own record). */
async function statsOf(database: Database, options: { withoutLastAudit?: boolean } = {}) {
  const tables = await listTables(database.db, database.schemaName);
  const stats = [];
  for (const table of tables) {
    stats.push(
      await tableStat(
        database.db,
        database.schemaName,
        table,
        table === 'audit_log' && options.withoutLastAudit ? 'seq < (SELECT max(seq) FROM audit_log)' : undefined,
      ),
    );
  }
  return stats;
}

describe('backup and restore drill', () => {
  it(
    'backs up a commune year while intakes run, and restores it row for row into a new folder and a new server schema',
    { timeout: 300_000 },
    async () => {
      const procedure = buildProcedure({ name: 'Thủ tục diễn tập sao lưu' });
      expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
      const counter = await buildStaff(t.admin, { unitId: communeId, roles: ['counter_officer'] });
      const [before] = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');

      // The backup starts, and twenty intakes arrive while it is written.
      const started = writeBackup(t.database, fs.createWriteStream(backupFile), {
        files: { kind: 'local', dir: t.config.filesDir },
        appVersion: 'drill',
      });
      const intakes = await Promise.all(
        Array.from({ length: 20 }, () => counterIntake(counter.client, { unitId: communeId, procedureCode: procedure.code })),
      );
      const summary = await started;
      expect(intakes.map((reply) => reply.statusCode)).toEqual(Array(20).fill(201));
      const [after] = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers');
      expect(after!.n).toBe(before!.n + 20);

      const control = readBackupControl(backupFile);
      const inBackup = new Map(control.tables.map((stat) => [stat.table, stat]));
      const dossiersInBackup = inBackup.get('dossiers')!.rows;
      // One snapshot: the dossiers it holds are those before the burst, or some of the burst, never a torn intake.
      expect(dossiersInBackup).toBeGreaterThanOrEqual(before!.n);
      expect(dossiersInBackup).toBeGreaterThan(100);
      expect(control.files.length).toBeGreaterThan(0);
      expect(control.end).toMatchObject({ files: control.files.length });
      console.log(
        `drill: ${summary.rows} rows in ${summary.tables} tables and ${summary.files} files (${(summary.fileBytes / 1024).toFixed(0)} kB), ` +
          `backup ${(summary.bytes / 1024).toFixed(0)} kB in ${summary.seconds.toFixed(1)} s`,
      );

      const targets: { label: string; open(): Promise<Database>; dispose(database: Database): Promise<void> }[] = [
        {
          label: 'a new PGlite folder',
          open: () => openDatabase({ dataDir: path.join(work, 'restored'), schemaName: 'public' }),
          dispose: (database) => database.close(),
        },
      ];
      const databaseUrl = process.env.DATABASE_URL;
      if (databaseUrl) {
        const schemaName = `drill_${crypto.randomBytes(5).toString('hex')}`;
        targets.push({
          label: 'a new schema on the PostgreSQL server',
          open: () => openDatabase({ databaseUrl, schemaName }),
          async dispose(database) {
            await database.exec(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schemaName)} CASCADE`);
            await database.close();
          },
        });
      }
      for (const target of targets) {
        const database = await target.open();
        try {
          const filesDir = path.join(work, `files-${crypto.randomBytes(3).toString('hex')}`);
          const restored = await restoreBackup(database, fs.createReadStream(backupFile), {
            files: createLocalFileStore(filesDir),
            audit: systemContext('restore'),
            source: 'drill.backup.gz',
          });
          console.log(
            `drill: restored into ${target.label} in ${restored.seconds.toFixed(1)} s (${restored.rows} rows, ${restored.files} files)`,
          );
          expect(restored).toMatchObject({ rows: summary.rows, files: summary.files, upgraded: [] });

          // Every row equal: each table's count and checksum as the backup took them.
          const stats = await statsOf(database, { withoutLastAudit: true });
          expect(stats).toEqual(control.tables);

          // The audit chain verifies, and its last link records the restore.
          expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: inBackup.get('audit_log')!.rows + 1 });
          const [last] = await database.query<{ action: string }>('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1');
          expect(last!.action).toBe('backup.restored');

          // The files came back byte for byte, and the database names each of them.
          for (const file of control.files) {
            const content = fs.readFileSync(path.join(filesDir, file.key));
            expect(crypto.createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
          }
          const [named] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM files');
          expect(named!.n).toBeLessThanOrEqual(control.files.length);

          // Sequences go on after the restored rows: a new audit row does not collide.
          await database.exec(`SELECT nextval(pg_get_serial_sequence('audit_log', 'seq'))`);
        } finally {
          await target.dispose(database);
        }
      }
    },
  );
});
