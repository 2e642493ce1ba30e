/**
 * The house rules that no published ESLint rule states: the module boundaries of ARCHITECTURE.md
 * and errors that must not be swallowed.
 */
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

/** Where a file sits: which layer, and which module for src/modules/<name>/. */
function placeOf(file) {
  const rel = relative(file);
  const module = /^src\/modules\/([^/]+)\//.exec(rel);
  if (module) return { layer: 'module', module: module[1], rel };
  if (rel.startsWith('src/platform/')) return { layer: 'platform', rel };
  if (rel.startsWith('src/contracts/')) return { layer: 'contracts', rel };
  if (rel.startsWith('src/')) return { layer: 'root', rel };
  if (rel.startsWith('web/')) return { layer: 'web', rel };
  return { layer: 'outside', rel };
}

/** The pure platform files the contracts (and so the officer app) may use: no I/O, no Node APIs. */
const contractPlatform = new Set([
  'src/platform/http/dates.ts',
  'src/platform/http/numbers.ts',
  'src/platform/http/pagination.ts',
  'src/platform/i18n/locale.ts',
  'src/platform/time/vietnam-time.ts',
]);

function problemOf(from, to) {
  if (to.rel.startsWith('test/') || to.rel.startsWith('bench/') || to.rel.startsWith('demo/')) {
    const isTest = /\.test\.tsx?$/.test(from.rel);
    if (from.layer !== 'outside' && !(isTest && to.rel.startsWith('test/support/')))
      return 'the application never imports test, bench or demo code';
    return undefined;
  }
  // A table may reference another module's table for a foreign key: the schema is one database.
  if (/\.tables\.ts$/.test(from.rel) && /\.tables\.ts$/.test(to.rel)) return undefined;
  if (from.layer === 'platform' && (to.layer === 'module' || to.layer === 'root'))
    return '`platform` imports no module: it is what modules stand on';
  if (from.layer === 'contracts' && to.layer !== 'contracts' && !contractPlatform.has(to.rel)) {
    return 'a contract imports only other contracts and the pure helpers (dates, numbers, pagination, locale, Vietnam time): the officer app bundles it';
  }
  if (from.layer === 'module' && to.layer === 'module' && to.module !== from.module && !/^src\/modules\/[^/]+\/index\.tsx?$/.test(to.rel)) {
    return `another module is used only through its public entry: import '../${to.module}/index.js', not ${to.rel}`;
  }
  if ((from.layer === 'module' || from.layer === 'platform' || from.layer === 'contracts') && to.layer === 'root')
    return 'only the composition root imports the top of src';
  if (from.layer === 'web' && to.rel.startsWith('src/') && to.layer !== 'contracts' && !contractPlatform.has(to.rel))
    return 'the officer app uses the server only through src/contracts';
  return undefined;
}

const moduleBoundaries = {
  meta: { type: 'problem', docs: { description: 'Imports follow the module boundaries of ARCHITECTURE.md' }, schema: [] },
  create(context) {
    const file = context.filename;
    const from = placeOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source).replace(/\.js$/, '.ts');
      const to = placeOf(target.endsWith('.ts') || target.endsWith('.tsx') ? target : `${target}.ts`);
      const problem = problemOf(from, to);
      if (problem) context.report({ node: node.source, message: problem });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const isEmptyResult = (node) =>
  (node.type === 'Identifier' && node.name === 'undefined') ||
  (node.type === 'Literal' && node.value === null) ||
  (node.type === 'ObjectExpression' && node.properties.length === 0) ||
  (node.type === 'ArrayExpression' && node.elements.length === 0) ||
  (node.type === 'BlockStatement' && node.body.length === 0);

const noSwallowedErrors = {
  meta: {
    type: 'problem',
    docs: { description: 'A failure is not turned into "nothing": a database outage must not read as a missing record' },
    schema: [],
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'catch') return;
        const handler = node.arguments[0];
        if (!handler || (handler.type !== 'ArrowFunctionExpression' && handler.type !== 'FunctionExpression')) return;
        if (handler.params.length === 0 && isEmptyResult(handler.body)) {
          context.report({
            node,
            message: 'this .catch swallows every error: catch only the expected one (a DomainError code) and rethrow the rest, or log it',
          });
        }
      },
    };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries, 'no-swallowed-errors': noSwallowedErrors } };
