/**
 * Classifying petitions on the legal axes: the rules' suggestions with their basis (computed by
 * hand: a decision known on Mon 1 December 2025 is complained about until day 90, Sun 1 March 2026,
 * moved to Mon 2 March), and the officer's classification with its checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff, type UnitRef } from '../support/factories.js';

let t: TestApp;
let province: UnitRef;
let commune: CommuneRef;
let provincial: Staff;

const receive = async (body: Record<string, unknown>) => {
  const response = await provincial.client.post('/api/v1/petitions', {
    unitId: province.id,
    channel: 'post',
    kind: 'complaint',
    contentSummary: 'Khiếu nại quyết định xử phạt vi phạm hành chính về đất đai',
    petitioner: { fullName: 'Hoàng Văn Khiếu', address: 'Thôn Nà Phầy' },
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.data as { id: string; version: number };
};
const suggest = (id: string, facts: Record<string, unknown>) =>
  provincial.client.post(`/api/v1/petitions/${id}/classification-suggestions`, facts);
const classify = (id: string, version: number, body: Record<string, unknown>) =>
  provincial.client.post(`/api/v1/petitions/${id}/classification`, body, { 'if-match': `"${version}"`, 'accept-language': 'en' });
const eligible = { field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' };

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 1 });
  province = tree.province;
  commune = tree.commune;
  provincial = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: province.id });
});
afterAll(async () => t?.close());

describe('suggestions from the rules', () => {
  it('finds a complaint time-barred after day 90, moved off a Sunday, and not one received on that Monday', async () => {
    const late = await receive({ receivedAt: '2026-03-03T08:00:00+07:00' });
    const barred = await suggest(late.id, { decisionKnownOn: '2025-12-01' });
    expect(barred.statusCode, barred.body).toBe(200);
    expect(barred.data.isEligible).toBe(false);
    const reason = barred.data.suggestions.find((s: { reason: string }) => s.reason === 'time_barred');
    expect(reason.legalBasis).toContain('Luật Khiếu nại 2011 Điều 9');
    expect(reason.text.vi).toContain('02/03/2026');

    const onTime = await receive({ receivedAt: '2026-03-02T20:00:00+07:00' });
    const notBarred = await suggest(onTime.id, { decisionKnownOn: '2025-12-01' });
    expect(notBarred.data).toMatchObject({ isEligible: true, suggestions: [] });
  });

  it('sends an anonymous denunciation to a management check, asks many signers for representatives and a mixed petition to be split', async () => {
    const anonymous = await receive({ kind: 'denunciation', isAnonymous: true, petitioner: undefined });
    const answer = await suggest(anonymous.id, {});
    expect(answer.data.isEligible).toBe(false);
    expect(answer.data.suggestions[0]).toMatchObject({ reason: 'anonymous_denunciation', legalBasis: 'Luật Tố cáo 2018 Điều 25' });

    const mixed = await receive({ kind: 'mixed', signerCount: 6 });
    const notes = await suggest(mixed.id, { competenceScope: 'subordinate', settlementStatus: 'none' });
    expect(notes.data).toMatchObject({ isEligible: true, isManySigners: true, isSkippedLevel: true });
    expect(notes.data.suggestions.map((s: { text: { vi: string } }) => s.text.vi).join(' ')).toMatch(/tách.*đại diện.*vượt cấp/s);
  });
});

describe('the classification', () => {
  it('records the legal axes, derives a skipped level, and hides the petitioner once it turns out to be a denunciation', async () => {
    const petition = await receive({ kind: 'reflection' });
    const classified = await classify(petition.id, petition.version, {
      ...eligible,
      kind: 'denunciation',
      field: 'public_duty',
      competence: { scope: 'subordinate', unitId: commune.id },
    });
    expect(classified.statusCode, classified.body).toBe(200);
    expect(classified.data).toMatchObject({
      status: 'classified',
      kind: 'denunciation',
      isIdentityProtected: true,
      petitioner: null,
      version: petition.version + 1,
      classification: {
        field: 'public_duty',
        isEligible: true,
        isSkippedLevel: true,
        competence: { scope: 'subordinate', unitId: commune.id },
      },
    });
    expect(classified.headers.etag).toBe(`"${petition.version + 1}"`);
    expect((await classify(petition.id, petition.version, { ...eligible, kind: 'complaint' })).statusCode).toBe(412);
  });

  it('refuses a classification that contradicts itself, naming the field, and writes nothing', async () => {
    const petition = await receive({});
    const before = await auditCount(t.database);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...eligible, kind: 'complaint', isEligible: false }, 'reasons'],
      [{ ...eligible, kind: 'complaint', reasons: ['time_barred'] }, 'reasons'],
      [{ ...eligible, kind: 'complaint', competence: { scope: 'other' } }, 'competence.bodyType'],
      [{ ...eligible, kind: 'complaint', competence: { scope: 'subordinate' } }, 'competence.unitId'],
      [{ ...eligible, kind: 'complaint', competence: { scope: 'subordinate', unitId: province.id } }, 'competence.unitId'],
      [{ ...eligible, kind: 'complaint', field: 'weather' }, 'field'],
    ];
    for (const [body, field] of cases) {
      const refused = await classify(petition.id, petition.version, body);
      expect(refused.statusCode, `${field}: ${refused.body}`).toBe(400);
      expect(refused.data.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await auditCount(t.database)).toBe(before);
  });
});
