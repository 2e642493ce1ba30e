import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, systemContext } from '../../src/platform/audit/audit.js';
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

  it('keeps each lane one unbroken chain when many commands write at once', async () => {
    // Each command holds its transaction open a moment, so that they overlap on the pool's connections.
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        runCommand(t.database.db, systemContext('audit-test'), async (tx, trail) => {
          await tx.execute(sql`select pg_sleep(0.005)`);
          trail.record({ action: 'test.concurrent', entity: 'test', entityId: String(index) });
          trail.record({ action: 'test.concurrent.second', entity: 'test', entityId: String(index) });
        }),
      ),
    );
    const rows = await t.database.query<{ entity_id: string; lanes: number }>(
      "select entity_id, count(distinct lane)::int as lanes from audit_log where action like 'test.concurrent%' group by entity_id",
    );
    expect(rows).toHaveLength(40);
    // A command's entries go to one lane: it never holds two lanes' locks.
    expect(rows.every((row) => row.lanes === 1)).toBe(true);
    const [used] = await t.database.query<{ lanes: number }>(
      "select count(distinct lane)::int as lanes from audit_log where action like 'test.concurrent%'",
    );
    // On a server the pool's connections write side by side; PGlite has one connection, so one lane.
    if (t.database.kind === 'postgres') expect(used!.lanes).toBeGreaterThan(1);
    else expect(used!.lanes).toBe(1);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('reports a row moved to another lane, or removed, where its lane breaks', async () => {
    await createUnit(t.admin, { name: 'Tỉnh Đổi Làn', type: 'province' });
    const [target] = await t.database.query<{ seq: number; lane: number }>(
      "select seq, lane from audit_log where after->>'name' = 'Tỉnh Đổi Làn'",
    );
    // Another lane that has rows before it (else the next lane, empty before it): either way its link is wrong there.
    const [other] = await t.database.query<{ lane: number }>('select lane from audit_log where seq < $1 and lane <> $2 limit 1', [
      target!.seq,
      target!.lane,
    ]);
    const moved = other?.lane ?? (target!.lane + 1) % 16;
    await t.database.exec('alter table audit_log disable trigger audit_log_append_only');
    try {
      await t.database.query('update audit_log set lane = $1 where seq = $2', [moved, target!.seq]);
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: false, brokenAt: target!.seq, reason: 'prev_hash_mismatch' });
      await t.database.query('update audit_log set lane = $1 where seq = $2', [target!.lane, target!.seq]);
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });

      // A row removed from the middle of its lane: the lane's next row no longer links (a command's
      // second entry follows its first in the same lane).
      const [pair] = await t.database.query<{ seq: number; next: number }>(
        `select a.seq, (select min(b.seq) from audit_log b where b.lane = a.lane and b.seq > a.seq) as next
           from audit_log a where a.action = 'test.concurrent' order by a.seq limit 1`,
      );
      const [removed] = await t.database.query<{ row: unknown }>(
        'delete from audit_log where seq = $1 returning row_to_json(audit_log) as row',
        [pair!.seq],
      );
      expect(await verifyAuditChain(t.database.db)).toMatchObject({
        ok: false,
        brokenAt: Number(pair!.next),
        reason: 'prev_hash_mismatch',
      });
      await t.database.query('insert into audit_log select * from json_populate_record(null::audit_log, $1::json)', [
        JSON.stringify(removed!.row),
      ]);
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    } finally {
      await t.database.exec('alter table audit_log enable trigger audit_log_append_only');
    }
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
