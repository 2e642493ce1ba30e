import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOpenAtFirstAppointment } from '../../src/modules/dossiers/index.js';
import { rowsOf } from '../../src/platform/db/types.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import {
  buildApplicant,
  buildDossier,
  buildProcedure,
  buildStaff,
  buildUnitTree,
  fixtureRandom,
  type UnitRef,
} from '../support/factories.js';

/**
 * The unfinished dossiers at the end of a day come from the daily counts (migration 0039), kept by
 * the triggers on `dossiers`; at any other instant from the rows. Whatever happens to the rows —
 * receipt, end and appointment moved to any instant (the very edge of a day included), an end
 * before the receipt, a supplement that makes the appointment one to judge one by one, a dossier
 * handed to another unit — both must give the count over the rows at every day's end.
 */
let t: TestApp;
let communes: UnitRef[];
const ids: string[] = [];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The start of a Vietnam day of 2026, counted from 1 January. */
const dayStart = (offset: number) => Date.UTC(2026, 0, 1) - 7 * HOUR + offset * DAY;

beforeAll(async () => {
  t = await createTestApp();
  ({ communes } = await buildUnitTree(t.admin, { communes: 2 }));
  const procedure = buildProcedure({ name: 'Thủ tục thử số hồ sơ chưa xong cuối ngày' });
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  const counter = (await buildStaff(t.admin, { unitId: communes[0]!.id, roles: ['counter_officer'] })).client;
  const random = fixtureRandom();
  for (let index = 0; index < 12; index++) {
    const { id } = await buildDossier(counter, {
      unitId: communes[0]!.id,
      procedureCode: procedure.code,
      applicant: buildApplicant(random),
    });
    ids.push(id);
  }
});
afterAll(async () => t?.close());

/** An instant near the start of one of ten days: at the very start, a millisecond before or after it, or within the day. */
const instant = fc
  .record({ day: fc.nat(9), at: fc.constantFrom(0, -1, 1, 9 * HOUR, 17 * HOUR, DAY - 1) })
  .map(({ day, at }) => new Date(dayStart(day) + at).toISOString());

const change = fc.record({
  dossier: fc.nat(11),
  unit: fc.nat(1),
  receivedAt: fc.option(instant, { nil: null }),
  finishedAt: fc.option(instant, { nil: null }),
  dueAt: fc.option(instant, { nil: null }),
  supplements: fc.constantFrom(0, 0, 1),
});

async function rowCount(unitIds: string[], atMs: number) {
  const at = new Date(atMs).toISOString();
  const [row] = rowsOf<{ open: number; past: number }>(
    await t.database.db.execute(sql`select count(*)::int as open, count(*) filter (where original_due_at < ${at})::int as past
      from dossiers where receiving_unit_id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
        and received_at is not null and received_at < ${at} and (finished_at is null or finished_at >= ${at})
        and supplement_count = 0 and status not in ('supplement_requested', 'awaiting_payment')
        and (clock is null or (clock->>'pausedAt' is null and coalesce(clock->'pauses', '[]'::jsonb) = '[]'::jsonb
          and coalesce(clock->'extensions', '[]'::jsonb) = '[]'::jsonb and coalesce(clock->>'restartCount', '0') = '0'))`),
  );
  return { atMs, open: row!.open, pastFirstAppointment: row!.past };
}

describe('unfinished dossiers at the end of a day', () => {
  it('equal the count over the rows after any change to the rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        for (const c of changes) {
          await t.database.db.execute(sql`update dossiers set receiving_unit_id = ${communes[c.unit]!.id}, received_at = ${c.receivedAt},
            finished_at = ${c.finishedAt}, original_due_at = ${c.dueAt}, supplement_count = ${c.supplements} where id = ${ids[c.dossier]!}`);
        }
        const dayEnds = Array.from({ length: 11 }, (_, day) => dayStart(day));
        for (const unitIds of [[communes[0]!.id], [communes[1]!.id], communes.map((unit) => unit.id)]) {
          const ours = await countOpenAtFirstAppointment(t.database.db, unitIds, dayEnds);
          const expected = await Promise.all(dayEnds.map((atMs) => rowCount(unitIds, atMs)));
          expect(ours).toEqual(expected);
          // Between the ends of days, from the rows: the same as the rows.
          const within = dayEnds.map((atMs) => atMs + 12 * HOUR);
          expect(await countOpenAtFirstAppointment(t.database.db, unitIds, within)).toEqual(
            await Promise.all(within.map((atMs) => rowCount(unitIds, atMs))),
          );
        }
      }),
      { numRuns: 40, seed: 20261207 },
    );
  });
});
