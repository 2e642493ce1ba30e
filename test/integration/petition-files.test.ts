/**
 * A petition's scans: attached by its unit's officers, listed with the petition; a protected
 * petition's (a denunciation's handwriting) keep no name and are read only under an identity
 * clearance with the purpose logged, like the identity itself.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../support/multipart.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
let cleared: Staff;
let outsider: Staff;
const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(400)]);
const sha256 = crypto.createHash('sha256').update(scan).digest('hex');

async function receive(kind: string) {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'post',
    kind,
    contentSummary: `Đơn ${kind} gửi qua bưu điện`,
    petitioner: { fullName: 'Vàng Thị Giấy' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data.id as string;
}
const attach = (client: Staff['client'], petitionId: string, kind: string, filename = 'don-cua-Vang-Thi-Giay.pdf') => {
  const form = multipart([
    { name: 'kind', value: kind },
    { name: 'file', value: scan, filename, type: 'application/pdf' },
  ]);
  return client.request('POST', `/api/v1/petitions/${petitionId}/files`, {
    body: form.body,
    headers: { 'content-type': form.contentType },
  });
};
const read = (client: Staff['client'], petitionId: string, fileId: string, purpose?: string) =>
  client.post(`/api/v1/petitions/${petitionId}/files/${fileId}/reads`, purpose ? { purpose } : {});

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 2 });
  commune = tree.commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  cleared = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  outsider = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: tree.communes[1]!.id });
  const leader = await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
  expect((await leader.client.post('/api/v1/identity-clearances', { staffId: cleared.id, unitId: commune.id })).statusCode).toBe(201);
});
afterAll(async () => t?.close());

describe('petition files', () => {
  it('keep a classified complaint’s scan with its name, read by whoever reads the petition', async () => {
    const id = await receive('complaint');
    // Until classified, any petition may be a denunciation: its files are protected.
    const classified = await officer.client.post(
      `/api/v1/petitions/${id}/classification`,
      { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': '"1"' },
    );
    expect(classified.statusCode, classified.body).toBe(200);
    const attached = await attach(officer.client, id, 'page');
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.data).toMatchObject({ kind: 'page', name: 'don-cua-Vang-Thi-Giay.pdf', needsClearance: false, sha256 });
    const list = await officer.client.get(`/api/v1/petitions/${id}/files`);
    expect(list.data.items).toHaveLength(1);
    const content = await read(officer.client, id, attached.data.id);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(scan)).toBe(true);
    expect((await attach(outsider.client, id, 'page')).statusCode).toBe(403);
    expect((await read(outsider.client, id, attached.data.id)).statusCode).toBe(403);
    expect((await attach(officer.client, id, 'selfie')).statusCode).toBe(400);
    // Not a dossier's file: the dossier download does not serve it.
    expect((await officer.client.get(`/api/v1/files/${attached.data.id}`)).statusCode).toBe(404);
  });

  it('keep no name of a denunciation’s scan and give it only under a clearance, with the purpose logged', async () => {
    const id = await receive('denunciation');
    const attached = await attach(officer.client, id, 'page');
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.data).toMatchObject({ name: 'Trang đơn 1', needsClearance: true });
    const stored = await t.database.query<{ name: string }>('select name from files where id = $1', [attached.data.id]);
    expect(stored[0]!.name).toBe('Trang đơn.pdf');

    const refused = await read(officer.client, id, attached.data.id, 'Đối chiếu chữ ký trên đơn');
    expect(refused.statusCode).toBe(403);
    expect(refused.data.code).toBe('IDENTITY_CLEARANCE_REQUIRED');
    const noPurpose = await read(cleared.client, id, attached.data.id);
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.data.errors[0].field).toBe('purpose');
    const content = await read(cleared.client, id, attached.data.id, 'Đối chiếu chữ ký trên đơn');
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(scan)).toBe(true);
    const log = await t.admin.get(`/api/v1/petitions/${id}/identity-reads`);
    expect(log.data.items.map((entry: { purpose: string }) => entry.purpose)).toContain('[Trang đơn 1] Đối chiếu chữ ký trên đơn');
    const audit = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where after::text like '%Vang-Thi-Giay%'`,
    );
    expect(audit[0]!.n).toBe(0);
  });
});
