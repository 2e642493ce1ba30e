// The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly on the thread
// that calls it; on the HTTP thread every query stopped the server from parsing, routing and
// answering. Here it serves the PostgreSQL wire protocol on a Unix socket in a private folder, and the
// HTTP thread talks to it with the same driver (pg) as to a PostgreSQL server.
//
// PGlite is one backend session: the connections it serves share it. The HTTP thread keeps one
// connection (open-database.ts), so statements never interleave; a connection that is closed with a
// transaction open is rolled back, and a new connection starts without the old one's prepared
// statements. Plain JavaScript, so that it runs as it is from src/ (tests) and from the build.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';

/** @type {{ dataDir?: string, loadDataDir?: Blob, templatePath?: string, socketPath: string, setup: string }} */
const options = workerData;
const SSL_REQUEST = 80877103;
const PROTOCOL_3 = 196608;

const loadDataDir = options.loadDataDir ?? (options.templatePath ? await fs.openAsBlob(options.templatePath) : undefined);
const client = new PGlite({
  ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  ...(loadDataDir ? { loadDataDir } : {}),
  extensions: { pg_trgm, unaccent, pgcrypto },
});
await client.waitReady;
await client.exec(options.setup);

/** Everything PGlite runs goes through this chain: one message batch at a time, in arrival order. */
let chain = Promise.resolve();
function serially(task) {
  const run = chain.then(task);
  chain = run.catch(() => {});
  return run;
}

const sockets = new Set();
const server = net.createServer((socket) => {
  sockets.add(socket);
  socket.setNoDelay(true);
  let pending = Buffer.alloc(0);
  let hasStarted = false; // before the startup message, messages have no type byte
  socket.on('data', (data) => {
    pending = pending.length ? Buffer.concat([pending, data]) : data;
    const batch = [];
    let startsSession = false;
    for (;;) {
      const headerLength = hasStarted ? 5 : 8;
      if (pending.length < headerLength) break;
      const length = hasStarted ? 1 + pending.readInt32BE(1) : pending.readInt32BE(0);
      if (pending.length < length) break;
      const code = hasStarted ? 0 : pending.readInt32BE(4);
      if (code === SSL_REQUEST) {
        socket.write('N'); // no TLS on a private socket
      } else {
        if (code === PROTOCOL_3) {
          hasStarted = true;
          startsSession = true;
        }
        batch.push(pending.subarray(0, length));
      }
      pending = pending.subarray(length);
    }
    if (batch.length === 0) return;
    const bytes = batch.length === 1 ? batch[0] : Buffer.concat(batch);
    serially(async () => {
      if (startsSession) await client.exec('DEALLOCATE ALL');
      const out = [];
      await client.runExclusive(() =>
        client.execProtocolRawStream(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
          onRawData: (chunk) => out.push(Buffer.from(chunk)),
        }),
      );
      if (out.length > 0 && !socket.destroyed) socket.write(out.length === 1 ? out[0] : Buffer.concat(out));
    }).catch((error) => socket.destroy(error));
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    sockets.delete(socket);
    serially(async () => {
      if (client.isInTransaction()) await client.exec('ROLLBACK');
    }).catch(() => {});
  });
});

async function close() {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  await serially(() => client.close());
}

parentPort.on('message', (message) => {
  const reply = (body, transfer) => parentPort.postMessage({ id: message.id, ...body }, transfer);
  const task =
    message.type === 'dump'
      ? serially(() => client.dumpDataDir('none')).then(async (blob) => {
          const data = await blob.arrayBuffer();
          reply({ data }, [data]);
        })
      : close().then(() => reply({}));
  task.catch((error) => reply({ error: error instanceof Error ? error.message : String(error) }));
});

server.on('error', (error) => parentPort.postMessage({ type: 'failed', error: error.message }));
server.listen(options.socketPath, () => parentPort.postMessage({ type: 'ready' }));
