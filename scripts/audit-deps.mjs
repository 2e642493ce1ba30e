#!/usr/bin/env node
// npm run audit:deps — fails when a production dependency has a high or critical advisory that
// audit-exceptions.json does not except (each exception names the advisory, the package, a
// reason and a date after which it no longer counts). When the advisory service cannot be
// reached, it says so and passes: no advisory was checked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { decideAudit } from './audit-deps-lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const exceptionsFile = path.join(root, 'audit-exceptions.json');

let exceptionsContent = [];
if (fs.existsSync(exceptionsFile)) {
  try {
    exceptionsContent = JSON.parse(fs.readFileSync(exceptionsFile, 'utf8'));
  } catch (error) {
    console.log(`audit-exceptions.json is not valid JSON (${error.message})`);
    process.exit(1);
  }
}

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  timeout: 180_000,
  shell: process.platform === 'win32',
});
if (audit.error) {
  const isTimeout = audit.error.code === 'ETIMEDOUT';
  console.log(
    isTimeout
      ? 'the advisory service could not be reached (npm audit timed out after 180 s); no advisory was checked'
      : `npm audit could not be run (${audit.error.message})`,
  );
  process.exit(isTimeout ? 0 : 1);
}

const today = new Date().toISOString().slice(0, 10);
const { exitCode, lines } = decideAudit({ stdout: audit.stdout ?? '', stderr: audit.stderr ?? '', exceptionsContent, today });
for (const line of lines) console.log(line);
process.exit(exitCode);
