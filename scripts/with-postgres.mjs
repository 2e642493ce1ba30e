#!/usr/bin/env node
// Runs a command against a throw-away PostgreSQL server (initdb into a temporary folder,
// trust authentication, fsync off), then removes it. With DATABASE_URL already set, the
// command runs against that server instead. Usage: node scripts/with-postgres.mjs <command...>
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: with-postgres.mjs <command...>');
  process.exit(2);
}

function findBin(name) {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(base, version, 'bin', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`PostgreSQL's ${name} was not found: install it with apt-get install -y postgresql postgresql-contrib`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function run(commandLine) {
  return new Promise((resolve) => {
    const child = spawn(commandLine[0], commandLine.slice(1), { stdio: 'inherit', shell: true, env: process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.env.DATABASE_URL) process.exit(await run(command));

const isRoot = process.getuid?.() === 0;
const asPostgres = (bin, args) =>
  isRoot ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' }) : execFileSync(bin, args, { stdio: 'pipe' });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pg-'));
if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
const port = await freePort();
let code = 1;
try {
  asPostgres(findBin('initdb'), [
    '-D',
    path.join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(findBin('pg_ctl'), ['-D', path.join(dir, 'data'), '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`throw-away PostgreSQL on port ${port}`);
  code = await run(command);
} catch (error) {
  console.error(String(error.stderr ?? error));
  const log = path.join(dir, 'server.log');
  if (fs.existsSync(log)) console.error(fs.readFileSync(log, 'utf8'));
} finally {
  try {
    asPostgres(findBin('pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']);
  } catch {
    // not running
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
