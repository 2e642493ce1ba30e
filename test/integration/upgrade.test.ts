import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { verifyAuditChain } from '../../src/platform/audit/verify-audit-chain.js';
import { restoreBackup } from '../../src/platform/backup/restore-backup.js';
import { countTables } from '../../src/platform/backup/snapshot-sql.js';
import { readConfig } from '../../src/platform/config.js';
import { isMigrated, planMigrations, readMigrations } from '../../src/platform/db/migrate.js';
import { readBackupControl, rewriteBackup } from '../support/backup-files.js';
import { openEmptyDatabase, signIn } from '../support/test-app.js';

/**
 * The data of the previous release: `npm run demo -- --months 3 --communes 2 --per-day 1` run by
 * tag v0.1.0, then written with `motcua backup --without-files` (test/fixtures/upgrade/README.md).
 */
const fixture = path.resolve(import.meta.dirname, '../fixtures/upgrade/v0.1.0.backup.gz');
/** The previous release's demo administrator password. */
const fixtureAdminPassword = 'Demo-admin-2025';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-upgrade-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('upgrade from the previous release', () => {
  it('restores the previous release data, applies every newer migration, and serves it', { timeout: 120_000 }, async () => {
    const control = readBackupControl(fixture);
    const known = readMigrations();
    // Forward-only: the migrations the previous release applied are still here, first, unchanged.
    expect(known.slice(0, control.header.migrations.length).map(({ tag, hash }) => ({ tag, hash }))).toEqual(control.header.migrations);

    const database = await openEmptyDatabase();
    try {
      expect(await isMigrated(database)).toBe(false);
      const restored = await restoreBackup(database, fs.createReadStream(fixture));
      expect(restored.upgraded).toEqual(known.slice(control.header.migrations.length).map((migration) => migration.tag));
      expect((await planMigrations(database)).pending).toEqual([]);
      // The start's one-query check: all applied; a migration missing or changed since sends the start to migrate().
      expect(await isMigrated(database)).toBe(true);
      expect(await isMigrated(database, known.slice(0, -1))).toBe(false);
      expect(
        await isMigrated(
          database,
          known.map((m, i) => (i === 3 ? { ...m, hash: '0'.repeat(64) } : m)),
        ),
      ).toBe(false);
      expect(await verifyAuditChain(database.db)).toMatchObject({
        ok: true,
        rows: control.tables.find((s) => s.table === 'audit_log')!.rows,
      });
      const rowsOf = (table: string) => control.tables.find((stat) => stat.table === table)!.rows;

      // The upgraded data serves: the old administrator signs in, finds every dossier, a citizen tracks one.
      const config = readConfig({ LOG_LEVEL: 'silent', MOTCUA_FILES_DIR: path.join(work, 'files'), MOTCUA_BACKUP_AT: 'off' });
      const app = await buildApp({ config, database, logger: false });
      try {
        const admin = await signIn(app, 'admin', fixtureAdminPassword);
        const list = await admin.get('/api/v1/dossiers?pageSize=1');
        expect(list.statusCode).toBe(200);
        const [coded] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers WHERE code IS NOT NULL');
        expect(coded!.n).toBeGreaterThan(100);
        expect(rowsOf('dossiers')).toBeGreaterThanOrEqual(coded!.n);
        expect(list.data.total).toBe(rowsOf('dossiers'));
        const [dossier] = await database.query<{ code: string; phone: string }>(
          'SELECT code, applicant_phone AS phone FROM dossiers WHERE code IS NOT NULL ORDER BY received_at LIMIT 1',
        );
        const tracking = await app.inject({
          method: 'GET',
          url: `/tra-cuu?ma=${encodeURIComponent(dossier!.code)}&sdt=${dossier!.phone.slice(-4)}`,
        });
        expect(tracking.statusCode).toBe(200);
        expect(tracking.body).toContain(dossier!.code);
        const [province] = await database.query<{ id: string }>(`SELECT id FROM units WHERE code = '08' AND valid_to IS NULL`);
        const dashboard = await admin.get(`/api/v1/reports/units/${province!.id}/dashboard?from=2025-07-01&to=2026-12-31`);
        expect(dashboard.statusCode).toBe(200);
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  });

  it(
    'refuses a backup of a newer version, a damaged or altered file and a target with data, and leaves the target as it was',
    { timeout: 120_000 },
    async () => {
      const newer = path.join(work, 'newer.backup.gz');
      rewriteBackup(fixture, newer, (lines) => {
        const header = JSON.parse(lines[0]!.slice(1));
        header.header.migrations.push({ tag: '9999_from_the_future', hash: 'f'.repeat(64) });
        return [`#${JSON.stringify(header)}`, ...lines.slice(1)];
      });
      const cut = path.join(work, 'cut.backup.gz');
      rewriteBackup(fixture, cut, (lines) => lines.slice(0, Math.floor(lines.length / 2)));
      const altered = path.join(work, 'altered.backup.gz');
      rewriteBackup(fixture, altered, (lines) => {
        const index = lines.findIndex((line) => line.includes('"full_name":"'));
        return lines.map((line, i) => (i === index ? line.replace('"full_name":"', '"full_name":"X') : line));
      });
      const garbage = path.join(work, 'garbage.backup.gz');
      fs.writeFileSync(garbage, Buffer.from('%PDF-1.4 not a backup'));

      const database = await openEmptyDatabase();
      try {
        for (const [file, code] of [
          [newer, 'BACKUP_FROM_NEWER_VERSION'],
          [cut, 'BACKUP_DAMAGED'],
          [altered, 'RESTORE_MISMATCH'],
          [garbage, 'BACKUP_DAMAGED'],
        ] as const) {
          await expect(restoreBackup(database, fs.createReadStream(file)), path.basename(file)).rejects.toMatchObject({ code });
          expect(await countTables(database.db, database.schemaName), `${path.basename(file)} left tables behind`).toBe(0);
        }
        await restoreBackup(database, fs.createReadStream(fixture));
        await expect(restoreBackup(database, fs.createReadStream(fixture))).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
      } finally {
        await database.close();
      }
    },
  );
});
