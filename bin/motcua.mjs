#!/usr/bin/env node
// The `motcua` administration command: the compiled src/cli.ts (dist/server/cli.mjs), compiled
// first when its sources changed.
import { buildServerIfNeeded } from '../scripts/build-if-needed.mjs';

await buildServerIfNeeded();
await import('../dist/server/cli.mjs');
