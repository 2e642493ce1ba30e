/**
 * A petition of several contents is split into one petition per content: each numbered in the
 * book as received that day, on the clock of its own kind, with the writer copied in the protected
 * store and protected for good; the mixed petition ends and counts as its parts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
let cleared: Staff;

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  cleared = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
  await t.admin.post('/api/v1/identity-clearances', { staffId: cleared.id, unitId: commune.id });
});
afterAll(async () => t?.close());

describe('splitting a mixed petition', () => {
  it('gives one petition per content, each on its own clock, the writer kept protected', async () => {
    const mixed = await officer.client.post('/api/v1/petitions', {
      unitId: commune.id,
      channel: 'reception',
      kind: 'mixed',
      receivedAt: '2026-11-03T09:00:00+07:00',
      contentSummary: 'Khiếu nại việc thu hồi đất và tố cáo cán bộ địa chính nhận tiền',
      petitioner: { fullName: 'Lục Thị Tách', phone: '0977000999' },
    });
    expect(mixed.statusCode, mixed.body).toBe(201);
    const split = await officer.client.post(
      `/api/v1/petitions/${mixed.data.id}/split`,
      {
        parts: [
          { kind: 'complaint', contentSummary: 'Khiếu nại quyết định thu hồi đất' },
          { kind: 'denunciation', contentSummary: 'Tố cáo cán bộ địa chính nhận tiền' },
        ],
      },
      { 'if-match': `"${mixed.data.version}"` },
    );
    expect(split.statusCode, split.body).toBe(201);
    const [complaint, denunciation] = split.data.items;
    expect(complaint).toMatchObject({
      kind: 'complaint',
      splitFrom: mixed.data.id,
      isIdentityProtected: true,
      petitioner: null,
      bookNo: 2,
    });
    expect(denunciation).toMatchObject({ kind: 'denunciation', splitFrom: mixed.data.id, bookNo: 3 });
    expect(complaint.receivedAt).toBe(mixed.data.receivedAt);
    // Received Tuesday 3 November: processing in 10 working days, a denunciation's initial handling in 7.
    expect(complaint.dueAt).toBe('2026-11-17T10:00:00.000Z');
    expect(denunciation.dueAt).toBe('2026-11-12T10:00:00.000Z');

    const original = await officer.client.get(`/api/v1/petitions/${mixed.data.id}`);
    expect(original.data).toMatchObject({ status: 'split' });
    expect(original.data.handledAt).not.toBeNull();
    const identity = await cleared.client.post(`/api/v1/petitions/${complaint.id}/identity-reads`, {
      purpose: 'Đối chiếu người viết đơn đã tách',
    });
    expect(identity.data.identity).toMatchObject({ fullName: 'Lục Thị Tách', phone: '0977000999' });

    // Classified as a complaint, the part still shows nobody: its writer also denounced.
    const classified = await officer.client.post(
      `/api/v1/petitions/${complaint.id}/classification`,
      { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      { 'if-match': `"${complaint.version}"` },
    );
    expect(classified.data.petitioner).toBeNull();

    // Counted as of a period's end: before the split, the mixed petition; once split, its parts.
    const figures = async (to: string) =>
      (await officer.client.get(`/api/v1/petitions/figures?unitId=${commune.id}&from=2026-11-01&to=${to}`)).data;
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(await figures(today)).toMatchObject({ received: 2, byKind: { complaint: 1, denunciation: 1, mixed: 0 } });
    if (today > '2026-11-30')
      expect(await figures('2026-11-30')).toMatchObject({ received: 1, byKind: { complaint: 0, denunciation: 0, mixed: 1 } });
    const again = await officer.client.post(
      `/api/v1/petitions/${mixed.data.id}/split`,
      {
        parts: [
          { kind: 'complaint', contentSummary: 'a' },
          { kind: 'reflection', contentSummary: 'b' },
        ],
      },
      { 'if-match': `"${original.data.version}"` },
    );
    expect(again.statusCode).toBe(409);
  });

  it('refuses to split a petition of one content, or into fewer than two parts', async () => {
    const single = await officer.client.post('/api/v1/petitions', {
      unitId: commune.id,
      channel: 'post',
      kind: 'complaint',
      contentSummary: 'Khiếu nại một nội dung',
      petitioner: { fullName: 'Mông Văn Một' },
    });
    const refused = await officer.client.post(
      `/api/v1/petitions/${single.data.id}/split`,
      {
        parts: [
          { kind: 'complaint', contentSummary: 'x' },
          { kind: 'reflection', contentSummary: 'y' },
        ],
      },
      { 'if-match': '"1"' },
    );
    expect(refused.statusCode).toBe(409);
    const one = await officer.client.post(
      `/api/v1/petitions/${single.data.id}/split`,
      { parts: [{ kind: 'complaint', contentSummary: 'x' }] },
      { 'if-match': '"1"' },
    );
    expect(one.statusCode).toBe(400);
  });
});
