import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { unitFigures } from '../../src/modules/reports/index.js';
import { openDatabase } from '../../src/platform/db/open-database.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-demo-test-'));
const demoDir = path.join(dataDir, 'demo');

/** `npm run demo -- --no-serve`, small: a month at two communes, on its own embedded database. */
const demo = () =>
  run(process.execPath, ['--import', 'tsx', 'demo/run.ts', '--no-serve', '--months', '1', '--communes', '2', '--per-day', '3'], {
    cwd: root,
    env: { ...process.env, MOTCUA_DEMO_DATA_DIR: demoDir, DATABASE_URL: '' },
    maxBuffer: 16 * 1024 * 1024,
  });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// The demo always runs on embedded PGlite, whatever DATABASE_URL says: once is enough.
describe.skipIf(Boolean(process.env.DATABASE_URL))('npm run demo', () => {
  it(
    'generates a month of activity through the use cases (counter and online), with ratings, and reuses the folder',
    { timeout: 240_000 },
    async () => {
      const first = await demo();
      expect(first.stdout).toContain('audit chain: ok');
      expect(fs.existsSync(`${demoDir}.partial`)).toBe(false);

      const database = await openDatabase({ dataDir: demoDir, schemaName: 'public' });
      try {
        const [counts] = await database.query<{
          received: number;
          online: number;
          scans: number;
          bad_scans: number;
          ratings: number;
          province_id: string;
          from: string;
        }>(`
        select
          (select count(*) from dossiers where code is not null)::int as received,
          (select count(*) from dossiers where code is not null and channel = 'online')::int as online,
          (select count(*) from files f join dossiers d on d.id = f.owner_id where d.channel = 'online')::int as scans,
          (select count(*) from files where content_type <> 'application/pdf' or length(sha256) <> 64)::int as bad_scans,
          (select count(*) from ratings)::int as ratings,
          (select id from units where code = '08' and valid_to is null) as province_id,
          (select min(received_at) from dossiers)::date::text as from`);
        expect(counts!.received).toBeGreaterThan(50);
        expect(counts!.online).toBeGreaterThan(0);
        expect(counts!.scans).toBeGreaterThanOrEqual(counts!.online);
        expect(counts!.bad_scans).toBe(0);
        expect(counts!.ratings).toBeGreaterThan(0);

        // What the transparency page shows for the province equals the rows themselves.
        const to = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
        const figures = await unitFigures(database.db, { unitId: counts!.province_id, from: counts!.from, to });
        expect(figures.dossiers.received).toBe(counts!.received);
        expect(figures.dossiers.receivedOnline).toBe(counts!.online);
        expect(figures.ratings.total).toBe(counts!.ratings);
        expect(figures.ratings.satisfiedPercent).toBeGreaterThan(0);
      } finally {
        await database.close();
      }

      const second = await demo();
      expect(second.stdout).toContain('reusing the demo generated on');
    },
  );
});
