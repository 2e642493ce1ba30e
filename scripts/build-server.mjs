#!/usr/bin/env node
// Compiles the server (src/ → dist/server/main.mjs and cli.mjs) once, with esbuild: plain JavaScript
// for `npm start` and the `motcua` command, so nothing is transpiled while the server starts.
// The pure-JavaScript packages are bundled in too: one file read and compiled instead of hundreds
// resolved one by one (about half of the start). Packages that find files beside their own
// modules (PGlite's WebAssembly, the Swagger UI's pages, the fonts), native ones (argon2) and those
// loaded only on first use (src/platform/lazy-package.ts, exceljs) stay in node_modules.
// Usage: node scripts/build-server.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Kept in node_modules: each is loaded from there at run time. */
export const externalPackages = [
  '@electric-sql/pglite',
  '@node-rs/argon2',
  '@fastify/swagger-ui',
  '@expo-google-fonts/*',
  'pdfkit',
  'docx',
  'exceljs',
  'qrcode',
  'nodemailer',
  'esbuild',
  'pg-native',
  // Imports the ES module `cookie` at run time; bundled with code splitting, its chunk would export
  // only a default and the plugin would find no stringifySetCookie.
  '@fastify/cookie',
];

export async function buildServer(outdir = 'dist/server') {
  const { build } = await import('esbuild');
  // Chunks are named by their content: the files of an earlier build would stay beside the new ones.
  fs.rmSync(path.join(root, outdir), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'src/main.ts',
      cli: 'src/cli.ts',
      'embedded-template': 'src/embedded-template.ts',
      // Loaded as a thread by its file name, beside the chunk that starts it (embedded-database.ts).
      'embedded-worker': 'src/platform/db/embedded-worker.mjs',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages,
    // Bundled CommonJS packages call require() for Node's own modules; an ES module has none of its own.
    banner: {
      js: "import { createRequire as __motcuaCreateRequire } from 'node:module'; const require = __motcuaCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    keepNames: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
