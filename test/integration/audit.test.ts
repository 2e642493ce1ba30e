import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/verify-audit-chain.js';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('records who changed what, from where, in the same transaction, hash-chained', async () => {
    const unit = await createUnit(t.admin, { name: 'Tỉnh Kiểm Toán', type: 'province' });
    const list = await t.admin.get(`/api/v1/audit?entity=unit&entityId=${unit.id}`);
    expect(list.data.items).toHaveLength(1);
    expect(list.data.items[0]).toMatchObject({
      action: 'unit.create',
      actorName: 'admin',
      // The person, as the log's readers know them.
      actorFullName: 'Quản trị hệ thống',
      clientAddress: '127.0.0.1',
      before: null,
    });
    expect(list.data.items[0].after.name).toBe('Tỉnh Kiểm Toán');
    expect(list.data.items[0].requestId).toBeTruthy();
    expect((await t.admin.get('/api/v1/audit/verify')).data).toMatchObject({ ok: true });
  });

  it('filters by action, actor and date', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const byAction = await t.admin.get(`/api/v1/audit?action=auth.sign_in&from=${today}&to=${today}`);
    expect(byAction.data.total).toBeGreaterThan(0);
    expect(byAction.data.items.every((row: { action: string }) => row.action === 'auth.sign_in')).toBe(true);
    expect((await t.admin.get('/api/v1/audit?actor=nobody-at-all')).data.total).toBe(0);
    expect((await t.admin.get('/api/v1/audit?from=not-a-date')).statusCode).toBe(400);
  });

  it('refuses to change or delete audit rows', async () => {
    await expect(t.database.exec("update audit_log set actor_name = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(t.database.exec('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('reports the first broken link when a row is tampered with behind the trigger', async () => {
    await createUnit(t.admin, { name: 'Tỉnh Bị Sửa', type: 'province' });
    const [target] = await t.database.query<{ seq: number }>("select seq from audit_log where after->>'name' = 'Tỉnh Bị Sửa'");
    await t.database.exec('alter table audit_log disable trigger audit_log_append_only');
    await t.database.query("update audit_log set after = jsonb_set(after, '{name}', '\"Tỉnh Giả\"') where seq = $1", [target!.seq]);
    await t.database.exec('alter table audit_log enable trigger audit_log_append_only');
    const result = await verifyAuditChain(t.database.db);
    expect(result).toMatchObject({ ok: false, brokenAt: target!.seq, reason: 'hash_mismatch' });
  });
});
