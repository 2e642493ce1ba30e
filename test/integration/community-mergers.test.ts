/**
 * Villages merged (NĐ 185/2026 🟡): the merged villages end the day before, linked to the one that
 * continues them; their households stay in the history found from the new village, and a team of a
 * merged village is flagged until it is moved to the new one, keeping where it served before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const ifMatch = (version: number) => ({ 'if-match': `"${version}"`, 'accept-language': 'en' });

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 2 })).commune;
  officer = await buildStaff(t.admin, { roles: ['mobilisation_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('a village merger', () => {
  it('keeps the merged villages’ history and moves their team to the new village', async () => {
    const [a, b, c] = await Promise.all(
      ['Thôn Nà Mòn', 'Thôn Khuổi Nọi', 'Thôn Nà Mòn – Khuổi Nọi'].map((name) =>
        createUnit(t.admin, { type: 'village', name, parentId: commune.id }),
      ),
    );
    for (const [village, count] of [
      [a!, 120],
      [b!, 95],
    ] as const) {
      const put = await officer.client.request('PUT', `/api/v1/community/villages/${village.id}/households`, {
        body: { asOf: '2025-01-01', count },
      });
      expect(put.statusCode).toBe(200);
    }
    const team = await officer.client.post('/api/v1/community/mediation-teams', {
      unitId: a!.id,
      name: 'Tổ hòa giải Nà Mòn',
      establishedOn: '2025-01-10',
    });
    expect(team.statusCode, team.body).toBe(201);

    const foreign = await createUnit(t.admin, {
      type: 'village',
      name: 'Thôn xã khác',
      parentId: (await buildUnitTree(t.admin, { communes: 1 })).commune.id,
    });
    const refused = await t.admin.post(
      `/api/v1/units/${c!.id}/merge`,
      { from: [a!.id, foreign.id], effectiveDate: '2026-07-01' },
      { 'accept-language': 'en' },
    );
    expect(refused.statusCode).toBe(409);
    const merged = await t.admin.post(`/api/v1/units/${c!.id}/merge`, {
      from: [a!.id, b!.id],
      effectiveDate: '2026-07-01',
      legalBasis: 'Nghị quyết 12/NQ-HĐND',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.data.predecessors.map((p: { unitId: string }) => p.unitId).sort()).toEqual([a!.id, b!.id].sort());
    expect((await t.admin.get(`/api/v1/units/${a!.id}`)).data.validTo).toBe('2026-06-30');

    const history = await officer.client.get(`/api/v1/community/villages/${c!.id}/households?lineage=true`);
    expect(history.data.map((row: { unitId: string; count: number }) => row.count).sort((x: number, y: number) => x - y)).toEqual([
      95, 120,
    ]);
    expect((await officer.client.get(`/api/v1/community/villages/${c!.id}/households`)).data).toEqual([]);

    const flagged = await officer.client.get(`/api/v1/community/mediation-teams/${team.data.id}`);
    expect(flagged.data.problems).toContain('village_ended');
    const wrong = await officer.client.post(
      `/api/v1/community/mediation-teams/${team.data.id}/transfer`,
      { unitId: foreign.id, on: '2026-07-01' },
      ifMatch(flagged.data.version),
    );
    expect(wrong.statusCode).toBe(403);
    const sideways = await officer.client.post(
      `/api/v1/community/mediation-teams/${team.data.id}/transfer`,
      { unitId: commune.id, on: '2026-07-01' },
      ifMatch(flagged.data.version),
    );
    expect(sideways.statusCode).toBe(409);
    const moved = await officer.client.post(
      `/api/v1/community/mediation-teams/${team.data.id}/transfer`,
      { unitId: c!.id, on: '2026-07-01' },
      ifMatch(flagged.data.version),
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.data).toMatchObject({
      unitId: c!.id,
      unitName: 'Thôn Nà Mòn – Khuổi Nọi',
      previousUnits: [{ unitId: a!.id, until: '2026-06-30' }],
    });
    expect(moved.data.problems).not.toContain('village_ended');
  });
});
