#!/usr/bin/env node
// Builds what is missing or older than its sources: the officer app (web/ → dist/web), the
// compiled server (src/ → dist/server) and the template a new embedded data folder starts from
// (migrations/ → dist/embedded), so that `npm start` never needs a separate build step.
// Usage: node scripts/build-if-needed.mjs [web] [server] [template]   (all when none is named)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const builtAt = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const lockAt = () => fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;

/** The officer app, with vite, when dist/web is older than web/ or the lock file. */
export function buildWebIfNeeded() {
  if (builtAt(path.join(root, 'dist/web/index.html')) >= Math.max(newestMtime(path.join(root, 'web')), lockAt())) return;
  console.error('building the officer app (web/ → dist/web)…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('building the officer app failed');
}

/** The server, with esbuild, when dist/server is older than src/ or the lock file. */
export async function buildServerIfNeeded() {
  if (builtAt(path.join(root, 'dist/server/main.mjs')) >= Math.max(newestMtime(path.join(root, 'src')), lockAt())) return;
  console.error('compiling the server (src/ → dist/server)…');
  await buildServer();
}

/**
 * The embedded database's template (src/platform/db/embedded-template.ts), made by the compiled
 * server when it is older than the migrations or the lock file (PGlite's version). The server
 * checks the migrations it holds again before using it.
 */
export function buildTemplateIfNeeded() {
  const sources = Math.max(newestMtime(path.join(root, 'migrations')), lockAt());
  if (builtAt(path.join(root, 'dist/embedded/template.tar.json')) >= sources) return;
  console.error('making the embedded database template (migrations/ → dist/embedded)…');
  const result = spawnSync(process.execPath, [path.join(root, 'dist/server/embedded-template.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('making the embedded database template failed');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv.slice(2);
  try {
    if (wanted.length === 0 || wanted.includes('web')) buildWebIfNeeded();
    if (wanted.length === 0 || wanted.includes('server') || wanted.includes('template')) await buildServerIfNeeded();
    if (wanted.length === 0 || wanted.includes('template')) buildTemplateIfNeeded();
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
