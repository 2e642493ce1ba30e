import fs from 'node:fs';

/** The platform's version, from package.json (recorded in backups and shown to operators). */
export const appVersion: string = (
  JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
