import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/platform/config.js';
import { createS3FileStore, S3RequestError } from '../../src/platform/files/s3-file-store.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree } from '../support/factories.js';
import { multipart } from '../support/multipart.js';

// s3rver is a real S3-compatible HTTP server (its own folder on disk). It checks the access key
// but not the Signature V4 arithmetic, so the signing is trusted to aws4 (AWS's own test vectors).
const bucket = 'motcua-files';
const accessKeyId = 'S3RVER';
const secretAccessKey = 'S3RVER';
let server: S3rver;
let storeDir: string;
let endpoint: string;
let t: TestApp;

beforeAll(async () => {
  storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-s3-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: storeDir,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  t = await createTestApp({
    MOTCUA_FILES_S3_ENDPOINT: endpoint,
    MOTCUA_FILES_S3_BUCKET: bucket,
    MOTCUA_FILES_S3_REGION: 'ap-southeast-1',
    MOTCUA_FILES_S3_ACCESS_KEY: accessKeyId,
    MOTCUA_FILES_S3_SECRET_KEY: secretAccessKey,
  });
});
afterAll(async () => {
  await t?.close();
  await server?.close();
  fs.rmSync(storeDir, { recursive: true, force: true });
});

const store = () => createS3FileStore({ endpoint, bucket, region: 'ap-southeast-1', accessKeyId, secretAccessKey });

describe('S3-compatible file store', () => {
  it('puts and gets back the same bytes under a year/month key', async () => {
    const content = crypto.randomBytes(300_000);
    const key = `2026/11/${crypto.randomUUID()}`;
    await store().put(key, content);
    const back = await store().get(key);
    expect(Buffer.compare(back, content)).toBe(0);
    // The object really lives on the S3 server, not in the local files folder.
    expect(fs.readdirSync(t.config.filesDir)).toEqual([]);
  });

  it('answers FILE_NOT_FOUND for a missing key and refuses keys that climb out of the bucket', async () => {
    await expect(store().get(`2026/11/${crypto.randomUUID()}`)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(store().put('../other-bucket/x', Buffer.from('x'))).rejects.toThrow('invalid file key');
  });

  it('reports a refused request with its status and S3 code, without the secret', async () => {
    const stranger = createS3FileStore({
      endpoint,
      bucket,
      region: 'ap-southeast-1',
      accessKeyId: 'NOT-A-KEY',
      secretAccessKey: 'top-secret-value',
    });
    const error = await stranger.put(`2026/11/${crypto.randomUUID()}`, Buffer.from('%PDF-1.4')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(S3RequestError);
    expect(error).toMatchObject({ status: 403, s3Code: 'InvalidAccessKeyId' });
    expect(String((error as Error).message)).not.toContain('top-secret-value');
    const noBucket = createS3FileStore({ endpoint, bucket: 'no-such-bucket', region: 'ap-southeast-1', accessKeyId, secretAccessKey });
    await expect(noBucket.put(`2026/11/${crypto.randomUUID()}`, Buffer.from('x'))).rejects.toMatchObject({
      status: 404,
      s3Code: 'NoSuchBucket',
    });
  });

  it('is chosen by configuration, which must be complete', () => {
    expect(t.config.filesS3).toMatchObject({ endpoint, bucket, region: 'ap-southeast-1' });
    expect(readConfig({}).filesS3).toBeUndefined();
    expect(
      readConfig({
        MOTCUA_FILES_S3_ENDPOINT: endpoint,
        MOTCUA_FILES_S3_BUCKET: bucket,
        MOTCUA_FILES_S3_ACCESS_KEY: 'a',
        MOTCUA_FILES_S3_SECRET_KEY: 'b',
      }).filesS3?.region,
    ).toBe('us-east-1');
    expect(() => readConfig({ MOTCUA_FILES_S3_ENDPOINT: endpoint, MOTCUA_FILES_S3_BUCKET: bucket })).toThrow(ConfigError);
    expect(() =>
      readConfig({
        MOTCUA_FILES_S3_ENDPOINT: 'ftp://x',
        MOTCUA_FILES_S3_BUCKET: bucket,
        MOTCUA_FILES_S3_ACCESS_KEY: 'a',
        MOTCUA_FILES_S3_SECRET_KEY: 'b',
      }),
    ).toThrow(ConfigError);
    expect(() =>
      readConfig({
        MOTCUA_FILES_S3_ENDPOINT: endpoint,
        MOTCUA_FILES_S3_BUCKET: 'Bad_Bucket',
        MOTCUA_FILES_S3_ACCESS_KEY: 'a',
        MOTCUA_FILES_S3_SECRET_KEY: 'b',
      }),
    ).toThrow(ConfigError);
  });

  it('keeps a scan uploaded through the dossier files route in the bucket, with its SHA-256', async () => {
    const { commune } = await buildUnitTree(t.admin);
    const procedure = buildProcedure();
    expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
    const counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
    const { dossierId } = await buildDossier(counter, { unitId: commune.id, procedureCode: procedure.code });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(4096), Buffer.from('\n%%EOF\n')]);
    const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
    const { body, contentType } = multipart([
      { name: 'kind', value: 'result' },
      { name: 'file', value: pdf, filename: 'giay-khai-sinh.pdf', type: 'application/pdf' },
    ]);
    const created = await counter.request('POST', `/api/v1/dossiers/${dossierId}/files`, {
      body,
      headers: { 'content-type': contentType },
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ kind: 'result', size: pdf.length, sha256 });

    const [row] = await t.database.query<{ storage_key: string; sha256: string }>('select storage_key, sha256 from files where id = $1', [
      created.data.id,
    ]);
    expect(row?.sha256).toBe(sha256);
    const stored = await store().get(row!.storage_key);
    expect(crypto.createHash('sha256').update(stored).digest('hex')).toBe(sha256);

    const download = await counter.get(`/api/v1/files/${created.data.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['x-content-sha256']).toBe(sha256);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
    expect(fs.readdirSync(t.config.filesDir)).toEqual([]);
  });
});
