import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { listDossiers } from '../../src/modules/dossiers/use-cases/list-dossiers.js';
import { auditCount, createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { buildDossier, buildProcedure, buildStaff, buildUnit, buildUnitTree, type DossierState } from '../support/factories.js';

// The officer worklists: waiting for me, due soon, overdue — filtered and paged in SQL.
let t: TestApp;
let commune: { id: string };
let counter: Client;
let specialist: Client;
let leader: Client;
const procedure = buildProcedure({ name: 'Thủ tục danh sách việc (thử)' });
const hour = 3_600_000;

/** A dossier for an applicant of the given name (the searches look for it), brought to `state`. */
const dossierOf = async (name: string, options: { unitId?: string; client?: Client; state?: DossierState } = {}) =>
  (
    await buildDossier(options.client ?? counter, {
      unitId: options.unitId ?? commune.id,
      procedureCode: procedure.code,
      applicant: { name },
      leader,
      ...(options.state ? { state: options.state } : {}),
    })
  ).id;
const setDueAt = (id: string, at: Date) => t.database.query('update dossiers set due_at = $1 where id = $2', [at.toISOString(), id]);
const list = async (client: Client, query: string) => {
  const response = await client.get(`/api/v1/dossiers?${query}`);
  expect(response.statusCode).toBe(200);
  return response.data as { items: { id: string; applicantName: string; dueAt: string }[]; total: number; page: number; pageSize: number };
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  ({ commune } = await buildUnitTree(t.admin));
  expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure })).statusCode).toBe(201);
  counter = (await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] })).client;
  specialist = (await buildStaff(t.admin, { unitId: commune.id, roles: ['specialist'] })).client;
  leader = (await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] })).client;

  const now = Date.now();
  ids.fresh = await dossierOf('Nguyễn Văn Mới');
  ids.soon = await dossierOf('Trần Thị Sắp');
  await setDueAt(ids.soon, new Date(now + hour));
  ids.lateOne = await dossierOf('Lê Văn Trễ Một');
  await setDueAt(ids.lateOne, new Date(now - 24 * hour));
  ids.lateTwo = await dossierOf('Phạm Thị Trễ Hai');
  await setDueAt(ids.lateTwo, new Date(now - 48 * hour));
  ids.far = await dossierOf('Hoàng Văn Xa');
  await setDueAt(ids.far, new Date(now + 30 * 24 * hour));
  // Waiting for a supplement: the clock is paused, so it is neither due soon nor overdue.
  ids.paused = await dossierOf('Vũ Thị Chờ', { state: 'supplement_requested' });
  await setDueAt(ids.paused, new Date(now - 24 * hour));
  // Handed on to the specialist's step.
  ids.handed = await dossierOf('Đặng Văn Chuyển', { state: 'handed_over' });
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
    const quiet = (await buildUnitTree(t.admin)).commune;
    const officer = await buildStaff(t.admin, { unitId: quiet.id, roles: ['counter_officer'] });
    const tuesday = await dossierOf('Ngô Văn Thứ Ba', { unitId: quiet.id, client: officer.client });
    const wednesday = await dossierOf('Ngô Văn Thứ Tư', { unitId: quiet.id, client: officer.client });
    await setDueAt(tuesday, new Date('2026-11-24T09:00:00+07:00'));
    await setDueAt(wednesday, new Date('2026-11-25T14:00:00+07:00'));
    const principal = {
      kind: 'session' as const,
      accountId: officer.id,
      username: officer.username,
      sessionId: 'x',
      csrfToken: 'x',
      mustChangePassword: false,
    };
    const deps = { db: t.database.db, access: createAccessPolicy(t.database.db) };
    const friday = new Date('2026-11-20T15:00:00+07:00');
    const page = await listDossiers(deps, principal, { due: 'soon', unitId: quiet.id, page: 1, pageSize: 20 }, friday);
    expect(page.items.map((item) => item.id)).toEqual([tuesday]);
    // 48 calendar hours would end on Sunday and miss Tuesday; the working calendar does not.
    const monday = new Date('2026-11-23T15:00:00+07:00');
    const later = await listDossiers(deps, principal, { due: 'soon', unitId: quiet.id, page: 1, pageSize: 20 }, monday);
    expect(later.items.map((item) => item.id)).toEqual([tuesday, wednesday]);
  });

  it("lists what waits for me: my role's steps at my units, supplements to receive", async () => {
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
    const elsewhere = await buildUnit(t.admin);
    const outsider = (await buildStaff(t.admin, { unitId: elsewhere.id, roles: ['leader'] })).client;
    expect((await list(outsider, 'due=overdue')).total).toBe(0);
    expect((await list(outsider, 'assignedTo=me')).total).toBe(0);
  });
});
