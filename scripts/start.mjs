#!/usr/bin/env node
// `npm start`: builds the officer app and the compiled server if they are missing or older than
// their sources (a few milliseconds when they are not), then runs the compiled server in this
// same process — plain JavaScript, nothing transpiled at run time.
import { buildServerIfNeeded, buildWebIfNeeded } from './build-if-needed.mjs';

try {
  buildWebIfNeeded();
  await buildServerIfNeeded();
} catch (error) {
  console.error(`motcua: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import('../dist/server/main.mjs');
