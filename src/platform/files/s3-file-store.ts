import crypto from 'node:crypto';
import fs from 'node:fs';
import aws4 from 'aws4';
import { DomainError } from '../errors/errors.js';
import { FileError, type FileStore } from './file-store.js';

export type S3FileStoreOptions = {
  /** The server's base address, e.g. https://s3.example.vn or http://127.0.0.1:9000 (path-style: /bucket/key). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** How long one request may take before it is abandoned. */
  timeoutMs?: number;
};

/**
 * Thrown when the S3 server refuses a request or cannot be reached (status 0); carries the HTTP
 * status and S3 error code, never the keys. To a caller it is FILE_STORE_UNAVAILABLE (503): the
 * file was not stored, so the use case wrote nothing.
 */
export class S3RequestError extends DomainError {
  constructor(
    readonly status: number,
    readonly s3Code: string | undefined,
    operation: string,
  ) {
    super(FileError.FILE_STORE_UNAVAILABLE);
    this.message = `S3 ${operation} failed: ${status === 0 ? 'server unreachable' : `HTTP ${status}`}${s3Code ? ` ${s3Code}` : ''}`;
    this.name = 'S3RequestError';
  }
}

/** RFC 3986 encoding, as the signature's canonical path spells it. */
const encodeSegment = (part: string) =>
  encodeURIComponent(part).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const encodeKey = (key: string) => key.split('/').map(encodeSegment).join('/');

/**
 * A file store on any S3-compatible server (MinIO, Ceph, a cloud's object storage), addressed
 * path-style and signed with AWS Signature Version 4. Uploads carry their SHA-256 so the server
 * checks the bytes it stored.
 */
export function createS3FileStore(options: S3FileStoreOptions): FileStore {
  const base = new URL(options.endpoint);
  const prefix = base.pathname.replace(/\/+$/, '');
  const credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };
  const timeoutMs = options.timeoutMs ?? 30_000;

  const send = async (method: 'PUT' | 'GET', key: string, body?: Buffer, timeout?: number) => {
    if (!key || key.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error('invalid file key');
    const path = `${prefix}/${encodeSegment(options.bucket)}/${encodeKey(key)}`;
    const headers: Record<string, string> = {
      'x-amz-content-sha256': body ? crypto.createHash('sha256').update(body).digest('hex') : crypto.createHash('sha256').digest('hex'),
    };
    if (body) headers['content-type'] = 'application/octet-stream';
    const signed = aws4.sign(
      { host: base.host, path, method, service: 's3', region: options.region, headers, ...(body ? { body } : {}) },
      credentials,
    );
    const sent: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers ?? {})) {
      // fetch sets Host and Content-Length itself.
      if (name.toLowerCase() !== 'host' && name.toLowerCase() !== 'content-length' && value !== undefined) sent[name] = String(value);
    }
    try {
      return await fetch(`${base.protocol}//${base.host}${path}`, {
        method,
        headers: sent,
        ...(body ? { body } : {}),
        signal: AbortSignal.timeout(timeout ?? timeoutMs),
      });
    } catch (error) {
      // Refused, reset, unknown host or timed out: the store is unreachable.
      throw new S3RequestError(0, (error as Error).name === 'TimeoutError' ? 'Timeout' : undefined, method);
    }
  };

  const put = async (key: string, content: Buffer) => {
    const response = await send('PUT', key, content);
    if (!response.ok) throw new S3RequestError(response.status, await errorCode(response), 'PUT');
    await response.arrayBuffer();
  };

  return {
    put,
    // One file (at most 20 MB) at a time: the signed request carries its SHA-256.
    putFile: async (key, filePath) => put(key, await fs.promises.readFile(filePath)),
    async get(key) {
      const response = await send('GET', key);
      if (response.status === 404) {
        await response.arrayBuffer();
        throw new DomainError(FileError.FILE_NOT_FOUND);
      }
      if (!response.ok) throw new S3RequestError(response.status, await errorCode(response), 'GET');
      return Buffer.from(await response.arrayBuffer());
    },
    // A read of a key that does not exist: 404 means the server answers and the credentials hold.
    async check() {
      const response = await send('GET', '.motcua-health', undefined, 3000);
      if (response.status !== 404 && !response.ok) throw new S3RequestError(response.status, await errorCode(response), 'GET');
      await response.arrayBuffer();
    },
  };
}

/** The <Code> of an S3 XML error body, if there is one. */
async function errorCode(response: Response): Promise<string | undefined> {
  const text = await response.text().catch(() => '');
  return /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
}
