import fs from 'node:fs';
import zlib from 'node:zlib';
import type { TableStat } from '../../src/platform/backup/backup-format.js';

/** The control lines of a backup file (not its rows), parsed: the header, the trailer of table stats, the files. */
export function readBackupControl(file: string): { header: any; tables: TableStat[]; files: { key: string; sha256: string }[]; end: any } {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const control = lines.filter((line) => line.startsWith('#')).map((line) => JSON.parse(line.slice(1)) as Record<string, any>);
  return {
    header: control.find((line) => line.header)?.header,
    tables: control.find((line) => line.tables)?.tables ?? [],
    files: control.filter((line) => line.file).map((line) => line.file),
    end: control.find((line) => line.end)?.end,
  };
}

/** Rewrites a backup's lines (to make damaged or newer files for the refusal tests). */
export function rewriteBackup(source: string, target: string, change: (lines: string[]) => string[]): void {
  const lines = zlib.gunzipSync(fs.readFileSync(source)).toString('utf8').split('\n');
  fs.writeFileSync(target, zlib.gzipSync(change(lines).join('\n')));
}
