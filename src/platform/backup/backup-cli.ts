/** `motcua backup <file>` and `motcua restore <file>`: the operator's side of backups. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemContext } from '../audit/audit.js';
import type { Config } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { openDatabase } from '../db/open-database.js';
import { DomainError } from '../errors/errors.js';
import { createLocalFileStore } from '../files/file-store.js';
import { createS3FileStore } from '../files/s3-file-store.js';
import { appVersion } from '../version.js';
import { describeBackupError } from './backup-format.js';
import { controlSocketPath, requestBackup } from './control-socket.js';
import { restoreBackup } from './restore-backup.js';
import { backupFilesOf } from './backup-service.js';
import { writeBackup } from './write-backup.js';

type Print = (line: string) => void;

export async function backupCommand(config: Config, args: string[], print: Print): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { 'without-files': { type: 'boolean' } } });
  const file = positionals[0];
  if (!file) {
    print('backup needs the file to write, e.g. motcua backup /srv/backups/motcua-2026-12-07.backup.gz');
    return 2;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    print(`${target} already exists; choose a new file name`);
    return 2;
  }
  const partial = `${target}.partial`;
  const started = performance.now();
  const files = values['without-files'] ? undefined : backupFilesOf(config);
  try {
    const out = () => fs.createWriteStream(partial, { flags: 'w', mode: 0o600 });
    let database;
    try {
      database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.databaseUrl ? undefined : config.dataDir,
        schemaName: config.dbSchema,
      });
    } catch (error) {
      if (!(error instanceof DataDirLockedError) || !fs.existsSync(controlSocketPath(config.dataDir))) throw error;
      print(`the server (pid ${error.holderPid}) holds ${config.dataDir}: asking it for a consistent snapshot`);
      await requestBackup(config.dataDir, out());
    }
    if (database) {
      try {
        await writeBackup(database, out(), { files, appVersion, onProgress: (message) => print(`… ${message}`) });
      } finally {
        await database.close();
      }
    }
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const bytes = fs.statSync(target).size;
  print(`backup written to ${target}: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (files?.kind === 's3') print(`the files stay in ${files.where}: back the bucket up with the store's own tools`);
  return 0;
}

export async function restoreCommand(config: Config, args: string[], print: Print): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || !fs.existsSync(file)) {
    print(file ? `${file} does not exist` : 'restore needs the backup file, e.g. motcua restore motcua-20261207-020000.backup.gz');
    return 2;
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schemaName: config.dbSchema,
  });
  const where = config.databaseUrl ? `schema ${config.dbSchema} of the PostgreSQL server` : `the data folder ${config.dataDir}`;
  try {
    print(`restoring ${file} into ${where}`);
    const files = config.filesS3 ? createS3FileStore(config.filesS3) : createLocalFileStore(config.filesDir);
    const summary = await restoreBackup(database, fs.createReadStream(file), {
      files,
      onProgress: (message) => print(`… ${message}`),
      audit: systemContext('restore'),
      source: path.basename(file),
    });
    print(
      `restored ${summary.rows} rows in ${summary.tables} tables and ${summary.files} files in ${summary.seconds.toFixed(1)} s` +
        (summary.upgraded.length > 0 ? `; upgraded by ${summary.upgraded.length} migrations (${summary.upgraded.join(', ')})` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      print(`restore refused: ${describeBackupError(error)}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
