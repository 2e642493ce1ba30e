import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';

describe('lockDataDir', () => {
  it('creates the folder, refuses a second holder while a live process holds it, and frees it on release', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-')), 'nested', 'data');
    const first = lockDataDir(dir);
    expect(fs.existsSync(path.join(dir, 'motcua.lock'))).toBe(true);
    fs.writeFileSync(path.join(dir, 'motcua.lock'), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    fs.writeFileSync(path.join(dir, 'motcua.lock'), `${process.pid}\n`);
    first.release();
    expect(fs.existsSync(path.join(dir, 'motcua.lock'))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-'));
    fs.writeFileSync(path.join(dir, 'motcua.lock'), '999999999\n');
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'motcua.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });
});
