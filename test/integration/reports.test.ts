import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateTransaction } from '../../src/modules/ratings/index.js';
import { rowsOf } from '../../src/platform/db/types.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import {
  buildApplicant,
  buildDossier,
  buildProcedure,
  buildStaff,
  buildUnit,
  buildUnitTree,
  fixtureRandom,
  type UnitRef,
} from '../support/factories.js';

let t: TestApp;
let province: UnitRef;
let communes: UnitRef[];
let leader: Client;
const procedure = buildProcedure({ name: 'Đăng ký thường trú (hồ sơ thử báo cáo)' });
/** One applicant for every dossier: the public page must show neither their name nor their phone. */
const applicant = buildApplicant(fixtureRandom());
const levels = ['very_satisfied', 'satisfied', 'no_opinion', 'unsatisfied'] as const;
const outcomes = ['early', 'on_time', 'late'] as const;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000 - 7 * 3_600_000 + 9 * 3_600_000);

/** The instant a period's unfinished dossiers are judged at: the end of its last day, or now while it runs; null before it begins. */
const judgedAt = (from: string, to: string) => {
  const start = Date.parse(`${from}T00:00:00+07:00`);
  const at = Math.min(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000, Date.now());
  return at > start ? new Date(at).toISOString() : null;
};

/**
 * The figures computed straight from the stored rows, as a supervisor would with SQL: settled by
 * the day processing ended; unfinished when received before the judgement instant and not finished
 * by it, overdue when past the appointment then (these dossiers never paused).
 */
async function rawFigures(unitIds: string[], from: string, to: string) {
  const ids = sql.join(
    unitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const vn = (column: string) => sql.raw(`((${column} at time zone 'UTC') + interval '7 hours')::date`);
  const [d] = rowsOf<Record<string, number>>(
    await t.database.db.execute(sql`select
      count(*) filter (where received_at is not null and ${vn('received_at')} between ${from} and ${to})::int as received,
      count(*) filter (where outcome = 'early' and ${vn('finished_at')} between ${from} and ${to})::int as early,
      count(*) filter (where outcome = 'on_time' and ${vn('finished_at')} between ${from} and ${to})::int as on_time,
      count(*) filter (where outcome = 'late' and ${vn('finished_at')} between ${from} and ${to})::int as late
      from dossiers where receiving_unit_id in (${ids})`),
  );
  const at = judgedAt(from, to);
  const [open] = at
    ? rowsOf<Record<string, number>>(
        await t.database.db.execute(sql`select count(*)::int as in_progress, count(*) filter (where original_due_at < ${at})::int as overdue
          from dossiers where receiving_unit_id in (${ids}) and received_at < ${at} and (finished_at is null or finished_at >= ${at})`),
      )
    : [{ in_progress: 0, overdue: 0 }];
  const [r] = rowsOf<Record<string, number>>(
    await t.database.db.execute(sql`select count(*)::int as total,
      count(*) filter (where level = 'very_satisfied')::int as very, count(*) filter (where level = 'satisfied')::int as satisfied
      from ratings where unit_id in (${ids}) and ${vn('rated_at')} between ${from} and ${to}`),
  );
  return { ...d!, ...r!, ...open! } as {
    received: number;
    early: number;
    on_time: number;
    late: number;
    in_progress: number;
    overdue: number;
    total: number;
    very: number;
    satisfied: number;
  };
}
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 100);
/** Decision 766 indicator 2.1 over the rows: settled early or on time and unfinished not overdue, over settled and unfinished. */
const onTimePercent = (raw: Awaited<ReturnType<typeof rawFigures>>) =>
  pct(raw.early + raw.on_time + raw.in_progress - raw.overdue, raw.early + raw.on_time + raw.late + raw.in_progress);

