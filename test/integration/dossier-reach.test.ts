import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  buildDossier,
  buildProcedure,
  buildStaff,
  buildUnit,
  buildUnitTree,
  counterIntake,
  type Staff,
  type UnitTree,
} from '../support/factories.js';
import { auditCount, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A province as it runs a procedure across levels: a commune receives, its specialist appraises,
 * a provincial department decides, the commune returns the result. Reach over a dossier follows
 * its steps; each officer's "waiting for me" holds what waits for their own role.
 */
let t: TestApp;
let tree: UnitTree;
let department: { id: string };
let counter: Staff;
let communeSpecialist: Staff;
let communeLeader: Staff;
let departmentSpecialist: Staff;
let provinceSupervisor: Staff;
const departmentCode = `SXD${Date.now() % 100000}`;
const procedure = buildProcedure({
  name: 'Cấp giấy phép (liên thông sở)',
  steps: [
    { name: 'Tiếp nhận hồ sơ', handlerUnitType: 'commune', role: 'counter_officer', budgetHours: 4 },
    { name: 'Thẩm định tại xã', handlerUnitType: 'commune', role: 'specialist', budgetHours: 4 },
    {
      name: 'Thẩm định, quyết định tại sở',
      handlerUnitType: 'department',
      handlerUnitCode: departmentCode,
      role: 'specialist',
      budgetHours: 12,
    },
    { name: 'Trả kết quả', handlerUnitType: 'commune', role: 'counter_officer', budgetHours: 4 },
  ],
});
const mine = async (staff: Staff) =>
  ((await staff.client.get('/api/v1/dossiers?assignedTo=me&pageSize=200')).data.items as { id: string }[]).map((d) => d.id);

beforeAll(async () => {
  t = await createTestApp();
  tree = await buildUnitTree(t.admin, { communes: 2 });
  department = (
    await t.admin.post('/api/v1/units', { code: departmentCode, name: 'Sở Xây dựng', type: 'department', parentId: tree.province.id })
  ).data;
  const created = await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  expect(created.statusCode, created.body).toBe(201);
  const commune = tree.commune.id;
  counter = await buildStaff(t.admin, { unitId: commune, roles: ['counter_officer'] });
  communeSpecialist = await buildStaff(t.admin, { unitId: commune, roles: ['specialist'] });
  communeLeader = await buildStaff(t.admin, { unitId: commune, roles: ['leader'] });
  departmentSpecialist = await buildStaff(t.admin, { unitId: department.id, roles: ['specialist'] });
  provinceSupervisor = await buildStaff(t.admin, { unitId: tree.province.id, roles: ['supervisor'] });
});
afterAll(async () => t?.close());

describe('a dossier handed from a commune to a provincial department', () => {
  it('is in the department specialist’s worklist, opens, is acted on there, and its files are readable', async () => {
    const dossier = await buildDossier(counter.client, { unitId: tree.commune.id, procedureCode: procedure.code });
    expect((await departmentSpecialist.client.get(`/api/v1/dossiers/${dossier.id}`)).statusCode).toBe(403);
    let version = dossier.version;
    version = (await act(counter.client, dossier.id, version, { action: 'hand_over' })).data.version;
    expect(await mine(communeSpecialist)).toContain(dossier.id);
    expect(await mine(departmentSpecialist)).not.toContain(dossier.id);
    version = (await act(communeSpecialist.client, dossier.id, version, { action: 'hand_over' })).data.version;

    expect(await mine(departmentSpecialist)).toContain(dossier.id);
    const opened = await departmentSpecialist.client.get(`/api/v1/dossiers/${dossier.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.data.tasks.find((task: { status: string }) => task.status === 'active')).toMatchObject({
      unitId: department.id,
      role: 'specialist',
    });
    // Only what the step needs: the department hands on its step; it does not return the result or withdraw the dossier.
    expect(opened.data.allowedActions).toContain('hand_over');
    expect(opened.data.allowedActions).not.toContain('return');
    expect(opened.data.allowedActions).not.toContain('withdraw');
    expect((await departmentSpecialist.client.get(`/api/v1/dossiers/${dossier.id}/files`)).statusCode).toBe(200);
    const listed = await departmentSpecialist.client.get('/api/v1/dossiers?pageSize=200');
    expect(listed.data.items.map((d: { id: string }) => d.id)).toContain(dossier.id);

    const handed = await act(departmentSpecialist.client, dossier.id, version, { action: 'hand_over', note: 'Đủ điều kiện cấp phép' });
    expect(handed.statusCode).toBe(200);
    expect(await mine(departmentSpecialist)).not.toContain(dossier.id);
    // Once it has passed through the department, the department still reads it; the neighbouring commune never does.
    expect((await departmentSpecialist.client.get(`/api/v1/dossiers/${dossier.id}`)).statusCode).toBe(200);
  });

  it('keeps a leader’s "waiting for me" to the leader’s own steps, not every open dossier', async () => {
    const dossier = await buildDossier(counter.client, {
      unitId: tree.commune.id,
      procedureCode: procedure.code,
      state: 'supplement_requested',
      leader: communeLeader.client,
    });
    expect(await mine(counter)).toContain(dossier.id);
    expect(await mine(communeLeader)).not.toContain(dossier.id);
  });

  it('lets a supervisor filter by the province and see its communes’ dossiers', async () => {
    const dossier = await buildDossier(counter.client, { unitId: tree.commune.id, procedureCode: procedure.code });
    const listed = await provinceSupervisor.client.get(`/api/v1/dossiers?unitId=${tree.province.id}&pageSize=200`);
    expect(listed.data.items.map((d: { id: string }) => d.id)).toContain(dossier.id);
  });
});

describe('units retired by a reform, and codes shared by two units', () => {
  it('refuses intake at a retired unit with a clear message, writing nothing', async () => {
    const old = await buildUnit(t.admin, { type: 'commune', parentId: tree.province.id });
    await t.admin.patch(`/api/v1/units/${old.id}`, { validFrom: '2010-01-01', validTo: '2025-06-30' }, { 'if-match': `"${old.version}"` });
    const oldCounter = await buildStaff(t.admin, { unitId: old.id, roles: ['counter_officer'] });
    const before = await auditCount(t.database);
    const refused = await counterIntake(oldCounter.client, { unitId: old.id, procedureCode: procedure.code });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.code).toBe('UNIT_RETIRED');
    expect(refused.data.detail).toContain('2025-06-30');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('never issues one code twice when a new unit reuses a retired unit’s code', async () => {
    const code = `R${Date.now() % 100000}`;
    const retired = (
      await t.admin.post('/api/v1/units', {
        code,
        name: 'Xã Cũ',
        type: 'commune',
        parentId: tree.province.id,
        validFrom: '2010-01-01',
        validTo: '2025-06-30',
      })
    ).data;
    const current = (
      await t.admin.post('/api/v1/units', { code, name: 'Xã Mới', type: 'commune', parentId: tree.province.id, validFrom: '2025-07-01' })
    ).data;
    expect(retired.id).not.toBe(current.id);
    const newCounter = await buildStaff(t.admin, { unitId: current.id, roles: ['counter_officer'] });
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const received = await counterIntake(newCounter.client, { unitId: current.id, procedureCode: procedure.code });
      expect(received.statusCode).toBe(201);
      codes.push(received.data.code);
    }
    expect(new Set(codes).size).toBe(3);
    expect(codes[0]).toMatch(new RegExp(`^${code}-\\d{6}-0001$`));
  });

  it('numbers dossiers with the agency identifier when the unit has one', async () => {
    const communeWith = (code: string, name: string, agencyIdentifier: string) =>
      t.admin.post('/api/v1/units', { code, name, type: 'commune', parentId: tree.province.id, agencyIdentifier });
    const commune = (await communeWith(`I${Date.now() % 100000}`, 'Xã Định Danh', '000.31.27.H36')).data;
    expect((await communeWith(`J${Date.now() % 100000}`, 'Xã Trùng', '000.31.27.H36')).statusCode).toBe(409);
    expect((await communeWith(`K${Date.now() % 100000}`, 'Xã Sai', 'H36.27')).data.errors[0].field).toBe('agencyIdentifier');
    const identified = await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] });
    const received = await counterIntake(identified.client, { unitId: commune.id, procedureCode: procedure.code });
    expect(received.data.code).toMatch(/^000\.31\.27\.H36-\d{6}-0001$/);
  });
});
