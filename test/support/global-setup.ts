import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeEmbeddedTemplate } from '../../src/platform/db/embedded-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

/**
 * Compiles the server if its sources changed (dist/server). On PGlite, migrates one database and keeps its data folder as a tarball; every test file
 * starts from a copy (0.5 s) instead of creating and migrating a new one (3–4 s).
 * On a server (DATABASE_URL), each test file gets its own schema instead.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // The tests that start the real server process run the compiled one, as `npm start` does.
  const built = spawnSync(process.execPath, ['scripts/build-if-needed.mjs', 'server'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('compiling the server failed');
  if (process.env.DATABASE_URL) {
    project.provide('pgliteSnapshot', '');
    return () => undefined;
  }
  // The same migrated empty database a new embedded data folder starts from.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-test-')), 'snapshot.tar');
  await writeEmbeddedTemplate(file);
  project.provide('pgliteSnapshot', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
