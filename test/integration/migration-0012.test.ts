import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBookEntry, takeDossierCode } from '../../src/modules/dossiers/dossier-code.js';
import { migrate, readMigrations } from '../../src/platform/db/migrate.js';
import { openDatabase, quoteIdentifier, type Database } from '../../src/platform/db/open-database.js';

/**
 * Migration 0012 carries a database of the previous layout over: code counters kept per unit become
 * counters per code prefix (merged by the greatest sequence issued, so a new commune that reuses a
 * retired town's code continues after it), and every received dossier takes its entry in its unit's
 * tracking book of its Vietnam year. Retired units' dossiers keep their rows and history.
 */
let database: Database;
let schemaName = 'public';
const oldTown = crypto.randomUUID();
const newCommune = crypto.randomUUID();
const ids = { a: crypto.randomUUID(), b: crypto.randomUUID(), c: crypto.randomUUID(), d: crypto.randomUUID() };

beforeAll(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) schemaName = `migration_${crypto.randomBytes(6).toString('hex')}`;
  database = databaseUrl ? await openDatabase({ databaseUrl, schemaName, maxConnections: 2 }) : await openDatabase({ schemaName });
  const migrations = readMigrations();
  const at = migrations.findIndex((migration) => migration.tag.startsWith('0012_'));
  await migrate(database, migrations.slice(0, at));

  // A town retired on 30/6/2025 and the new commune that reused its code, each with its own counters.
  await database.query(
    `insert into units (id, code, name, type, path, depth, valid_from, valid_to) values
       ($1::uuid, '00991', 'Thị trấn Yên Phú', 'commune', $3, 1, null, '2025-06-30'),
       ($2::uuid, '00991', 'Xã Bắc Mê', 'commune', $4, 1, '2025-07-01', null)`,
    [oldTown, newCommune, `/${oldTown}/`, `/${newCommune}/`],
  );
  const dossier = (id: string, unitId: string, code: string, receivedAt: string) =>
    database.query(
      `insert into dossiers (id, code, tracking_secret, receiving_unit_id, procedure_code, procedure_version, procedure_name, channel,
         applicant, applicant_name, applicant_phone, documents, delivery, status, national_status, submitted_at, received_at)
       values ($1, $2, 'secret-' || $2, $3, '1.001193', 1, 'Đăng ký khai sinh', 'counter', '{}'::jsonb, 'Nguyễn Văn Ánh', '0912345678',
         '[]'::jsonb, 'counter', 'processing', 4, $4, $4)`,
      [id, code, unitId, receivedAt],
    );
  await dossier(ids.a, oldTown, '00991-250601-0003', '2025-06-01T02:00:00Z');
  await dossier(ids.b, newCommune, '00991-251231-0001', '2025-12-31T03:00:00Z');
  // 01:00 on 1 January 2026 in Vietnam (still 31 December in UTC): the 2026 book.
  await dossier(ids.c, newCommune, '00991-260101-0001', '2025-12-31T18:00:00Z');
  await dossier(ids.d, newCommune, '00991-260105-0004', '2026-01-05T02:00:00Z');
  await database.query(
    `insert into dossier_code_counters (unit_id, day, last) values
       ($1, '2025-06-01', 3), ($2, '2025-12-31', 1), ($2, '2026-01-01', 1), ($2, '2026-01-05', 2)`,
    [oldTown, newCommune],
  );
  await migrate(database);
});

afterAll(async () => {
  if (schemaName !== 'public') await database?.exec(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schemaName)} CASCADE`);
  await database?.close();
});

describe('migration 0012 (agencies, books, payment)', () => {
  it('counts codes per prefix, never below a sequence already issued', async () => {
    const counters = await database.query<{ prefix: string; day: string; last: number }>(
      `select prefix, to_char(day, 'YYYY-MM-DD') as day, last from dossier_code_counters order by day`,
    );
    expect(counters).toEqual([
      { prefix: '00991', day: '2025-06-01', last: 3 },
      { prefix: '00991', day: '2025-12-31', last: 1 },
      { prefix: '00991', day: '2026-01-01', last: 1 },
      // The counter said 2, but 0004 was issued: the next code must not repeat it.
      { prefix: '00991', day: '2026-01-05', last: 4 },
    ]);
    await database.db.transaction(async (tx) => {
      expect(await takeDossierCode(tx, { prefix: '00991', day: '2026-01-05' })).toBe('00991-260105-0005');
      expect(await takeDossierCode(tx, { prefix: '00991', day: '2025-06-01' })).toBe('00991-250601-0004');
    });
  });

  it("numbers each received dossier in its unit's book of its Vietnam year, and keeps the retired town's dossier", async () => {
    const books = await database.query<{ id: string; receiving_unit_id: string; book_year: number; book_entry: number }>(
      'select id, receiving_unit_id, book_year, book_entry from dossiers order by received_at',
    );
    expect(books.map((row) => [row.id, row.receiving_unit_id, row.book_year, row.book_entry])).toEqual([
      [ids.a, oldTown, 2025, 1],
      [ids.b, newCommune, 2025, 1],
      [ids.c, newCommune, 2026, 1],
      [ids.d, newCommune, 2026, 2],
    ]);
    await database.db.transaction(async (tx) => {
      expect(await takeBookEntry(tx, { unitId: newCommune, year: 2026 })).toBe(3);
      expect(await takeBookEntry(tx, { unitId: oldTown, year: 2025 })).toBe(2);
    });
  });
});