beforeAll(async () => {
  t = await createTestApp();
  ({ province, communes } = await buildUnitTree(t.admin, { communes: 2 }));
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  leader = (await buildStaff(t.admin, { unitId: province.id, roles: ['leader'] })).client;
  const counter = (await buildStaff(t.admin, { unitId: province.id, roles: ['counter_officer'] })).client;
  // Thirty dossiers through the real intake, then spread over the year and settled at random
  // (updating the rows, which the daily counts must follow), then rated at random.
  const random = fc.sample(
    fc.record({
      commune: fc.nat(1),
      receivedDay: fc.nat(300),
      takes: fc.nat(20),
      outcome: fc.option(fc.constantFrom(...outcomes), { nil: undefined }),
      level: fc.option(fc.constantFrom(...levels), { nil: undefined }),
      online: fc.boolean(),
    }),
    { numRuns: 30, seed: 20261122 },
  );
  for (const plan of random) {
    const unit = communes[plan.commune]!;
    const { id } = await buildDossier(counter, { unitId: unit.id, procedureCode: procedure.code, applicant });
    const receivedAt = day(plan.receivedDay).toISOString();
    const finishedAt = plan.outcome ? day(plan.receivedDay + plan.takes).toISOString() : null;
    const dueAt = day(plan.receivedDay + 4).toISOString();
    await t.database.db.execute(sql`update dossiers set received_at = ${receivedAt}, channel = ${plan.online ? 'online' : 'counter'},
      finished_at = ${finishedAt}, outcome = ${plan.outcome ?? null}, due_at = ${dueAt}, original_due_at = ${dueAt} where id = ${id}`);
    if (plan.level) {
      await rateTransaction(
        { db: t.database.db },
        { actor: { id: null, name: 'citizen:test' } },
        { dossierId: id, transaction: 'intake', channel: 'kiosk', answers: { level: plan.level }, now: day(plan.receivedDay + 1) },
      );
    }
  }
});
afterAll(async () => t?.close());

