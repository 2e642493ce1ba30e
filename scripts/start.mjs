#!/usr/bin/env node
// `npm start`: builds the officer app, the compiled server and (for the embedded database) the
// template of a new data folder if they are missing or older than their sources (a few
// milliseconds when they are not), then runs the compiled server in this same process — plain
// JavaScript, nothing transpiled at run time.
import { buildServerIfNeeded, buildTemplateIfNeeded, buildWebIfNeeded } from './build-if-needed.mjs';

try {
  buildWebIfNeeded();
  await buildServerIfNeeded();
  // Only the embedded database starts new data folders from the template.
  if (!process.env.DATABASE_URL) buildTemplateIfNeeded();
} catch (error) {
  console.error(`motcua: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await import('../dist/server/main.mjs');
