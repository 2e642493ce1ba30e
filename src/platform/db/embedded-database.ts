import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { connectPool, loadDriver } from './pool-database.js';
import { quoteIdentifier, type Database, type OpenDatabaseOptions } from './open-database.js';

/** Where the embedded database's thread is: beside this module in src/, beside the bundle's chunks in dist/server/. */
const workerFile = new URL('./embedded-worker.mjs', import.meta.url);

type WorkerReply = { id?: number; type?: 'ready' | 'failed'; error?: string; data?: ArrayBuffer };

/**
 * Opens the embedded database (PGlite) on a thread of its own (embedded-worker.mjs), reached over a
 * Unix socket in a private folder (mode 0700) with the same driver as a server. One connection:
 * PGlite is one backend session, and statements from two connections would interleave in it.
 */
export async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  let lock: DataDirLock | undefined;
  let pgDir: string | undefined;
  if (options.dataDir) {
    lock = lockDataDir(options.dataDir);
    pgDir = path.join(options.dataDir, 'pg');
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-db-'));
  let worker: Worker | undefined;
  let isClosing = false;
  try {
    const isNewFolder = pgDir !== undefined && !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
    const templatePath = !options.loadDataDir && isNewFolder ? await options.newFolderTemplate?.() : undefined;
    const started = new Worker(workerFile, {
      workerData: {
        dataDir: pgDir,
        loadDataDir: options.loadDataDir,
        templatePath,
        socketPath: path.join(socketDir, '.s.PGSQL.5432'),
        setup: `CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schemaName)}; SET search_path TO ${quoteIdentifier(options.schemaName)}, public;`,
      },
    });
    worker = started;
    await Promise.all([untilReady(started), loadDriver()]); // the driver loads while the thread opens
    const calls = workerCalls(started, (error) => {
      // The database is gone under a running server: better to stop and be restarted than to answer
      // every request with an error.
      if (!isClosing)
        process.nextTick(() => {
          throw error;
        });
    });
    const database = await connectPool(
      // Never closed for idleness: a new connection would cost a startup exchange for nothing.
      { host: socketDir, user: 'postgres', database: 'postgres', max: 1, idleTimeoutMillis: 0 },
      { kind: 'pglite', schemaName: options.schemaName },
    );
    // The pool is not shown to the metrics: one connection, always, whose counts say nothing to act on.
    const { pool, ...rest } = database;
    return {
      ...rest,
      async dumpDataDir() {
        const reply = await calls.call({ type: 'dump' });
        return new Blob([reply.data!]);
      },
      async close() {
        isClosing = true;
        try {
          await pool.end();
          await calls.call({ type: 'close' });
          await started.terminate();
        } finally {
          fs.rmSync(socketDir, { recursive: true, force: true });
          lock?.release();
        }
      },
    };
  } catch (error) {
    isClosing = true;
    await worker?.terminate();
    fs.rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }
}

/** Waits for the thread's database to be open and its socket listening. */
function untilReady(worker: Worker): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      // Only these listeners: Worker keeps its own (newListener/removeListener) to ref its message port.
      worker.off('message', onMessage);
      worker.off('error', settle);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (message: WorkerReply) => {
      if (message.type === 'ready') settle();
      if (message.type === 'failed') settle(new Error(`embedded database: ${message.error}`));
    };
    const onExit = (code: number) => settle(new Error(`embedded database: its thread ended (code ${code}) before it was ready`));
    worker.on('message', onMessage);
    worker.on('error', settle);
    worker.on('exit', onExit);
  });
}

/** Requests to the database's thread (a dump, closing), each answered by its id. */
function workerCalls(worker: Worker, onLost: (error: Error) => void) {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const entry = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (!entry) return;
    waiting.delete(reply.id!);
    if (reply.error) entry.reject(new Error(`embedded database: ${reply.error}`));
    else entry.resolve(reply);
  });
  const lost = (error: Error) => {
    failAll(error);
    onLost(error);
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`embedded database: its thread ended (code ${code})`)));
  return {
    call(message: { type: 'dump' | 'close' }): Promise<WorkerReply> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ ...message, id });
      });
    },
  };
}
