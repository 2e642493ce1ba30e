import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findEmbeddedTemplate, writeEmbeddedTemplate } from './embedded-template.js';
import { isMigrated, readMigrations } from './migrate.js';
import { openDatabase } from './open-database.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-template-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.runIf(!process.env.DATABASE_URL)('the template a new embedded data folder starts from', () => {
  it('starts a new folder migrated, is used only for exactly its migrations, and never for a folder holding a database', async () => {
    const file = path.join(work, 'template.tar');
    const migrations = readMigrations();
    await writeEmbeddedTemplate(file, migrations);
    expect(await findEmbeddedTemplate(migrations.slice(0, -1), file)).toBeUndefined();
    expect(await findEmbeddedTemplate([...migrations.slice(0, -1), { ...migrations.at(-1)!, hash: '0'.repeat(64) }], file)).toBeUndefined();
    expect(await findEmbeddedTemplate(migrations, path.join(work, 'missing.tar'))).toBeUndefined();

    let asked = 0;
    const template = async () => {
      asked += 1;
      return findEmbeddedTemplate(migrations, file);
    };
    const dataDir = path.join(work, 'data');
    const fresh = await openDatabase({ dataDir, schemaName: 'public', newFolderTemplate: template });
    expect(await isMigrated(fresh, migrations)).toBe(true);
    await fresh.exec(`CREATE TABLE template_test (name text); INSERT INTO template_test VALUES ('Tỉnh Mẫu')`);
    await fresh.close();
    expect(asked).toBe(1);

    const reopened = await openDatabase({ dataDir, schemaName: 'public', newFolderTemplate: template });
    expect(await reopened.query<{ name: string }>(`SELECT name FROM template_test`)).toEqual([{ name: 'Tỉnh Mẫu' }]);
    await reopened.close();
    expect(asked).toBe(1);
  }, 60_000);
});
