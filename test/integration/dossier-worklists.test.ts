import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { listDossiers } from '../../src/modules/dossiers/use-cases/list-dossiers.js';
import { auditCount, createStaffMember, createTestApp, createUnit, type Client, type TestApp } from '../support/test-app.js';
import { buildProcedure } from '../support/procedures.js';

// The officer worklists: waiting for me, due soon, overdue — filtered and paged in SQL.
let t: TestApp;
let commune: { id: string };
let counter: Client;
let specialist: Client;
let leader: Client;
const procedure = buildProcedure({ name: 'Thủ tục danh sách việc (thử)' });
const hour = 3_600_000;

const intake = async (name: string, unitId = commune.id, client = counter) => {
  const response = await client.post('/api/v1/dossiers/counter-intake', {
    receivingUnitId: unitId,
    procedureCode: procedure.code,
    applicant: { kind: 'person', name, citizenId: '008090005555', phone: '0912000555', address: 'Thôn Làng Chùa' },
    documents: [{ index: 1 }, { index: 2 }],
    delivery: 'counter',
  });
  expect(response.statusCode).toBe(201);
  return response.data.dossierId as string;
};
const setDueAt = (id: string, at: Date) => t.database.query('update dossiers set due_at = $1 where id = $2', [at.toISOString(), id]);
const list = async (client: Client, query: string) => {
  const response = await client.get(`/api/v1/dossiers?${query}`);
  expect(response.statusCode).toBe(200);
  return response.data as { items: { id: string; applicantName: string; dueAt: string }[]; total: number; page: number; pageSize: number };
};
const act = (client: Client, id: string, version: number, body: Record<string, unknown>) =>
  client.post(`/api/v1/dossiers/${id}/actions`, body, { 'if-match': `"${version}"` });

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const province = await createUnit(t.admin, { name: 'Tỉnh Danh Sách', type: 'province' });
  commune = await createUnit(t.admin, { name: 'Xã Danh Sách', type: 'commune', parentId: province.id });
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = (await createStaffMember(t.admin, { roles: [{ role: 'counter_officer', unitId: commune.id }] })).client;
  specialist = (await createStaffMember(t.admin, { roles: [{ role: 'specialist', unitId: commune.id }] })).client;
  leader = (await createStaffMember(t.admin, { roles: [{ role: 'leader', unitId: commune.id }] })).client;

  const now = Date.now();
  ids.fresh = await intake('Nguyễn Văn Mới');
  ids.soon = await intake('Trần Thị Sắp');
  await setDueAt(ids.soon, new Date(now + hour));
  ids.lateOne = await intake('Lê Văn Trễ Một');
  await setDueAt(ids.lateOne, new Date(now - 24 * hour));
  ids.lateTwo = await intake('Phạm Thị Trễ Hai');
  await setDueAt(ids.lateTwo, new Date(now - 48 * hour));
  ids.far = await intake('Hoàng Văn Xa');
  await setDueAt(ids.far, new Date(now + 30 * 24 * hour));
  // Waiting for a supplement: the clock is paused, so it is neither due soon nor overdue.
  ids.paused = await intake('Vũ Thị Chờ');
  const paused = await act(leader, ids.paused, 1, { action: 'request_supplement', reason: 'Thiếu giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] });
  expect(paused.statusCode).toBe(200);
  await setDueAt(ids.paused, new Date(now - 24 * hour));
  // Handed on to the specialist's step.
  ids.handed = await intake('Đặng Văn Chuyển');
  expect((await act(counter, ids.handed, 1, { action: 'hand_over' })).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('worklist filters', () => {
  it('lists the overdue dossiers in processing, most overdue first, with pagination', async () => {
    const overdue = await list(counter, `due=overdue&unitId=${commune.id}`);
    expect(overdue.items.map((item) => item.id)).toEqual([ids.lateTwo, ids.lateOne]);
    expect(overdue.total).toBe(2);
    const second = await list(counter, `due=overdue&unitId=${commune.id}&page=2&pageSize=1`);
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((item) => item.id)).toEqual([ids.lateOne]);
    expect((await list(counter, 'due=overdue&q=tre%20mot')).items.map((item) => item.id)).toEqual([ids.lateOne]);
  });

  it('lists the dossiers due within the next two working days, soonest first', async () => {
    const soon = await list(counter, 'due=soon');
    expect(soon.items.map((item) => item.id)).toEqual([ids.soon]);
    expect((await list(counter, 'due=soon&status=supplement_requested')).total).toBe(0);
  });

  it('measures "soon" in working time on the calendar: on a Friday afternoon, Tuesday morning is soon and Wednesday is not', async () => {
    const province = await createUnit(t.admin, { name: 'Tỉnh Lịch', type: 'province' });
    const quiet = await createUnit(t.admin, { name: 'Xã Lịch', type: 'commune', parentId: province.id });
    const officer = await createStaffMember(t.admin, { roles: [{ role: 'counter_officer', unitId: quiet.id }] });
    const tuesday = await intake('Ngô Văn Thứ Ba', quiet.id, officer.client);
    const wednesday = await intake('Ngô Văn Thứ Tư', quiet.id, officer.client);
    await setDueAt(tuesday, new Date('2026-11-24T09:00:00+07:00'));
    await setDueAt(wednesday, new Date('2026-11-25T14:00:00+07:00'));
    const principal = { kind: 'session' as const, accountId: officer.id, username: officer.username, sessionId: 'x', csrfToken: 'x', mustChangePassword: false };
    const deps = { db: t.database.db, access: createAccessPolicy(t.database.db) };
    const friday = new Date('2026-11-20T15:00:00+07:00');
    const page = await listDossiers(deps, principal, { due: 'soon', unitId: quiet.id, page: 1, pageSize: 20 }, friday);
    expect(page.items.map((item) => item.id)).toEqual([tuesday]);
    // 48 calendar hours would end on Sunday and miss Tuesday; the working calendar does not.
    const monday = new Date('2026-11-23T15:00:00+07:00');
    const later = await listDossiers(deps, principal, { due: 'soon', unitId: quiet.id, page: 1, pageSize: 20 }, monday);
    expect(later.items.map((item) => item.id)).toEqual([tuesday, wednesday]);
  });

  it('lists what waits for me: my role\'s steps at my units, supplements to receive', async () => {
    const mine = await list(counter, 'assignedTo=me&pageSize=50');
    const mineIds = mine.items.map((item) => item.id);
    expect(mineIds).toEqual(expect.arrayContaining([ids.fresh, ids.soon, ids.paused]));
    expect(mineIds).not.toContain(ids.handed);
    const specialists = (await list(specialist, 'assignedTo=me')).items.map((item) => item.id);
    expect(specialists).toEqual([ids.handed]);
    expect((await list(specialist, 'assignedTo=me&due=overdue')).total).toBe(0);
    expect((await list(counter, 'assignedTo=me&due=overdue')).items.map((item) => item.id)).toEqual([ids.lateTwo, ids.lateOne]);
  });

  it('refuses an unknown filter value naming the query field, and lists nothing outside my reach', async () => {
    const before = await auditCount(t.database);
    const badDue = await counter.get('/api/v1/dossiers?due=later');
    expect(badDue.statusCode).toBe(400);
    expect(badDue.headers['content-type']).toContain('application/problem+json');
    expect(badDue.data.errors[0]).toMatchObject({ field: 'due', in: 'query' });
    const badAssignee = await counter.get('/api/v1/dossiers?assignedTo=someone', { 'accept-language': 'vi' });
    expect(badAssignee.data.errors[0].field).toBe('assignedTo');
    expect(badAssignee.data.title).toBe('Dữ liệu không hợp lệ');
    expect(await auditCount(t.database)).toBe(before);
    const elsewhere = await createUnit(t.admin, { name: 'Tỉnh Khác', type: 'province' });
    const outsider = (await createStaffMember(t.admin, { roles: [{ role: 'leader', unitId: elsewhere.id }] })).client;
    expect((await list(outsider, 'due=overdue')).total).toBe(0);
    expect((await list(outsider, 'assignedTo=me')).total).toBe(0);
  });
});
