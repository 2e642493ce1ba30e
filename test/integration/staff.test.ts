import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  auditCount,
  createStaffMember,
  createTestApp,
  createUnit,
  signIn,
  staffPassword,
  type TestApp,
} from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('staff', () => {
  it('creates a person with an account and roles; they see their roles and permissions', async () => {
    const commune = await createUnit(t.admin, { name: 'Tỉnh Nhân Sự', type: 'province' });
    const created = await t.admin.post('/api/v1/staff', {
      username: 'nguyen.van.anh',
      fullName: 'Nguyễn Văn Ánh',
      password: staffPassword,
      phone: '0912345678',
      unitId: commune.id,
      roles: [{ role: 'counter_officer', unitId: commune.id }],
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ username: 'nguyen.van.anh', unitName: 'Tỉnh Nhân Sự', isActive: true, version: 1 });
    expect(created.data.roles).toEqual([expect.objectContaining({ role: 'counter_officer', unitId: commune.id })]);
    const person = await signIn(t.app, 'nguyen.van.anh', staffPassword);
    expect((await person.get('/api/v1/me')).data.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await person.post('/api/v1/auth/password', { currentPassword: staffPassword, newPassword: 'Nguyen-van-anh-2026' })).statusCode,
    ).toBe(204);
    const me = await person.get('/api/v1/me');
    expect(me.data).toMatchObject({ fullName: 'Nguyễn Văn Ánh', unit: { id: commune.id } });
    expect(me.data.permissions).toEqual(expect.arrayContaining(['units.read', 'catalog.read', 'calendar.read']));
    expect(me.data.permissions).not.toContain('units.manage');
    expect(me.data.permissions).not.toContain('staff.read');
    const found = await t.admin.get('/api/v1/staff?q=nguyen%20van%20anh');
    expect(found.data.items.map((s: { username: string }) => s.username)).toContain('nguyen.van.anh');
    const audit = await t.admin.get(`/api/v1/audit?entity=staff&entityId=${created.data.id}`);
    expect(JSON.stringify(audit.data.items)).not.toContain(staffPassword);
  });

  it('validates the username, phone and password, naming each field and writing nothing', async () => {
    const before = await auditCount(t.database);
    const response = await t.admin.post('/api/v1/staff', {
      username: 'có dấu',
      fullName: '',
      password: 'x',
      phone: '123',
      roles: [{ role: 'king', unitId: null }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.data.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'fullName', 'phone', 'roles.0.role']));
    const weak = await t.admin.post('/api/v1/staff', { username: 'weakling', fullName: 'Yếu', password: 'password' });
    expect(weak.data.code).toBe('PASSWORD_TOO_WEAK');
    expect(weak.data.errors[0].field).toBe('password');
    const taken = await t.admin.post('/api/v1/staff', { username: 'ADMIN', fullName: 'Trùng', password: staffPassword });
    expect(taken.statusCode).toBe(409);
    expect(await auditCount(t.database)).toBe(before);
  });

  it('assigns and removes roles, and never removes the last administrator', async () => {
    const province = await createUnit(t.admin, { name: 'Tỉnh Vai Trò', type: 'province' });
    const person = await createStaffMember(t.admin, { roles: [] });
    const given = await t.admin.post(`/api/v1/staff/${person.id}/roles`, { role: 'leader', unitId: province.id });
    expect(given.statusCode).toBe(201);
    expect((await t.admin.post(`/api/v1/staff/${person.id}/roles`, { role: 'leader', unitId: province.id })).statusCode).toBe(409);
    expect((await t.admin.delete(`/api/v1/staff/${person.id}/roles/${given.data.id}`)).statusCode).toBe(204);
    const me = await t.admin.get('/api/v1/me');
    const adminRole = me.data.roles.find((r: { role: string; unit: unknown }) => r.role === 'administrator' && r.unit === null);
    const last = await t.admin.delete(`/api/v1/staff/${me.data.id}/roles/${adminRole.id}`);
    expect(last.statusCode).toBe(409);
    expect(last.data.code).toBe('LAST_ADMINISTRATOR');
  });

  it('edits with If-Match, deactivates (ending sessions) and resets a password', async () => {
    const person = await createStaffMember(t.admin, { roles: [] });
    const edited = await t.admin.patch(`/api/v1/staff/${person.id}`, { title: 'Chuyên viên' }, { 'if-match': '"1"' });
    expect(edited.data).toMatchObject({ title: 'Chuyên viên', version: 2 });
    expect((await t.admin.patch(`/api/v1/staff/${person.id}`, { title: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(412);
    const off = await t.admin.patch(`/api/v1/staff/${person.id}`, { isActive: false }, { 'if-match': '"2"' });
    expect(off.data.isActive).toBe(false);
    expect((await person.client.get('/api/v1/me')).statusCode).toBe(401);
    await expect(signIn(t.app, person.username, person.password)).rejects.toThrow(/403/);
    await t.admin.patch(`/api/v1/staff/${person.id}`, { isActive: true }, { 'if-match': '"3"' });
    expect((await t.admin.post(`/api/v1/staff/${person.id}/password`, { newPassword: 'Temporary-pass-77' })).statusCode).toBe(204);
    const again = await signIn(t.app, person.username, 'Temporary-pass-77');
    expect((await again.get('/api/v1/auth/session')).data.mustChangePassword).toBe(true);
    await signIn(t.app, 'admin', adminPassword);
  });
});
