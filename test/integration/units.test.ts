import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, createUnit, uniqueCode, type TestApp } from '../support/test-app.js';
import { importReferenceUnits } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('units', () => {
  it('creates a tree of any depth and lists children with counts', async () => {
    const province = await createUnit(t.admin, { name: 'Tỉnh Cây Thử', type: 'province' });
    const commune = await createUnit(t.admin, { name: 'Xã Cây Thử', type: 'commune', parentId: province.id });
    const village = await createUnit(t.admin, { name: 'Thôn Một', type: 'village', parentId: commune.id });
    const centre = await createUnit(t.admin, { name: 'Trung tâm PVHCC xã', type: 'service_centre', parentId: commune.id });
    const children = await t.admin.get(`/api/v1/units?parentId=${commune.id}`);
    expect(children.data.items.map((u: { id: string }) => u.id).sort()).toEqual([village.id, centre.id].sort());
    const detail = await t.admin.get(`/api/v1/units/${commune.id}`);
    expect(detail.data).toMatchObject({ parentId: province.id, parentName: 'Tỉnh Cây Thử', depth: 1, childCount: 2 });
    expect(detail.headers.etag).toBe('"1"');
  });

  it('finds units without diacritics, index-backed', async () => {
    await createUnit(t.admin, { name: 'Tỉnh Đắk Lắk', type: 'province' });
    await createUnit(t.admin, { name: 'Phường Nguyễn Văn Ánh', type: 'province' });
    const dakLak = await t.admin.get('/api/v1/units?q=dak%20lak');
    expect(dakLak.data.items.map((u: { name: string }) => u.name)).toContain('Tỉnh Đắk Lắk');
    const anh = await t.admin.get('/api/v1/units?q=nguyen%20van%20anh');
    expect(anh.data.items.map((u: { name: string }) => u.name)).toContain('Phường Nguyễn Văn Ánh');
    const none = await t.admin.get('/api/v1/units?q=zzqx');
    expect(none.data.total).toBe(0);
    const plan = await t.database.query<Record<string, string>>(
      "explain select id from units where search_fold(name) like search_fold('%dak%')",
    );
    expect(JSON.stringify(plan)).toMatch(/units_name_search_idx|Seq Scan/);
  });

  it('refuses a commune without a province above it, naming the field and writing nothing', async () => {
    const before = await auditCount(t.database);
    const response = await t.admin.post(
      '/api/v1/units',
      { code: uniqueCode(), name: 'Xã mồ côi', type: 'commune' },
      { 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.data.errors[0]).toMatchObject({ field: 'parentId', code: 'parent_type' });
    const backwards = await t.admin.post('/api/v1/units', {
      code: uniqueCode(),
      name: 'Tỉnh X',
      type: 'province',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    });
    expect(backwards.data.errors[0].field).toBe('validTo');
    const missingParent = await t.admin.post('/api/v1/units', {
      code: uniqueCode(),
      name: 'Xã X',
      type: 'commune',
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missingParent.statusCode).toBe(404);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('refuses a duplicate code valid from the same date, but allows a reused code in a new period', async () => {
    const first = await createUnit(t.admin, { name: 'Tỉnh Cũ', type: 'province', validTo: '2025-06-30' });
    const duplicate = await t.admin.post('/api/v1/units', { code: first.code, name: 'Tỉnh Trùng', type: 'province' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.data.code).toBe('UNIT_CODE_TAKEN');
    const reused = await t.admin.post('/api/v1/units', { code: first.code, name: 'Tỉnh Mới', type: 'province', validFrom: '2025-07-01' });
    expect(reused.statusCode).toBe(201);
  });

  it('guards edits with If-Match and moves a whole subtree', async () => {
    const a = await createUnit(t.admin, { name: 'Tỉnh A', type: 'province' });
    const b = await createUnit(t.admin, { name: 'Tỉnh B', type: 'province' });
    const district = await createUnit(t.admin, { name: 'Huyện Di Chuyển', type: 'district', parentId: a.id });
    const commune = await createUnit(t.admin, { name: 'Xã Đi Theo', type: 'commune', parentId: district.id });
    expect((await t.admin.patch(`/api/v1/units/${district.id}`, { name: 'Huyện Đổi' })).statusCode).toBe(428);
    const moved = await t.admin.patch(`/api/v1/units/${district.id}`, { parentId: b.id, name: 'Huyện Đổi' }, { 'if-match': '"1"' });
    expect(moved.statusCode).toBe(200);
    expect(moved.data).toMatchObject({ parentId: b.id, name: 'Huyện Đổi', version: 2 });
    const stale = await t.admin.patch(`/api/v1/units/${district.id}`, { name: 'Lần nữa' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.data.code).toBe('VERSION_MISMATCH');
    // A version beyond the integer column names no version: a 400 on the header, nothing changed.
    for (const tag of ['"99999999999999999999"', '"2147483648"']) {
      const huge = await t.admin.patch(`/api/v1/units/${district.id}`, { name: 'Quá lớn' }, { 'if-match': tag });
      expect(huge.statusCode).toBe(400);
      expect(huge.data.errors[0].field).toBe('If-Match');
    }
    const [row] = await t.database.query<{ path: string; depth: number }>('select path, depth from units where id = $1', [commune.id]);
    expect(row!.path).toBe(`/${b.id}/${district.id}/${commune.id}/`);
    expect(row!.depth).toBe(2);
    const cycle = await t.admin.patch(`/api/v1/units/${b.id}`, { parentId: commune.id }, { 'if-match': '"1"' });
    expect(cycle.statusCode).toBe(422);
    const audit = await t.admin.get(`/api/v1/audit?entity=unit&entityId=${district.id}&action=unit.update`);
    expect(audit.data.items[0].before).toMatchObject({ name: 'Huyện Di Chuyển', parentId: a.id });
    expect(audit.data.items[0].after).toMatchObject({ name: 'Huyện Đổi', parentId: b.id });
  });

  it('imports a CSV file, and imports nothing when one row is wrong', async () => {
    const province = uniqueCode('P');
    const good = [
      'code,name,type,parent_code,valid_from',
      `${province},Tỉnh Nhập Thử,province,,`,
      `${province}-1,Xã Nhập Một,commune,${province},`,
      `${province}-2,Xã Nhập Hai,commune,${province},`,
      `${province}-2-T1,Thôn Nhập,village,${province}-2,`,
    ].join('\n');
    const bad = good.replace('Xã Nhập Hai,commune', 'Xã Nhập Hai,hamlet') + `\n${province}-9,Xã Lạc,commune,NO-SUCH,`;
    const before = await auditCount(t.database);
    const refused = await t.admin.post('/api/v1/units/import', { format: 'csv', content: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.code).toBe('IMPORT_INVALID');
    const fields = refused.data.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('rows[3].type');
    expect(fields).toContain('rows[5].parentCode');
    expect((await t.admin.get(`/api/v1/units?q=${encodeURIComponent('Nhập Thử')}`)).data.total).toBe(0);
    expect(await auditCount(t.database)).toBe(before);

    const dry = await t.admin.post('/api/v1/units/import', { format: 'csv', content: good, dryRun: true });
    expect(dry.data).toEqual({ imported: 0, dryRun: true });
    const done = await t.admin.post('/api/v1/units/import', { format: 'csv', content: good });
    expect(done.data).toEqual({ imported: 4, dryRun: false });
    const again = await t.admin.post('/api/v1/units/import', { format: 'csv', content: good });
    expect(again.data.errors[0]).toMatchObject({ field: 'rows[1].code', code: 'taken' });
  });

  it('imports JSON and reports a parent cycle', async () => {
    const a = uniqueCode('J');
    const b = uniqueCode('J');
    const cyclic = [
      { code: a, name: 'Phòng A', type: 'department', parentCode: b },
      { code: b, name: 'Phòng B', type: 'department', parentCode: a },
    ];
    const response = await t.admin.post('/api/v1/units/import', { format: 'json', content: JSON.stringify(cyclic) });
    expect(response.statusCode).toBe(400);
    expect(response.data.errors.map((e: { code: string }) => e.code)).toContain('cycle');
  });

  it('loads a real province with its pre-2025 history and succession links', async () => {
    const report = await importReferenceUnits(t.database.db, systemContext('test'), { province: '08', withHistory: true });
    expect(report.units).toBeGreaterThan(400);
    expect(report.successions).toBeGreaterThan(300);
    const bacMe = await t.admin.get(`/api/v1/units?q=${encodeURIComponent('bac me')}&status=all&pageSize=50`);
    const district = bacMe.data.items.find((u: { type: string; code: string }) => u.type === 'district' && u.code === '031');
    expect(district).toMatchObject({ name: 'Huyện Bắc Mê', validTo: '2025-06-30', childCount: 13 });
    const newCommune = bacMe.data.items.find(
      (u: { type: string; validFrom: string }) => u.type === 'commune' && u.validFrom === '2025-07-01',
    );
    expect(newCommune.name).toBe('Xã Bắc Mê');
    const detail = await t.admin.get(`/api/v1/units/${newCommune.id}`);
    expect(detail.data.predecessors.length).toBeGreaterThan(0);
    expect(detail.data.predecessors.every((p: { effectiveDate: string }) => p.effectiveDate === '2025-07-01')).toBe(true);
    const current = await t.admin.get('/api/v1/units?q=yen%20phu');
    expect(current.data.items.every((u: { validTo: string | null }) => u.validTo === null)).toBe(true);
    const again = await importReferenceUnits(t.database.db, systemContext('test'), { province: '08', withHistory: true });
    expect(again.units).toBe(0);
  });
});
