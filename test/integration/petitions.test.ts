/**
 * The petition book and the denouncer's identity as a property of the data layer: the identity
 * lives in one table, is read only under a clearance (each read logged with its purpose), and
 * appears in no other table, API answer, search or audit row.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let other: CommuneRef;
let reception: Staff;
let leader: Staff;
let otherReception: Staff;

/** A denouncer whose every identifying value is a marker found nowhere else. */
const marker = crypto.randomBytes(4).toString('hex').toUpperCase();
const denouncer = {
  fullName: `Nguyễn Văn Tố Cáo ${marker}`,
  idNumber: '001099012345',
  phone: '0912345678',
  address: `Thôn Bí Mật ${marker}`,
  email: `to.cao.${marker.toLowerCase()}@example.vn`,
};
const markers = [marker, marker.toLowerCase(), denouncer.idNumber, denouncer.phone];

const intake = (overrides: Record<string, unknown> = {}) => ({
  unitId: commune.id,
  channel: 'reception',
  kind: 'complaint',
  contentSummary: 'Khiếu nại quyết định thu hồi đất nông nghiệp tại thôn Nà Sài',
  petitioner: { fullName: 'Trần Thị Khiếu', address: 'Thôn Nà Sài', phone: '0987654321' },
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 2 });
  [commune, other] = [tree.communes[0]!, tree.communes[1]!];
  reception = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  leader = await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
  otherReception = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: other.id });
});
afterAll(async () => t?.close());

