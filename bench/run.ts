import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runDueDates } from './scenarios/due-dates.js';
import { printTable, type BenchRow } from './table.js';

/**
 * `npm run bench`: every performance figure of the platform, each measured beside a reference
 * in the same run; prints one table and writes bench/results.json. Sizes are options.
 */
const { values } = parseArgs({
  options: {
    computations: { type: 'string', default: '1000000' },
    only: { type: 'string' },
  },
});

const rows: BenchRow[] = [];
const wants = (name: string) => !values.only || values.only.split(',').includes(name);

if (wants('due-dates')) {
  process.stdout.write('due dates… ');
  rows.push(runDueDates({ computations: Number(values.computations) }));
  process.stdout.write('done\n');
}

console.log('');
printTable(rows);
const file = path.join(import.meta.dirname, 'results.json');
fs.writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log(`\nwritten ${path.relative(process.cwd(), file)}`);
