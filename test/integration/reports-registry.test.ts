/**
 * The figure registry against the records: random petitions, mediation cases, legal aid, models and
 * reception visits entered through the API; for random periods each figure of the registry equals
 * a raw count over the stored rows; the list behind a figure has as many rows as the figure (CSV
 * and XLSX alike, with no petitioner); a unit's dashboard shows only the parts its reader's roles
 * may see; figures of merged communes are re-aggregated through the successions, the old name
 * printed "(nay là …)"; declared figures are kept apart from counted ones.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff, buildUnitTree, fixtureRandom, type CommuneRef, type Staff } from '../support/factories.js';
import { createTestApp, createUnit, type TestApp } from '../support/test-app.js';

let t: TestApp;
let commune: CommuneRef;
let province: { id: string };
let officer: Staff;
const random = fixtureRandom();
const kinds = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const;
const day = (month: number, dayOfMonth: number) => `2026-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
const randomDay = () => day(random.int(1, 11), random.int(1, 28));
const ok = (response: { statusCode: number; body: string }, status = 201) => expect(response.statusCode, response.body).toBe(status);

beforeAll(async () => {
  t = await createTestApp();
  const tree = await buildUnitTree(t.admin, { communes: 2 });
  commune = tree.commune;
  province = tree.province;
  officer = await buildStaff(t.admin, { roles: ['leader', 'reception_officer', 'mobilisation_officer'], unitId: province.id });
  for (let n = 0; n < 40; n += 1) {
    const unitId = tree.communes[n % 2]!.id;
    const made = await officer.client.post('/api/v1/petitions', {
      unitId,
      channel: 'post',
      kind: kinds[random.int(0, 3)],
      receivedAt: `${randomDay()}T09:00:00+07:00`,
      contentSummary: `Đơn ngẫu nhiên ${n}`,
      petitioner: { fullName: `Người gửi ngẫu nhiên ${n}`, idNumber: `0010${String(90000000 + n)}` },
    });
    ok(made);
  }
  const village = await createUnit(t.admin, { type: 'village', name: 'Thôn Một', parentId: commune.id });
  ok(
    await officer.client.request('PUT', `/api/v1/community/villages/${village.id}/households`, {
      body: { asOf: '2025-01-01', count: 100 },
    }),
    200,
  );
  const team = await officer.client.post('/api/v1/community/mediation-teams', {
    unitId: village.id,
    name: 'Tổ Một',
    establishedOn: '2025-01-05',
  });
  ok(team);
  const mediator = await officer.client.post(`/api/v1/community/mediation-teams/${team.data.id}/mediators`, {
    fullName: 'Hòa giải viên Một',
    sex: 'female',
    ethnicity: 'Kinh',
    isEthnicMinority: false,
    isLeader: true,
    electedOn: '2025-01-10',
    method: 'household_survey',
    votesFor: 70,
  });
  ok(mediator, 200);
  for (let n = 0; n < 12; n += 1)
    ok(
      await officer.client.post('/api/v1/community/mediation-cases', {
        teamId: team.data.id,
        receivedAt: `${randomDay()}T09:00:00+07:00`,
        grounds: 'party_request',
        parties: [{ fullName: `Bên A ${n}` }, { fullName: `Bên B ${n}` }],
        field: 'neighbourhood',
        summary: 'Tranh chấp ranh giới',
        mediatorIds: [mediator.data.mediators[0].id],
      }),
    );
  for (let n = 0; n < 9; n += 1)
    ok(
      await officer.client.post('/api/v1/community/legal-aid', {
        unitId: tree.communes[n % 2]!.id,
        acceptedAt: `${randomDay()}T10:00:00+07:00`,
        requester: { fullName: `Người được trợ giúp ${n}` },
        group: 'poor_household',
        proofDocuments: ['Giấy chứng nhận hộ nghèo'],
        form: 'advice',
        field: 'Đất đai',
        summary: 'Tư vấn thừa kế',
      }),
    );
  for (let n = 0; n < 7; n += 1)
    ok(
      await officer.client.post('/api/v1/community/models', {
        unitId: tree.communes[n % 2]!.id,
        name: `Mô hình ${n}`,
        ownerOrganisation: 'Hội Nông dân',
        field: 'Kinh tế',
        registeredOn: randomDay(),
      }),
    );
}, 300_000);
afterAll(async () => t?.close());

const count = async (query: ReturnType<typeof sql>) =>
  Number(((await t.database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const subtree = (unitId: string) => sql`select u.id from units u, units r where r.id = ${unitId} and u.path like r.path || '%'`;
const inPeriod = (column: string, from: string, to: string) => sql.raw(`vietnam_day(${column}) between '${from}' and '${to}'`);

async function figureSet(unitId: string, from: string, to: string): Promise<Map<string, number | null>> {
  const response = await officer.client.get(`/api/v1/reports/units/${unitId}/figure-set?from=${from}&to=${to}`);
  ok(response, 200);
  return new Map(response.data.figures.map((figure: { id: string; value: number | null }) => [figure.id, figure.value]));
}

describe('the figure registry', () => {
  it('equals a raw count over the stored rows for random periods and units', async () => {
    for (let trial = 0; trial < 6; trial += 1) {
      const [a, b] = [randomDay(), randomDay()].sort() as [string, string];
      const unitId = trial % 2 === 0 ? province.id : commune.id;
      const figures = await figureSet(unitId, a, b);
      const units = subtree(unitId);
      expect([trial, figures.get('petitions.received')]).toEqual([
        trial,
        await count(sql`select count(*)::int as n from petitions where unit_id in (${units}) and ${inPeriod('received_at', a, b)}`),
      ]);
      for (const kind of ['complaint', 'denunciation'] as const)
        expect(figures.get(kind === 'complaint' ? 'petitions.complaints' : 'petitions.denunciations')).toBe(
          await count(
            // By kind over the period's total: received in it, or carried over (received before, not handled when it began).
            sql`select count(*)::int as n from petitions where unit_id in (${units}) and kind = ${kind}
              and (${inPeriod('received_at', a, b)} or (vietnam_day(received_at) < ${a} and (handled_at is null or vietnam_day(handled_at) >= ${a})))`,
          ),
        );
      expect(figures.get('petitions.complaintsAndDenunciations')).toBe(
        (figures.get('petitions.complaints') ?? 0) + (figures.get('petitions.denunciations') ?? 0),
      );
      expect(figures.get('mediation.received')).toBe(
        await count(sql`select count(*)::int as n from mediation_cases where unit_id in (${units}) and ${inPeriod('received_at', a, b)}`),
      );
      expect(figures.get('legalAid.opened')).toBe(
        await count(sql`select count(*)::int as n from legal_aid_cases where unit_id in (${units}) and ${inPeriod('accepted_at', a, b)}`),
      );
      expect(figures.get('models.registered')).toBe(
        await count(
          sql`select count(*)::int as n from mobilisation_models where unit_id in (${units}) and registered_on between ${a} and ${b}`,
        ),
      );
      // No case was ended: none settled, a rate of 0 over those mediated, none when nothing was.
      expect(figures.get('mediation.mediated')).toBe(figures.get('mediation.received'));
      expect(figures.get('mediation.successRate')).toBe(figures.get('mediation.received') ? 0 : null);
    }
  });

  it('lists the records behind a figure, as many as it counts, as CSV and XLSX, never the petitioner', async () => {
    const [from, to] = ['2026-01-01', '2026-12-31'];
    const figures = await figureSet(province.id, from, to);
    const list = await officer.client.get(
      `/api/v1/reports/units/${province.id}/figures/petitions.received/items?from=${from}&to=${to}&pageSize=15`,
    );
    ok(list, 200);
    expect(list.data.total).toBe(figures.get('petitions.received'));
    expect(list.data.rows).toHaveLength(15);
    expect(list.body).not.toContain('Người gửi ngẫu nhiên');
    const csv = await officer.client.get(
      `/api/v1/reports/units/${province.id}/figures/petitions.received/items?from=${from}&to=${to}&format=csv`,
    );
    ok(csv, 200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + (figures.get('petitions.received') ?? 0));
    expect(csv.body).not.toContain('Người gửi ngẫu nhiên');
    const xlsx = await officer.client.request(
      'GET',
      `/api/v1/reports/units/${province.id}/figures/legalAid.opened/items?from=${from}&to=${to}&format=xlsx`,
    );
    ok(xlsx, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(2 + (figures.get('legalAid.opened') ?? 0));
    const rate = await officer.client.get(
      `/api/v1/reports/units/${province.id}/figures/mediation.successRate/items?from=${from}&to=${to}`,
      { 'accept-language': 'en' },
    );
    expect(rate.statusCode).toBe(404);
    expect(rate.headers['content-type']).toContain('application/problem+json');
  });

  it('shows each reader only the parts of the dashboard their roles may see', async () => {
    const counter = await buildStaff(t.admin, { roles: ['counter_officer'], unitId: commune.id });
    const seen = await counter.client.get(`/api/v1/reports/units/${commune.id}/dashboard?from=2026-01-01&to=2026-12-31`);
    ok(seen, 200);
    expect(seen.data.sections.map((section: { key: string }) => section.key)).toEqual(['one_stop']);
    expect(seen.data.clocks.petitions).toBeNull();
    expect(seen.data.figures.some((figure: { id: string }) => figure.id.startsWith('petitions.'))).toBe(false);
    expect(
      (await counter.client.get(`/api/v1/reports/units/${commune.id}/figures/petitions.received/items?from=2026-01-01&to=2026-12-31`))
        .statusCode,
    ).toBe(403);
    const full = await officer.client.get(`/api/v1/reports/units/${province.id}/dashboard?from=2026-01-01&to=2026-12-31`);
    ok(full, 200);
    expect(full.data.sections.map((section: { key: string }) => section.key)).toEqual([
      'one_stop',
      'reception',
      'petitions',
      'community',
      'democracy',
    ]);
    expect(
      full.data.clocks.petitions.overdue +
        full.data.clocks.petitions.within3 +
        full.data.clocks.petitions.within10 +
        full.data.clocks.petitions.later,
    ).toBeLessThanOrEqual(40);
    expect(full.data.children.map((child: { unitId: string }) => child.unitId)).toContain(commune.id);
  });

  it('re-aggregates merged communes through their successions, and prints the old name "(nay là …)"', async () => {
    // The 2025 reform as the reference-unit import records it: old communes of a district end on
    // 30/6/2025, a commune under the province begins on 1/7/2025, succession links between them.
    const district = await createUnit(t.admin, { type: 'district', name: 'Huyện Cũ', parentId: province.id, validTo: '2025-06-30' });
    const oldA = await createUnit(t.admin, { type: 'commune', name: 'Xã Đông', parentId: district.id, validTo: '2025-06-30' });
    const oldB = await createUnit(t.admin, { type: 'commune', name: 'Xã Tây', parentId: district.id, validTo: '2025-06-30' });
    const successor = await createUnit(t.admin, { type: 'commune', name: 'Xã Hợp Nhất', parentId: province.id, validFrom: '2025-07-01' });
    for (const old of [oldA, oldB])
      await t.database.db.execute(
        sql`insert into unit_successions (from_unit_id, to_unit_id, kind, effective_date) values (${old.id}, ${successor.id}, 'merge', '2025-07-01')`,
      );
    for (const [unitId, receivedAt] of [
      [oldA.id, '2025-03-10'],
      [successor.id, '2025-09-10'],
      [successor.id, '2025-10-10'],
    ] as const)
      ok(
        await officer.client.post('/api/v1/petitions', {
          unitId,
          channel: 'post',
          kind: 'recommendation',
          receivedAt: `${receivedAt}T09:00:00+07:00`,
          contentSummary: 'Đơn kiến nghị',
          petitioner: { fullName: 'Người gửi' },
        }),
      );
    expect((await figureSet(successor.id, '2025-01-01', '2025-12-31')).get('petitions.received')).toBe(3);
    expect((await figureSet(district.id, '2025-01-01', '2025-12-31')).get('petitions.received')).toBe(3);
    const drafted = await officer.client.post('/api/v1/reports/runs', {
      unitId: district.id,
      kind: 'reception_petitions',
      period: { kind: 'year', cutOffRule: 'calendar', year: 2025 },
    });
    ok(drafted);
    expect(drafted.data.content.unitName).toBe('Huyện Cũ (nay là xã Hợp Nhất)');
  });

  it('keeps declared figures apart from counted ones, and refuses what cannot be declared', async () => {
    const before = await figureSet(commune.id, '2026-01-01', '2026-12-31');
    const opening = await officer.client.post('/api/v1/reports/declarations', {
      unitId: commune.id,
      kind: 'opening',
      figureId: 'petitions.received',
      value: 57,
      from: '2026-01-01',
      to: '2026-03-31',
      source: 'Sổ theo dõi đơn thư giấy',
    });
    ok(opening);
    expect(opening.data).toMatchObject({ label: 'Đơn tiếp nhận trong kỳ', unitWord: 'đơn', value: 57 });
    const after = await figureSet(commune.id, '2026-01-01', '2026-12-31');
    expect(after.get('petitions.received')).toBe(before.get('petitions.received'));
    const set = await officer.client.get(`/api/v1/reports/units/${commune.id}/figure-set?from=2026-01-01&to=2026-12-31`);
    expect(set.data.declared.map((declared: { value: number }) => declared.value)).toEqual([57]);
    const draft = await officer.client.post('/api/v1/reports/runs', {
      unitId: commune.id,
      kind: 'reception_petitions',
      period: { kind: 'year', cutOffRule: 'calendar', year: 2026 },
    });
    const texts = draft.data.content.sections.flatMap((section: { paragraphs: { text: string; origin: string }[] }) => section.paragraphs);
    expect(texts.find((p: { origin: string }) => p.origin === 'declared').text).toBe(
      'Số liệu kê khai đầu kỳ (trước khi sử dụng phần mềm, từ 01/01/2026 đến 31/03/2026): Đơn tiếp nhận trong kỳ 57 đơn.',
    );
    const rate = await officer.client.post(
      '/api/v1/reports/declarations',
      { unitId: commune.id, kind: 'opening', figureId: 'mediation.successRate', value: 80, from: '2026-01-01', to: '2026-03-31' },
      { 'accept-language': 'en' },
    );
    expect(rate.statusCode).toBe(400);
    expect(rate.data.errors[0].field).toBe('figureId');
    const above = await officer.client.post('/api/v1/reports/declarations', {
      unitId: commune.id,
      kind: 'indicator',
      label: 'Xã đạt chuẩn',
      value: 29,
      denominator: 28,
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(above.statusCode).toBe(400);
    const period = await officer.client.post('/api/v1/reports/runs', {
      unitId: commune.id,
      kind: 'dan_van',
      period: { kind: 'quarter', cutOffRule: 'day_14', year: 2026, number: 5 },
    });
    expect(period.statusCode).toBe(400);
    expect(period.data.errors[0].field).toBe('period.number');
    const future = await officer.client.post('/api/v1/reports/runs', {
      unitId: commune.id,
      kind: 'dan_van',
      period: { kind: 'year', cutOffRule: 'calendar', year: 2027 },
    });
    ok(future);
    const signed = await officer.client.post(`/api/v1/reports/runs/${future.data.id}/sign`, {}, { 'if-match': `"${future.data.version}"` });
    expect(signed.statusCode).toBe(409);
    ok(await officer.client.request('DELETE', `/api/v1/reports/declarations/${opening.data.id}`), 204);
    expect(
      (await officer.client.get(`/api/v1/reports/units/${commune.id}/figure-set?from=2026-01-01&to=2026-12-31`)).data.declared,
    ).toEqual([]);
  });
});
