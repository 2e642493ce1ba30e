/**
 * The backup file: gzip-compressed lines. A line starting with "#" is a control line (JSON after
 * the "#"); any other line is one table row as PostgreSQL's row_to_json wrote it, so values keep
 * their exact text (no JavaScript number or date in between). The order:
 *
 *   #{"header":{…}}                      format, version, when, which database, the migrations applied
 *   #{"table":"units"}                   then that table's rows, one per line; the next table …
 *   #{"sequences":[…]}                   every sequence's position
 *   #{"tables":[{table,rows,checksum}]}  counts and checksums taken in the same snapshot
 *   #{"file":{key,bytes,sha256}}         then the file's content in base64 lines (local file store only)
 *   #{"end":{files,fileBytes}}
 *
 * The database part is one consistent snapshot (one repeatable-read transaction); a restore checks
 * every table's count and checksum against the trailer before it commits.
 */
import { DomainError, defineErrors, findErrorDefinition } from '../errors/errors.js';

export const BACKUP_FORMAT = 'motcua-backup';
export const BACKUP_VERSION = 1;
/** Backup files are named motcua-<yyyymmdd>-<hhmmss>.backup.gz (UTC). */
export const BACKUP_EXTENSION = '.backup.gz';

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  appVersion: string;
  database: { kind: 'pglite' | 'postgres'; schema: string };
  /** The migrations applied to the data, in order, with the hash of each file. */
  migrations: { tag: string; hash: string }[];
  /** "included": the local file store's files follow; "referenced": they stay in the S3 bucket named here. */
  files: { mode: 'included' } | { mode: 'referenced'; where: string } | { mode: 'none' };
};

export type TableStat = { table: string; rows: number; checksum: string };
export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

export type BackupSummary = {
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  /** Compressed size written. */
  bytes: number;
  seconds: number;
};

export type RestoreSummary = {
  tables: number;
  rows: number;
  files: number;
  /** Migrations applied after the data was loaded (the upgrade from the backup's version). */
  upgraded: string[];
  seconds: number;
};

export const BackupError = defineErrors({
  NOT_A_BACKUP: {
    status: 422,
    title: { vi: 'Tệp không phải bản sao lưu motcua', en: 'Not a motcua backup' },
    detail: { vi: '{reason}', en: '{reason}' },
  },
  BACKUP_DAMAGED: {
    status: 422,
    title: { vi: 'Bản sao lưu bị hỏng hoặc không đầy đủ', en: 'The backup is damaged or incomplete' },
    detail: { vi: '{reason}', en: '{reason}' },
  },
  BACKUP_FROM_NEWER_VERSION: {
    status: 422,
    title: { vi: 'Bản sao lưu do phiên bản mới hơn tạo ra', en: 'The backup comes from a newer version' },
    detail: {
      vi: 'Bản sao lưu có cấu trúc dữ liệu {migration} mà phiên bản này chưa có; hãy cài phiên bản mới hơn rồi khôi phục.',
      en: 'The backup has schema migration {migration}, which this version does not know; install a newer version, then restore.',
    },
  },
  RESTORE_TARGET_NOT_EMPTY: {
    status: 409,
    title: { vi: 'Nơi khôi phục đã có dữ liệu', en: 'The restore target is not empty' },
    detail: {
      vi: 'Chỉ khôi phục vào một thư mục dữ liệu mới hoặc một schema trống ({where} đã có {tables} bảng).',
      en: 'Restore only into a new data folder or an empty schema ({where} already has {tables} tables).',
    },
  },
  RESTORE_MISMATCH: {
    status: 422,
    title: { vi: 'Dữ liệu khôi phục không khớp bản sao lưu', en: 'The restored data does not match the backup' },
    detail: { vi: 'Bảng {table}: {reason}. Không có gì được ghi.', en: 'Table {table}: {reason}. Nothing was written.' },
  },
  BACKUP_FAILED: {
    status: 503,
    title: { vi: 'Sao lưu không thành công', en: 'The backup failed' },
    detail: { vi: '{reason}', en: '{reason}' },
  },
});

export const damaged = (reason: string) => new DomainError(BackupError.BACKUP_DAMAGED, { reason });

/** The file name of a backup made at `at`: motcua-20261207-020000.backup.gz. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `motcua-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}${BACKUP_EXTENSION}`;
}

/** A DomainError of this module in English with its parameters filled in, for the command line and logs. */
export function describeBackupError(error: DomainError): string {
  const text = findErrorDefinition(error.code);
  if (!text) return error.code;
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(error.params[name] ?? `{${name}}`));
  return text.detail ? `${text.title.en}: ${fill(text.detail.en)}` : text.title.en;
}