describe('unit figures', () => {
  it('equal the counts over the stored dossiers and ratings for random periods and units', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(330), fc.nat(120), fc.nat(2), async (start, length, which) => {
        const from = day(start).toISOString().slice(0, 10);
        const to = day(start + length)
          .toISOString()
          .slice(0, 10);
        const unit = which === 2 ? province : communes[which]!;
        const unitIds = which === 2 ? communes.map((c) => c.id) : [unit.id];
        const raw = await rawFigures(unitIds, from, to);
        const api = (await leader.get(`/api/v1/reports/units/${unit.id}/figures?from=${from}&to=${to}`)).data;
        expect(api.dossiers).toMatchObject({
          received: raw.received,
          early: raw.early,
          onTime: raw.on_time,
          late: raw.late,
          inProgress: raw.in_progress,
          inProgressOverdue: raw.overdue,
        });
        expect(api.ratings).toMatchObject({ total: raw.total, verySatisfied: raw.very, satisfied: raw.satisfied });
        expect(api.ratings.satisfiedPercent).toBe(pct(raw.very + raw.satisfied, raw.total));
        expect(api.dossiers.earlyOrOnTimePercent).toBe(onTimePercent(raw));
        expect(api.decision766.timelinessPercent).toBe(api.dossiers.earlyOrOnTimePercent);
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('add up month by month to the whole year', async () => {
    const year = (await leader.get(`/api/v1/reports/units/${province.id}/figures?from=2026-01-01&to=2026-12-31`)).data;
    const months = (await leader.get(`/api/v1/reports/units/${province.id}/monthly?from=2026-01-01&to=2026-12-31`)).data.months as {
      month: string;
      asOf: string;
      dossiers: { received: number; late: number; inProgress: number; inProgressOverdue: number };
      ratings: { total: number };
    }[];
    expect(months.reduce((sum, m) => sum + m.dossiers.received, 0)).toBe(year.dossiers.received);
    // Each month is judged at its own end; the year and the month that runs, both now.
    const last = months.filter((m) => m.month <= new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)).at(-1)!;
    expect(Math.abs(Date.parse(last.asOf) - Date.parse(year.asOf))).toBeLessThan(60_000);
    expect(last.dossiers).toMatchObject({ inProgress: year.dossiers.inProgress, inProgressOverdue: year.dossiers.inProgressOverdue });
    const june = months.find((m) => m.month === '2026-06')!;
    const juneRaw = await rawFigures(
      communes.map((c) => c.id),
      '2026-06-01',
      '2026-06-30',
    );
    expect(june.asOf).toBe(judgedAt('2026-06-01', '2026-06-30'));
    expect(june.dossiers).toMatchObject({ inProgress: juneRaw.in_progress, inProgressOverdue: juneRaw.overdue });
    expect(months.reduce((sum, m) => sum + m.dossiers.late, 0)).toBe(year.dossiers.late);
    expect(months.reduce((sum, m) => sum + m.ratings.total, 0)).toBe(year.ratings.total);
    expect(year.dossiers.received).toBeGreaterThan(0);
  });

  it('refuses a reversed period naming the field, and readers outside the unit', async () => {
    const reversed = await leader.get(`/api/v1/reports/units/${province.id}/figures?from=2026-12-01&to=2026-01-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.data.errors[0].field).toBe('to');
    const elsewhere = await buildUnit(t.admin);
    const outsider = (await buildStaff(t.admin, { unitId: elsewhere.id, roles: ['leader'] })).client;
    expect((await outsider.get(`/api/v1/reports/units/${province.id}/figures?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(403);
  });
});

describe('the public transparency page', () => {
  it('shows, without JavaScript or personal data, the percentages computed from the stored rows', async () => {
    const from = '2026-02-01';
    const to = '2026-09-30';
    const page = await new Client(t.app).get(`/cong-khai?don-vi=${province.code}&tu=${from}&den=${to}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain(applicant.name);
    expect(page.body).not.toContain(applicant.phone);
    const raw = await rawFigures(
      communes.map((c) => c.id),
      from,
      to,
    );
    const cell = (figure: string) => {
      const row = new RegExp(`<tr data-figure="${figure}">(.*?)</tr>`, 's').exec(page.body)![1]!;
      // The chosen period is the third column; on a phone each value carries its column's name.
      return [...row.matchAll(/<td class="num" data-label=".*?">(.*?)<\/td>/g)].map((m) => m[1]!)[2]!;
    };
    const vn = (value: number | null) =>
      value === null ? '—' : `${value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
    expect(cell('received')).toBe(raw.received.toLocaleString('vi-VN'));
    expect(cell('late')).toBe(raw.late.toLocaleString('vi-VN'));
    expect(cell('satisfied-percent')).toBe(vn(pct(raw.very + raw.satisfied, raw.total)));
    expect(cell('very-satisfied-percent')).toBe(vn(pct(raw.very, raw.total)));
    expect(cell('in-progress')).toBe(raw.in_progress.toLocaleString('vi-VN'));
    expect(cell('in-progress-overdue')).toBe(raw.overdue.toLocaleString('vi-VN'));
    expect(cell('on-time-percent')).toBe(vn(onTimePercent(raw)));
    expect(raw.in_progress).toBeGreaterThan(0);
    expect(raw.total).toBeGreaterThan(0);
    expect(page.body).toContain('<td class="num" data-label="Kỳ đã chọn">');
    expect(page.body).toContain('<li><strong>Kỳ đã chọn:</strong> 01/02/2026 – 30/09/2026</li>');
    expect(Buffer.byteLength(page.body)).toBeLessThan(100_000);
  });

  it('lists units with figures, and answers a wrong code or period with a clear message', async () => {
    const chooser = await new Client(t.app).get('/cong-khai');
    expect(chooser.body).toContain(`/cong-khai?don-vi=${communes[0]!.code}`);
    const unknown = await new Client(t.app).get('/cong-khai?don-vi=KHONGCO');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Không có đơn vị mã KHONGCO');
    const badPeriod = await new Client(t.app).get(`/cong-khai?don-vi=${province.code}&tu=2026-05-01&den=2026-01-01`);
    expect(badPeriod.statusCode).toBe(400);
  });
});
