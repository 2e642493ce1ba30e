/**
 * Dialogues and commitments through the HTTP app: a dialogue in a complaint case recorded on its
 * settlement, the minutes (a participant who does not sign needs the reason), conclusions made
 * commitments due in working days on the calendar, reported with evidence, escalated when overdue,
 * reopened when a citizen answers "no"; the complainant's absence under the rule of its date; the
 * figures by host body and those linked to petitions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmCommitment, escalateOverdueCommitments } from '../../src/modules/petitions/index.js';
import { docxText } from '../support/docx-text.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });
type Made = { id: string; version: number; [key: string]: any };

async function dialogue(body: Record<string, unknown> = {}): Promise<Made> {
  const response = await officer.client.post('/api/v1/dialogues', {
    unitId: commune.id,
    kind: 'thematic',
    hostBody: 'peoples_committee',
    hostName: 'Chủ tịch UBND xã',
    title: 'Đối thoại về bồi thường giải phóng mặt bằng đường tỉnh',
    plannedAt: '2026-03-10T08:00:00+07:00',
    place: 'Hội trường UBND xã',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data;
}
const conclusion = (extra: Record<string, unknown> = {}) => ({
  text: 'Rà soát lại diện tích thu hồi của hộ ông Tường',
  publicText: 'Rà soát lại diện tích thu hồi đất đường tỉnh',
  ownerUnitId: commune.id,
  ownerName: 'Công chức địa chính',
  workingDays: 10,
  expectedEvidence: 'Biên bản đo đạc lại',
  ...extra,
});
async function minutes(made: Made, body: Record<string, unknown>) {
  return officer.client.post(`/api/v1/dialogues/${made.id}/minutes`, body, ifMatch(made.version));
}
const held = (extra: Record<string, unknown> = {}) => ({
  outcome: 'held',
  heldAt: '2026-03-10T09:00:00+07:00',
  attendeesCount: 45,
  participants: [
    { name: 'Chủ tịch UBND xã', role: 'Chủ trì', signed: true },
    { name: 'Đại diện các hộ dân', role: 'Người dân', opinion: 'Đề nghị đo lại', signed: true },
  ],
  agreed: 'Đo đạc lại diện tích trong tháng 3',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a dialogue’s minutes', () => {
  it('makes each conclusion a commitment due 10 working days later, and asks for the reason of a refused signature', async () => {
    const made = await dialogue();
    const unsigned = await minutes(made, held({ participants: [{ name: 'Ông A', role: 'Người dân', signed: false }] }));
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.data.errors[0].field).toBe('participants.0.refusalReason');

    const recorded = await minutes(
      made,
      held({ conclusions: [conclusion({ beneficiaries: [{ name: 'Lương Văn Tường', email: 'tuong@example.test' }] })] }),
    );
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.data).toMatchObject({ status: 'held', copies: 3 });
    const commitment = (await officer.client.get(`/api/v1/commitments/${recorded.data.commitmentIds[0]}`)).data;
    // Tue 10/3/2026 + 10 working days: 11–13, 16–20, 23–24 → Tue 24/3/2026.
    expect(commitment).toMatchObject({ status: 'open', dueOn: '2026-03-24', origin: 'dialogue', originId: made.id });

    const again = await minutes(recorded.data, held());
    expect(again.statusCode).toBe(409);
    const docx = await officer.client.get(`/api/v1/dialogues/${made.id}/letters/minutes?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = docxText(docx.rawPayload);
    expect(text).toContain('Hồi 09 giờ 00 phút, ngày 10/03/2026, tại Hội trường UBND xã');
    expect(text).toContain('Đại diện các hộ dân (Người dân): Đề nghị đo lại');
    expect(text).toContain('Biên bản được lập thành 3 bản');
  });

  it('lists its commitments in the order of its conclusions', async () => {
    const made = await dialogue();
    const texts = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((word) => `Kết luận ${word}`);
    const recorded = await minutes(made, held({ conclusions: texts.map((text) => conclusion({ text })) }));
    const made5 = await Promise.all(
      (recorded.data.commitmentIds as string[]).map(async (id) => (await officer.client.get(`/api/v1/commitments/${id}`)).data.text),
    );
    expect(made5).toEqual(texts);
  });

  it('ends a dialogue the complainant did not attend by the rule of its date, only in a complaint case', async () => {
    const complaint = await officer.client.post('/api/v1/petitions', {
      unitId: commune.id,
      channel: 'post',
      kind: 'complaint',
      receivedAt: '2026-05-04T09:00:00+07:00',
      contentSummary: 'Khiếu nại quyết định bồi thường',
      petitioner: { fullName: 'Lò Văn Khiếu' },
    });
    const inCase = { kind: 'complaint_case', petitionId: complaint.data.id };
    const thematic = await dialogue();
    const notACase = await minutes(thematic, { outcome: 'ended_absent', heldAt: '2026-03-10T09:00:00+07:00', notices: 2 });
    expect(notACase.statusCode).toBe(409);
    const before = await dialogue({ ...inCase, plannedAt: '2026-06-10T08:00:00+07:00' });
    const oneNotice = await minutes(before, { outcome: 'ended_absent', heldAt: '2026-06-10T09:00:00+07:00', notices: 1 });
    expect(oneNotice.data.absence).toMatchObject({ settlementContinues: false });
    const after = await dialogue({ ...inCase, plannedAt: '2026-07-10T08:00:00+07:00' });
    const sinceLaw136 = await minutes(after, { outcome: 'ended_absent', heldAt: '2026-07-10T09:00:00+07:00', notices: 1 });
    expect(sinceLaw136.data.absence).toMatchObject({ settlementContinues: true });
    expect(sinceLaw136.data.absence.basis).toContain('136/2025');
  });
});

describe('a commitment', () => {
  it('moves on with evidence, is reopened by a citizen’s “no”, and confirmed by a “yes”', async () => {
    const made = await dialogue();
    const recorded = await minutes(
      made,
      held({ conclusions: [conclusion({ beneficiaries: [{ name: 'Hộ bà Mến', email: 'men@example.test' }] })] }),
    );
    const id = recorded.data.commitmentIds[0] as string;
    let c = (await officer.client.get(`/api/v1/commitments/${id}`)).data;
    const noEvidence = await officer.client.post(`/api/v1/commitments/${id}/steps`, { action: 'done' }, ifMatch(c.version));
    expect(noEvidence.statusCode).toBe(400);
    c = (
      await officer.client.post(
        `/api/v1/commitments/${id}/steps`,
        { action: 'progress', progressPct: 40, evidence: 'Đã đo 2 hộ: ông Tường, bà Mến', publicNote: 'Đã đo đạc lại 2 hộ' },
        ifMatch(c.version),
      )
    ).data;
    expect(c).toMatchObject({ status: 'in_progress', progressPct: 40 });
    // The public board shows what was written for the public, never the evidence naming people.
    const board = await t.app.inject({ method: 'GET', url: `/api/v1/public/commitments?unitId=${commune.id}&pageSize=100` });
    expect(board.statusCode, board.body).toBe(200);
    expect(board.body).toContain('Đã đo đạc lại 2 hộ');
    expect(board.body).not.toContain('ông Tường');
    expect(board.body).not.toContain('Hộ bà Mến');
    c = (
      await officer.client.post(
        `/api/v1/commitments/${id}/steps`,
        { action: 'done', evidence: 'Biên bản đo đạc ngày 20/3' },
        ifMatch(c.version),
      )
    ).data;
    expect(c).toMatchObject({ status: 'done', confirmation: { asked: 1, yes: 0, no: 0 } });

    const [message] = await t.database.query<{ body: string }>(`select body from outbox_messages where recipient = 'men@example.test'`);
    const token = /xac-nhan\/([A-Za-z0-9_-]+)/.exec(message!.body)![1]!;
    const context = { actor: { id: null, name: 'citizen' } };
    expect(await confirmCommitment(t.database.db, context, { token, answer: { answer: 'no' } })).toEqual({ answer: 'no', reopened: true });
    await expect(confirmCommitment(t.database.db, context, { token, answer: { answer: 'yes' } })).rejects.toThrow();
    c = (await officer.client.get(`/api/v1/commitments/${id}`)).data;
    expect(c).toMatchObject({ status: 'open', reopenedCount: 1, confirmation: { no: 1 } });

    const doneAgain = await officer.client.post(
      `/api/v1/commitments/${id}/steps`,
      { action: 'done', evidence: 'Đã đo lại đủ' },
      ifMatch(c.version),
    );
    expect(doneAgain.data.status).toBe('done');
    const [second] = await t.database.query<{ body: string }>(
      `select body from outbox_messages where recipient = 'men@example.test' order by created_at desc limit 1`,
    );
    const token2 = /xac-nhan\/([A-Za-z0-9_-]+)/.exec(second!.body)![1]!;
    expect(token2).not.toBe(token);
    expect(await confirmCommitment(t.database.db, context, { token: token2, answer: { answer: 'yes' } })).toEqual({
      answer: 'yes',
      reopened: false,
    });
    c = (await officer.client.get(`/api/v1/commitments/${id}`)).data;
    expect(c).toMatchObject({ status: 'done', reopenedCount: 1, confirmation: { asked: 1, yes: 1 } });
  });

  it('is read and reported on by the owner unit’s specialist, with its history and the reason it was cancelled', async () => {
    const specialist = await buildStaff(t.admin, { roles: ['specialist'], unitId: commune.id });
    const made = await dialogue();
    const recorded = await minutes(made, held({ conclusions: [conclusion()] }));
    const id = recorded.data.commitmentIds[0] as string;
    let c = await specialist.client.get(`/api/v1/commitments/${id}`);
    expect(c.statusCode, c.body).toBe(200);
    const listed = await specialist.client.get(`/api/v1/commitments?unitId=${commune.id}&pageSize=200`);
    expect(listed.data.items.map((item: Made) => item.id)).toContain(id);
    c = await specialist.client.post(
      `/api/v1/commitments/${id}/steps`,
      { action: 'cancel', reason: 'Thay bằng phương án khác' },
      ifMatch(c.data.version),
    );
    expect(c.statusCode, c.body).toBe(200);
    const detail = (await officer.client.get(`/api/v1/commitments/${id}`)).data;
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual(['made', 'cancelled']);
    expect(detail.history[1]).toMatchObject({ note: 'Thay bằng phương án khác', actorName: specialist.username });
  });

  it('is escalated once to the owner’s leaders when overdue', async () => {
    await buildStaff(t.admin, { roles: ['leader'], unitId: commune.id });
    const made = await dialogue({ plannedAt: '2026-01-05T08:00:00+07:00' });
    const recorded = await minutes(
      made,
      held({ heldAt: '2026-01-05T09:00:00+07:00', conclusions: [conclusion({ dueOn: '2026-01-20', workingDays: undefined })] }),
    );
    expect(recorded.statusCode, recorded.body).toBe(200);
    const now = new Date('2026-02-01T03:00:00Z');
    const first = await escalateOverdueCommitments(t.database.db, { publicUrl: 'https://motcua.example', now });
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    expect((await escalateOverdueCommitments(t.database.db, { publicUrl: 'https://motcua.example', now })).escalated).toBe(0);
    const c = (await officer.client.get(`/api/v1/commitments/${recorded.data.commitmentIds[0]}`)).data;
    expect(c.escalatedAt).not.toBeNull();
    const overdue = (await officer.client.get(`/api/v1/commitments?unitId=${commune.id}&overdue=true&pageSize=200`)).data;
    expect(overdue.items.map((item: Made) => item.id)).toContain(c.id);
  });
});
