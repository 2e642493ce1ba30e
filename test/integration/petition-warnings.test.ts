/**
 * Deadline warnings: once a day, the reception officers and leaders of a unit (with an e-mail) get
 * the petitions and settlements due within the warning window and those overdue — book numbers,
 * kinds and due dates, never the petitioner or the content; other roles get nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDeadlineWarnings } from '../../src/modules/petitions/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

const receive = async (kind: string, receivedAt: string, name: string) => {
  const response = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'post',
    kind,
    receivedAt,
    contentSummary: `Nội dung riêng tư ${name}`,
    petitioner: { fullName: name },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number; dueAt: string; bookNo: number };
};
const warnings = async () =>
  t.database.query<{ recipient: string; subject: string; body: string }>(
    `select recipient, subject, body from outbox_messages where topic = 'petition.deadline_warning' order by recipient`,
  );

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  const leader = await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
  const counter = await buildStaff(t.admin, { roles: ['counter_officer'], unitId: commune.id });
  for (const [staff, email] of [
    [officer, 'tiep.dan@xa.example.vn'],
    [leader, 'chu.tich@xa.example.vn'],
    [counter, 'mot.cua@xa.example.vn'],
  ] as const)
    await t.database.query('update staff set email = $1 where id = $2', [email, staff.id]);
});
afterAll(async () => t?.close());

describe('deadline warnings', () => {
  it('tell the unit’s petition officers what falls due soon and what is overdue, once a day, without names or content', async () => {
    const soon = await receive('complaint', '2026-11-16T09:00:00+07:00', 'Sầm Văn Sớm');
    const late = await receive('denunciation', '2026-11-02T09:00:00+07:00', 'Lò Thị Muộn');
    const later = await receive('recommendation', '2026-11-27T09:00:00+07:00', 'Hà Văn Xa');
    // The day before the complaint falls due: the denunciation is long overdue, the recommendation is due later.
    const now = new Date(Date.parse(soon.dueAt) - 24 * 3600_000);
    expect(Date.parse(later.dueAt) - now.getTime()).toBeGreaterThan(5 * 24 * 3600_000);

    const report = await queueDeadlineWarnings(t.database.db, { withinWorkingDays: 3, publicUrl: 'https://motcua.example.vn' }, now);
    expect(report).toEqual({ units: 1, messages: 2 });
    const sent = await warnings();
    expect(sent.map((message) => message.recipient)).toEqual(['chu.tich@xa.example.vn', 'tiep.dan@xa.example.vn']);
    const body = sent[0]!.body;
    expect(body).toContain(`Đơn khiếu nại số ${soon.bookNo}/2026 (xử lý đơn)`);
    expect(body).toContain(`Đơn tố cáo số ${late.bookNo}/2026 (xử lý đơn)`);
    expect(body).toContain('QUÁ HẠN');
    // Each line names the legal basis of its clock, so the officer knows what the deadline rests on.
    expect(body).toMatch(/\(xử lý đơn\): hạn [^\n]*\(căn cứ: [^)]*Thông tư/);
    expect(body).not.toContain(`số ${later.bookNo}/2026`);
    for (const secret of ['Sầm Văn Sớm', 'Lò Thị Muộn', 'Nội dung riêng tư']) expect(body).not.toContain(secret);
    expect(sent[0]!.subject).toBe('Cảnh báo thời hạn: 2 đơn thư, 1 quá hạn');

    // The same day again: nothing new; the next day: a new warning.
    await queueDeadlineWarnings(t.database.db, { withinWorkingDays: 3, publicUrl: 'https://motcua.example.vn' }, now);
    expect(await warnings()).toHaveLength(2);
    await queueDeadlineWarnings(
      t.database.db,
      { withinWorkingDays: 3, publicUrl: 'https://motcua.example.vn' },
      new Date(now.getTime() + 86_400_000),
    );
    expect(await warnings()).toHaveLength(4);
  });

  it('include a settlement not decided by its due date, and no longer a petition once handled', async () => {
    await t.database.query(`delete from outbox_messages where topic = 'petition.deadline_warning'`);
    const petition = await receive('recommendation', '2026-10-01T09:00:00+07:00', 'Nông Thị Kiến');
    const classified = await officer.client.post(
      `/api/v1/petitions/${petition.id}/classification`,
      { kind: 'recommendation', field: 'other_administrative', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      ifMatch(petition.version),
    );
    await officer.client.post(`/api/v1/petitions/${petition.id}/handling`, { outcome: 'accept' }, ifMatch(classified.data.version));
    const opened = await officer.client.post(`/api/v1/petitions/${petition.id}/settlement`, {
      decisionRef: '30/TB',
      acceptedAt: '2026-10-05T09:00:00+07:00',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    await queueDeadlineWarnings(
      t.database.db,
      { withinWorkingDays: 3, publicUrl: 'https://motcua.example.vn' },
      new Date('2026-12-01T02:00:00Z'),
    );
    const [first] = await warnings();
    expect(first!.body).toContain(`Đơn kiến nghị số ${petition.bookNo}/2026 (giải quyết)`);
    expect(first!.body).not.toContain(`số ${petition.bookNo}/2026 (xử lý đơn)`);
  });
});