describe('the petition book', () => {
  it('numbers petitions per unit and year, keeps the rule set of the day of receipt, and shows a complainant to readers', async () => {
    const first = await reception.client.post('/api/v1/petitions', intake());
    expect(first.statusCode, first.body).toBe(201);
    const second = await reception.client.post('/api/v1/petitions', intake({ receivedAt: '2026-06-30T09:00:00+07:00' }));
    const lastYear = await reception.client.post('/api/v1/petitions', intake({ receivedAt: '2025-12-31T16:00:00+07:00' }));
    const elsewhere = await otherReception.client.post('/api/v1/petitions', intake({ unitId: other.id }));
    expect(second.data.bookNo).toBe(first.data.bookNo + 1);
    expect(lastYear.data).toMatchObject({ year: 2025, bookNo: 1 });
    expect(elsewhere.data.bookNo).toBe(1);
    // Nobody's name is shown before the petition is classified (it may turn out to be a denunciation).
    expect(first.data).toMatchObject({
      kind: 'complaint',
      status: 'received',
      isIdentityProtected: true,
      petitioner: null,
      unitName: commune.name,
    });
    const classified = await leader.client.post(
      `/api/v1/petitions/${first.data.id}/classification`,
      { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': `"${first.data.version}"` },
    );
    expect(classified.data).toMatchObject({
      isIdentityProtected: false,
      petitioner: { fullName: 'Trần Thị Khiếu', address: 'Thôn Nà Sài' },
    });
    expect(second.data.ruleSetVersion).not.toBe(first.data.ruleSetVersion);
    expect(JSON.stringify(first.data)).not.toContain('0987654321');

    const list = await leader.client.get(`/api/v1/petitions?unitId=${commune.id}&q=${encodeURIComponent('thu hoi dat')}&pageSize=100`);
    expect(list.data.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([first.data.id, second.data.id]));
    expect(list.data.items.every((p: { unitId: string }) => p.unitId === commune.id)).toBe(true);
    expect((await otherReception.client.get(`/api/v1/petitions/${first.data.id}`)).statusCode).toBe(403);
    const theirs = await otherReception.client.get('/api/v1/petitions?pageSize=100');
    expect(theirs.data.items.map((p: { id: string }) => p.id)).toEqual([elsewhere.data.id]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await auditCount(t.database);
    const cases: [Record<string, unknown>, string][] = [
      [intake({ isAnonymous: true }), 'petitioner'],
      [intake({ petitioner: undefined }), 'petitioner'],
      [intake({ channel: 'forwarded' }), 'forwardedBy'],
      [intake({ receivedAt: '2099-01-01T09:00:00+07:00' }), 'receivedAt'],
      [intake({ petitioner: { fullName: 'A', idNumber: '123' } }), 'petitioner.idNumber'],
      [intake({ contentSummary: '' }), 'contentSummary'],
    ];
    for (const [body, field] of cases) {
      const refused = await reception.client.post('/api/v1/petitions', body, { 'accept-language': 'en' });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.data.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await auditCount(t.database)).toBe(before);
  });
});

describe("a denouncer's identity", () => {
  let petitionId: string;

  beforeAll(async () => {
    const created = await reception.client.post(
      '/api/v1/petitions',
      intake({ kind: 'denunciation', contentSummary: 'Tố cáo cán bộ địa chính nhận tiền khi đo đạc đất', petitioner: denouncer }),
    );
    expect(created.statusCode, created.body).toBe(201);
    petitionId = created.data.id;
  });

  it('never reaches a reader without a clearance, the search, or any table but its own', async () => {
    const answers = [
      await reception.client.get(`/api/v1/petitions/${petitionId}`),
      await leader.client.get(`/api/v1/petitions?pageSize=100`),
      await leader.client.get(`/api/v1/petitions?q=${marker}`),
      await t.admin.get(`/api/v1/petitions/${petitionId}`),
      await t.admin.get('/api/v1/audit?pageSize=200'),
    ];
    const view = answers[0]!.data;
    expect(view).toMatchObject({ kind: 'denunciation', isIdentityProtected: true, petitioner: null });
    expect(answers[2]!.data.total).toBe(0);
    for (const answer of answers) for (const value of markers) expect(answer.body).not.toContain(value);

    const tables = await t.database.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
    );
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      if (table === 'petitioner_identities') continue;
      const rows = await t.database.query<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
      for (const { row } of rows) for (const value of markers) if (row.includes(value)) found.push(`${table}: ${value}`);
    }
    expect(found).toEqual([]);
  });

  it('is read only under a clearance over the unit, each read logged with its purpose, and no more once revoked', async () => {
    const purpose = { purpose: 'Mời người tố cáo làm việc để làm rõ nội dung' };
    const refused = await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose);
    expect(refused.statusCode).toBe(403);
    expect(refused.data.code).toBe('IDENTITY_CLEARANCE_REQUIRED');
    expect((await reception.client.post('/api/v1/identity-clearances', { staffId: reception.id, unitId: commune.id })).statusCode).toBe(
      403,
    );

    const granted = await leader.client.post('/api/v1/identity-clearances', { staffId: reception.id, unitId: commune.id });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await leader.client.post('/api/v1/identity-clearances', { staffId: reception.id, unitId: commune.id })).statusCode).toBe(409);
    const tooShort = await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, { purpose: 'xem' });
    expect(tooShort.data.errors[0].field).toBe('purpose');

    const read = await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.data.identity).toEqual(denouncer);
    const log = await leader.client.get(`/api/v1/petitions/${petitionId}/identity-reads`);
    expect(log.data.items).toEqual([
      expect.objectContaining({ staffId: reception.id, staffName: reception.fullName, purpose: purpose.purpose }),
    ]);
    expect((await reception.client.get(`/api/v1/petitions/${petitionId}/identity-reads`)).statusCode).toBe(403);

    // Another commune's officer, even cleared at their own commune, reads nothing here.
    await t.admin.post('/api/v1/identity-clearances', { staffId: otherReception.id, unitId: other.id });
    expect((await otherReception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose)).statusCode).toBe(403);
    // An API token holds no clearance.
    const token = await t.admin.post('/api/v1/api-tokens', { name: 'Tích hợp tiếp dân', role: 'reception_officer', unitId: commune.id });
    const integration = new Client(t.app, { bearer: token.data.token });
    expect((await integration.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose)).statusCode).toBe(403);

    const revoked = await leader.client.post(`/api/v1/identity-clearances/${granted.data.id}/revoke`, {});
    expect(revoked.data.revokedAt).not.toBeNull();
    expect((await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose)).statusCode).toBe(403);
    expect((await leader.client.get(`/api/v1/petitions/${petitionId}/identity-reads`)).data.items).toHaveLength(1);
  });

  it('keeps no copy of a read for a retry, cannot be brought back by reclassifying, and is granted by a person to somebody else', async () => {
    const purpose = { purpose: 'Đối chiếu chữ ký với bản tường trình' };
    expect((await leader.client.post('/api/v1/identity-clearances', { staffId: leader.id, unitId: commune.id })).data.code).toBe(
      'CLEARANCE_SELF_GRANT',
    );
    const token = await t.admin.post('/api/v1/api-tokens', { name: 'Tích hợp lãnh đạo', role: 'leader', unitId: commune.id });
    const integration = new Client(t.app, { bearer: token.data.token });
    expect((await integration.post('/api/v1/identity-clearances', { staffId: reception.id, unitId: commune.id })).statusCode).toBe(403);

    const granted = await leader.client.post('/api/v1/identity-clearances', { staffId: reception.id, unitId: commune.id });
    const headers = { 'idempotency-key': 'doc-danh-tinh-0001' };
    const reads = async () => (await leader.client.get(`/api/v1/petitions/${petitionId}/identity-reads`)).data.items.length;
    const before = await reads();
    expect((await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose, headers)).statusCode).toBe(200);
    const again = await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose, headers);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await reads()).toBe(before + 2);
    const stored = await t.database.query<{ body: string | null }>('select body from idempotency_keys');
    for (const { body } of stored) for (const value of markers) expect(body ?? '').not.toContain(value);
    await leader.client.post(`/api/v1/identity-clearances/${granted.data.id}/revoke`, {});
    expect((await reception.client.post(`/api/v1/petitions/${petitionId}/identity-reads`, purpose, headers)).statusCode).toBe(403);

    const current = await reception.client.get(`/api/v1/petitions/${petitionId}`);
    const asComplaint = await reception.client.post(
      `/api/v1/petitions/${petitionId}/classification`,
      { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': `"${current.data.version}"` },
    );
    expect(asComplaint.statusCode, asComplaint.body).toBe(200);
    expect(asComplaint.data).toMatchObject({ kind: 'complaint', isIdentityProtected: true, petitioner: null });
    for (const value of markers) expect(asComplaint.body).not.toContain(value);
  });
});
