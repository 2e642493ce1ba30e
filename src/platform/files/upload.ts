import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { Busboy, type BusboyHeaders } from '@fastify/busboy';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError, findErrorDefinition, validationError } from '../errors/errors.js';
import { isSafeText, unsafeTextError } from '../http/input-guard.js';
import { detectFileType, FileError, maxFileBytes } from './file-store.js';

/** A file received in a request, written to a temporary folder as it arrived: never held whole in memory. */
export type StagedFile = { fieldName: string; fileName: string; path: string; size: number; sha256: string; contentType: string };

export type MultipartLimits = {
  /** At most this many files (inputs left empty by the browser do not count). */
  maxFiles: number;
  /** The total of all files of the request. */
  maxTotalBytes: number;
  maxFields?: number;
};

export type MultipartForm = { fields: Record<string, string>; files: StagedFile[]; dispose(): Promise<void> };

const maxFieldBytes = 4096;

/**
 * Reads a multipart form as a stream. Fields come first: `beforeFirstFile` checks them before a
 * single byte of a file is accepted (throw to refuse). Each file is then written to a temporary
 * folder while its type (from its first bytes), its size and its SHA-256 are checked; a file over
 * 20 MB, of another type, or one that takes the request past `maxTotalBytes` stops the reading at
 * once. A body that is not well-formed multipart — no boundary, cut short — is a validation error
 * naming `body`. On any error the files already written are removed; otherwise the caller
 * disposes of them.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  limits: MultipartLimits,
  beforeFirstFile?: (fields: Record<string, string>) => void | Promise<void>,
): Promise<MultipartForm> {
  if (!/^multipart\/form-data\b/i.test(request.headers['content-type'] ?? ''))
    throw malformed({ vi: 'Cần gửi biểu mẫu dạng multipart/form-data.', en: 'Send the form as multipart/form-data.' });
  const noBoundary = malformed({ vi: 'Thiếu ranh giới (boundary) của nội dung multipart.', en: 'The multipart body has no boundary.' });
  if (!/;\s*boundary=(?:"[^"]+"|[^";\s]+)/i.test(request.headers['content-type'] ?? '')) throw noBoundary;
  let parser: InstanceType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: request.raw.headers as BusboyHeaders,
      limits: {
        files: limits.maxFiles + 20,
        fileSize: maxFileBytes,
        fields: limits.maxFields ?? 40,
        fieldSize: maxFieldBytes,
        parts: limits.maxFiles + 60,
      },
    });
  } catch {
    throw noBoundary;
  }
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'motcua-upload-'));
  const dispose = () => fs.promises.rm(folder, { recursive: true, force: true });
  const fields: Record<string, string> = {};
  const files: StagedFile[] = [];
  let total = 0;
  let hasCheckedFields = false;
  const checkFields = async () => {
    if (hasCheckedFields) return;
    hasCheckedFields = true;
    await beforeFirstFile?.(fields);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      let failure: unknown;
      let hasFiles = false;
      let fileParts = 0;
      // Files are taken one after the other, in the order they arrive.
      let queue = Promise.resolve();
      const fail = (error: unknown) => {
        if (failure !== undefined) return;
        failure = error;
        request.raw.unpipe(parser);
        request.raw.resume();
        reject(error);
      };
      parser.on('field', (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
        if (failure !== undefined) return;
        if (!isSafeText(name) || !isSafeText(value)) return fail(unsafeTextError(name, 'body'));
        if (valueTruncated)
          return fail(validationError([{ field: name, in: 'body', code: 'too_big', message: { vi: 'Quá dài.', en: 'Too long.' } }]));
        fields[name] = value;
      });
      parser.on('file', (name: string, stream: Readable & { truncated?: boolean }, fileName: string) => {
        hasFiles = true;
        const target = path.join(folder, String(fileParts++));
        // Listened to at once: a body cut short errors the file stream before its turn comes.
        stream.on('error', fail);
        if (!isSafeText(name) || !isSafeText(fileName ?? '')) return fail(unsafeTextError(name, 'body'));
        queue = queue
          .then(async () => {
            if (failure !== undefined) return void stream.resume();
            await checkFields();
            const staged = await stageFile(
              { fieldname: name, filename: fileName ?? '', file: stream },
              target,
              limits.maxTotalBytes - total,
            ).catch((error: unknown) => {
              throw naming(error, name);
            });
            // A file input left empty: browsers send it as a part with no content.
            if (staged.size === 0) return fs.promises.rm(target);
            if (files.length >= limits.maxFiles)
              throw validationError([
                {
                  field: name,
                  in: 'body',
                  code: 'too_big',
                  message: { vi: `Tối đa ${limits.maxFiles} tệp.`, en: `At most ${limits.maxFiles} files.` },
                },
              ]);
            total += staged.size;
            files.push(staged);
          })
          .catch(fail);
      });
      for (const event of ['partsLimit', 'filesLimit', 'fieldsLimit']) {
        parser.on(event, () =>
          fail(
            validationError([
              {
                field: 'body',
                in: 'body',
                code: 'too_big',
                message: { vi: 'Biểu mẫu có quá nhiều phần.', en: 'The form has too many parts.' },
              },
            ]),
          ),
        );
      }
      parser.on('error', () =>
        fail(
          malformed({
            vi: 'Nội dung multipart không đọc được (bị cắt ngắn hoặc sai định dạng).',
            en: 'The multipart body cannot be read (cut short or malformed).',
          }),
        ),
      );
      parser.on('finish', () => {
        // A body with no part a form could have sent (none named by a Content-Disposition) is not a form.
        if (Object.keys(fields).length === 0 && !hasFiles)
          return fail(malformed({ vi: 'Biểu mẫu không có trường nào.', en: 'The form has no field.' }));
        queue = queue
          .then(checkFields)
          .then(() => (failure === undefined ? resolve() : undefined))
          .catch(fail);
      });
      request.raw.on('error', fail);
      request.raw.pipe(parser);
    });
    return { fields, files, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

type FilePart = { fieldname: string; filename: string; file: Readable & { truncated?: boolean } };

async function stageFile(part: FilePart, target: string, remainingBytes: number): Promise<StagedFile> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let contentType: string | undefined;
  const tooLarge = () => new DomainError(FileError.FILE_TOO_LARGE, { maxMb: maxFileBytes / 1024 / 1024 });
  // Checked as the bytes arrive: a file of the wrong type or size stops the request at once.
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxFileBytes || part.file.truncated) return done(tooLarge());
      if (size > remainingBytes) return done(new DomainError(FileError.UPLOAD_TOO_LARGE));
      if (contentType === undefined && head.length < 8) {
        head = Buffer.concat([head, chunk]).subarray(0, 8);
        if (head.length >= 8) contentType = detectFileType(head) ?? '';
        if (contentType === '') return done(new DomainError(FileError.FILE_TYPE_NOT_ALLOWED));
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(part.file, check, fs.createWriteStream(target, { flags: 'wx' }));
  if (part.file.truncated) throw tooLarge();
  if (size > 0 && !contentType) contentType = requireAllowedType(head);
  return {
    fieldName: part.fieldname,
    fileName: part.filename.slice(0, 200),
    path: target,
    size,
    sha256: hash.digest('hex'),
    contentType: contentType ?? 'application/octet-stream',
  };
}

/**
 * Stages content already in memory (generated data, a file read by a command-line import) the
 * way an upload is staged: checked for type and size, written to `folder`, hashed.
 */
