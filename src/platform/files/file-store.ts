import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError, defineErrors } from '../errors/errors.js';

export const FileError = defineErrors({
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    title: { vi: 'Loại tệp không được chấp nhận', en: 'File type not allowed' },
    detail: { vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.', en: 'Only PDF, JPEG or PNG files are accepted.' },
  },
  FILE_TOO_LARGE: {
    status: 413,
    title: { vi: 'Tệp quá lớn', en: 'File too large' },
    detail: { vi: 'Mỗi tệp tối đa {maxMb} MB.', en: 'At most {maxMb} MB per file.' },
  },
  UPLOAD_TOO_LARGE: {
    status: 413,
    title: { vi: 'Tổng dung lượng tệp quá lớn', en: 'Upload too large' },
    detail: { vi: 'Tổng dung lượng các tệp gửi một lần vượt quá giới hạn.', en: 'The files sent together exceed the limit.' },
  },
  FILE_NOT_FOUND: { status: 404, title: { vi: 'Không tìm thấy tệp', en: 'File not found' } },
  FILE_STORE_UNAVAILABLE: {
    status: 503,
    title: { vi: 'Kho lưu tệp tạm thời không truy cập được', en: 'The file store is unavailable' },
    detail: {
      vi: 'Chưa lưu được tệp nên chưa có gì được ghi; vui lòng thử lại sau ít phút.',
      en: 'The file could not be stored, so nothing was recorded; please try again in a few minutes.',
    },
  },
});

/** Where file contents live: a local folder by default, or an S3-compatible server (s3-file-store.ts). */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  /** Stores a file written to a temporary folder (an upload, see upload.ts). */
  putFile(key: string, filePath: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Whether the store can be written now (for /readyz); rejects with the reason when it cannot. */
  check(): Promise<void>;
}

export function createLocalFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    const full = path.resolve(root, key);
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new Error('file key escapes the store');
    return full;
  };
  return {
    async put(key, content) {
      const file = resolve(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await fs.promises.writeFile(temporary, content, { flag: 'wx' });
      await fs.promises.rename(temporary, file);
    },
    async putFile(key, filePath) {
      const file = resolve(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await fs.promises.copyFile(filePath, temporary, fs.constants.COPYFILE_EXCL);
      await fs.promises.rename(temporary, file);
    },
    async get(key) {
      try {
        return await fs.promises.readFile(resolve(key));
      } catch {
        throw new DomainError(FileError.FILE_NOT_FOUND);
      }
    },
    async check() {
      await fs.promises.mkdir(root, { recursive: true });
      await fs.promises.access(root, fs.constants.W_OK);
    },
  };
}

const signatures: { type: string; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export const maxFileBytes = 20 * 1024 * 1024;

/** The real type of a file from its first bytes (the name and the declared type are not trusted). */
export function detectFileType(content: Buffer): string | undefined {
  return signatures.find((signature) => signature.bytes.every((byte, index) => content[index] === byte))?.type;
}

/** Where a new file goes in the store: {yyyy}/{mm}/{uuid}. */
export function newStorageKey(now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${crypto.randomUUID()}`;
}
