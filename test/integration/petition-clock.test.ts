/**
 * The clock of a petition's step in hand, computed by hand on the 2026 calendar: received Tue 28
 * April 09:00, processing in 10 working days is due Thu 14 May 17:00 (30/4, 1/5 and the weekends
 * off); a denunciation's initial handling in 7 working days, Mon 11 May 17:00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;

const receive = async (body: Record<string, unknown> = {}) => {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Khiếu nại về việc chi trả tiền bồi thường giải phóng mặt bằng',
    petitioner: { fullName: 'Đinh Văn Sáng' },
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number; dueAt: string | null; handledAt: string | null };
};
const clockOf = async (id: string) => (await officer.client.get(`/api/v1/petitions/${id}/clock`)).data;
const bucket = async (due: string) =>
  ((await officer.client.get(`/api/v1/petitions?due=${due}&pageSize=100`)).data.items as { id: string }[]).map((p) => p.id);

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('the petition clock', () => {
  it('is due after 10 working days, explained line by line, and a denunciation after 7', async () => {
    const complaint = await receive({ receivedAt: '2026-04-28T09:00:00+07:00' });
    expect(complaint.dueAt).toBe('2026-05-14T10:00:00.000Z');
    const clock = await clockOf(complaint.id);
    expect(clock).toMatchObject({ rule: 'petition.processing', isOverdue: true, dueAt: '2026-05-14T10:00:00.000Z' });
    const text = clock.lines.map((line: { vi: string }) => line.vi).join('\n');
    expect(text).toContain('Thứ Năm 30/04/2026 (Ngày Chiến thắng)');
    expect(text).toContain('Hạn: 17:00 14/05/2026');

    const denunciation = await receive({ receivedAt: '2026-04-28T09:00:00+07:00', kind: 'denunciation' });
    expect(denunciation.dueAt).toBe('2026-05-11T10:00:00.000Z');
    expect((await clockOf(denunciation.id)).legalBasis).toContain('Luật Tố cáo 2018 Điều 24');

    // A complaint found to be a denunciation runs on the denunciation's clock from receipt.
    const reclassified = await officer.client.post(
      `/api/v1/petitions/${complaint.id}/classification`,
      { kind: 'denunciation', field: 'public_duty', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': `"${complaint.version}"` },
    );
    expect(reclassified.data.dueAt).toBe('2026-05-11T10:00:00.000Z');
  });

  it('sorts open petitions into worklist buckets and stops once handled', async () => {
    const late = await receive({ receivedAt: '2026-11-02T09:00:00+07:00' });
    const fresh = await receive();
    expect(await bucket('overdue')).toContain(late.id);
    expect(await bucket('within_10_days')).toContain(fresh.id);
    expect(await bucket('overdue')).not.toContain(fresh.id);

    const filed = await officer.client.post(
      `/api/v1/petitions/${late.id}/handling`,
      { outcome: 'file' },
      { 'if-match': `"${late.version}"` },
    );
    expect(filed.data.handledAt).not.toBeNull();
    expect(await bucket('overdue')).not.toContain(late.id);
    expect((await clockOf(late.id)).isOverdue).toBe(true);
  });

  it('gives a repeat no clock of its own', async () => {
    const original = await receive({ receivedAt: '2026-11-20T09:00:00+07:00' });
    const repeat = await receive();
    const linked = await officer.client.post(
      `/api/v1/petitions/${repeat.id}/duplicate-of`,
      { originalId: original.id },
      { 'if-match': `"${repeat.version}"` },
    );
    expect(linked.data.dueAt).toBeNull();
    expect((await clockOf(repeat.id)).lines[0].vi).toContain('Đơn trùng');
    expect(await bucket('within_10_days')).not.toContain(repeat.id);
  });
});
