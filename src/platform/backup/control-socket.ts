import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * A server on an embedded database holds its data folder; the command line cannot open it then.
 * The server listens on a Unix socket inside that folder (readable by the folder's owner only:
 * whoever may read the socket may read the database files anyway), and `motcua backup` asks it
 * for a consistent snapshot there. The stream ends with the trailer x-motcua-backup: complete.
 */
export const controlSocketPath = (dataDir: string) => path.join(dataDir, 'motcua.sock');

export type ControlSocket = { close(): Promise<void> };

export async function listenControlSocket(
  dataDir: string,
  backup: (out: Writable) => Promise<unknown>,
  onError: (error: unknown) => void,
): Promise<ControlSocket> {
  const socketPath = controlSocketPath(dataDir);
  // The data folder is locked by this process: a socket file left there is stale.
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/backup') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/gzip', trailer: 'x-motcua-backup' });
    const out = new WritableEnd(response);
    backup(out).then(
      () => {
        response.addTrailers({ 'x-motcua-backup': 'complete' });
        response.end();
      },
      (error: unknown) => {
        onError(error);
        response.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

/** Asks the running server for a backup and writes it to `out`; rejects unless the stream ended complete. */
export function requestBackup(dataDir: string, out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath: controlSocketPath(dataDir), method: 'POST', path: '/backup' }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`the server answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.pipe(out);
      response.on('error', reject);
      response.on('end', () => {
        finished(out).then(() => {
          if (response.trailers['x-motcua-backup'] === 'complete') resolve();
          else reject(new Error('the server stopped before the backup was complete'));
        }, reject);
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * The response as the backup's sink, without ending it: the backup's pipeline ends its sink, and
 * the trailer must still be written after the last byte.
 */
class WritableEnd extends Writable {
  constructor(private readonly response: http.ServerResponse) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.response.write(chunk)) callback();
    else this.response.once('drain', () => callback());
  }
}