export async function stageContent(content: Buffer, options: { folder: string; fieldName: string; fileName: string }): Promise<StagedFile> {
  if (content.length > maxFileBytes) throw new DomainError(FileError.FILE_TOO_LARGE, { maxMb: maxFileBytes / 1024 / 1024 });
  const contentType = requireAllowedType(content.subarray(0, 8));
  const target = path.join(options.folder, crypto.randomUUID());
  await fs.promises.writeFile(target, content, { flag: 'wx' });
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  return {
    fieldName: options.fieldName,
    fileName: options.fileName.slice(0, 200),
    path: target,
    size: content.length,
    sha256,
    contentType,
  };
}

function requireAllowedType(head: Buffer): string {
  const type = detectFileType(head);
  if (!type) throw new DomainError(FileError.FILE_TYPE_NOT_ALLOWED);
  return type;
}

/** A file's error (type, size) naming the form field it was sent in. */
function naming(error: unknown, field: string): unknown {
  if (!(error instanceof DomainError) || error.fields.length > 0) return error;
  const message = findErrorDefinition(error.code)?.detail;
  return new DomainError(error.code, error.params, [
    { field, in: 'body', code: error.code.toLowerCase(), ...(message ? { message } : {}) },
  ]);
}

function malformed(message: { vi: string; en: string }) {
  return validationError([{ field: 'body', in: 'body', code: 'malformed', message }]);
}
