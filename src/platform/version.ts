import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.js';

/** The platform's version, from package.json (recorded in backups and shown to operators). */
export const appVersion: string = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
