#!/usr/bin/env node
// Compiles the server (src/ → dist/server/main.mjs and cli.mjs) once, with esbuild: plain JavaScript
// for `npm start` and the `motcua` command, so nothing is transpiled while the server starts.
// Packages stay in node_modules (not bundled). Usage: node scripts/build-server.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildServer() {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    keepNames: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
