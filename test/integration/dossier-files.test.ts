import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnitTree } from '../support/factories.js';
import { multipart } from '../support/multipart.js';

let t: TestApp;
let counter: Client;
let dossierId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { commune } = await buildUnitTree(t.admin);
  const procedure = buildProcedure();
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
  ({ dossierId } = await buildDossier(counter, { unitId: commune.id, procedureCode: procedure.code }));
});
afterAll(async () => t?.close());

const upload = (client: Client, parts: Parameters<typeof multipart>[0]) => {
  const { body, contentType } = multipart(parts);
  return client.request('POST', `/api/v1/dossiers/${dossierId}/files`, { body, headers: { 'content-type': contentType } });
};

describe('dossier files', () => {
  it('stores a scanned PDF with its SHA-256 and gives it back unchanged', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(2048), Buffer.from('\n%%EOF\n')]);
    const created = await upload(counter, [
      { name: 'kind', value: 'submitted' },
      { name: 'file', value: pdf, filename: 'giay-chung-sinh.pdf', type: 'application/pdf' },
    ]);
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({
      kind: 'submitted',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
    });
    const list = await counter.get(`/api/v1/dossiers/${dossierId}/files`);
    expect(list.data.items).toHaveLength(1);
    const download = await counter.get(`/api/v1/files/${created.data.id}`);
    expect(Buffer.compare(download.rawPayload, pdf)).toBe(0);
  });

  it('refuses a file whose content is not PDF, JPEG or PNG, whatever its name, writing nothing', async () => {
    const before = await auditCount(t.database);
    const fake = await upload(counter, [
      { name: 'file', value: Buffer.from('MZ this is a program'), filename: 'scan.pdf', type: 'application/pdf' },
    ]);
    expect(fake.statusCode).toBe(415);
    expect(fake.data.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const wrongKind = await upload(counter, [
      { name: 'kind', value: 'other' },
      { name: 'file', value: Buffer.from('%PDF-1.4 x'), filename: 'a.pdf' },
    ]);
    expect(wrongKind.data.errors[0].field).toBe('kind');
    expect(await auditCount(t.database)).toBe(before);
    expect((await counter.get(`/api/v1/dossiers/${dossierId}/files`)).data.items).toHaveLength(1);
  });
});
