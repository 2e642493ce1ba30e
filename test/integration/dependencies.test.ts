import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every dependency in package.json is used: imported, required or resolved somewhere in the code,
 * the tests, the benchmarks, the demo, the scripts or a configuration file; or listed below with
 * why it is needed without an import (a command or types), and that reason checked.
 */
const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dependencies = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];

/** Used without being imported. `command`: a binary of the package named by a script; `types`: the types of a used package. */
const usedWithoutImport: Record<string, { command: true; reason: string } | { types: string; reason: string }> = {
  typescript: { command: true, reason: 'tsc runs the typecheck script (and typescript-eslint compiles with it)' },
  prettier: { command: true, reason: 'the lint and format scripts check and write the formatting' },
  tsx: { command: true, reason: 'runs the sources without compiling them: the dev, bench, soak and demo scripts' },
  '@types/node': { types: 'node', reason: 'the types of Node\'s built-in modules, named in tsconfig.json "types"' },
  '@types/autocannon': { types: 'autocannon', reason: 'the types of the load generator the benchmarks import' },
  '@types/aws4': { types: 'aws4', reason: 'the types of the S3 request signer' },
  '@types/nodemailer': { types: 'nodemailer', reason: 'the types of the mail transport' },
  '@types/pdfkit': { types: 'pdfkit', reason: 'the types of the PDF writer' },
  '@types/pg': { types: 'pg', reason: "the types of PostgreSQL's client" },
  '@types/qrcode': { types: 'qrcode', reason: 'the types of the QR code maker' },
  '@types/react': { types: 'react', reason: "the types of the officer app's React" },
  '@types/react-dom': { types: 'react-dom', reason: "the types of the officer app's React DOM" },
  '@types/s3rver': { types: 's3rver', reason: 'the types of the S3 server the file-store tests run' },
  '@types/smtp-server': { types: 'smtp-server', reason: 'the types of the SMTP server the mail tests run' },
};

const sourceDirs = ['src', 'web', 'test', 'bench', 'demo', 'scripts', 'bin', 'eslint'];
const sourceFile = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const skippedDirs = new Set(['node_modules', 'dist', 'data', 'coverage', 'test-results']);

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skippedDirs.has(entry.name) || entry.name.startsWith('.') ? [] : listFiles(full);
    return sourceFile.test(entry.name) ? [full] : [];
  });
}

const rootConfigs = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
  .map((entry) => path.join(root, entry.name));
const files = [...rootConfigs, ...sourceDirs.flatMap((dir) => listFiles(path.join(root, dir)))];
const code = new Map(files.map((file) => [path.relative(root, file), fs.readFileSync(file, 'utf8')]));

/** The module specifiers the code names: import … from, import(), import '…', require(), require.resolve() and createRequire(…)(…). */
const specifierPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\.resolve\s*\(\s*|\)\s*\(\s*)(['"`])([^'"`\s]+)\1/g;
const specifiers = new Set<string>();
for (const text of code.values()) for (const match of text.matchAll(specifierPattern)) specifiers.add(match[2]!);

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const imported = new Set([...specifiers].filter((s) => !s.startsWith('.') && !s.startsWith('node:')).map(packageOf));

/** Where commands are named: the package.json scripts, CI's script and the scripts folder. */
const commandText = [
  ...Object.values(manifest.scripts),
  fs.existsSync(path.join(root, '.ci/run')) ? fs.readFileSync(path.join(root, '.ci/run'), 'utf8') : '',
  ...[...code].filter(([file]) => file.startsWith('scripts/')).map(([, text]) => text),
].join('\n');

function binariesOf(name: string): string[] {
  const require = createRequire(path.join(root, 'package.json'));
  const { bin } = require(`${name}/package.json`) as { bin?: string | Record<string, string> };
  if (!bin) return [];
  return typeof bin === 'string' ? [name.split('/').pop()!] : Object.keys(bin);
}

function isTypesTargetUsed(target: string): boolean {
  if (target === 'node') {
    const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
    return /"types"\s*:\s*\[[^\]]*"node"/.test(tsconfig) || [...specifiers].some((s) => s.startsWith('node:'));
  }
  return imported.has(target);
}

describe('package.json dependencies', () => {
  it('reads enough of the code to tell (the scanner finds known imports)', () => {
    expect(code.size).toBeGreaterThan(200);
    for (const known of ['fastify', 'drizzle-orm', 'vitest', 'react', 'prom-client']) expect(imported.has(known), known).toBe(true);
  });

  it('are each imported somewhere, or used as a command or for types as listed', () => {
    const unused: string[] = [];
    for (const name of dependencies) {
      if (imported.has(name)) continue;
      const use = usedWithoutImport[name];
      if (!use) {
        unused.push(`${name}: imported nowhere in ${sourceDirs.join(', ')} or the root configuration files`);
      } else if ('command' in use) {
        const binaries = binariesOf(name);
        if (!binaries.some((binary) => new RegExp(`(^|[\\s'"/])${binary}\\b`, 'm').test(commandText)))
          unused.push(`${name}: listed as a command (${use.reason}), but no script runs ${binaries.join(' or ') || 'it'}`);
      } else if (!isTypesTargetUsed(use.types)) {
        unused.push(`${name}: listed as the types of ${use.types}, which nothing uses`);
      }
    }
    expect(unused.join('\n')).toBe('');
  });

  it('lists no exception for a package that package.json no longer has', () => {
    expect(Object.keys(usedWithoutImport).filter((name) => !dependencies.includes(name))).toEqual([]);
  });
});
