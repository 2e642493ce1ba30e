import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFor, computeDueAt, type TimeLimit } from '../../src/modules/calendar/index.js';
import { actOnDossier, receiveAtCounter } from '../../src/modules/dossiers/index.js';
import type { DossierAction } from '../../src/modules/dossiers/use-cases/act-on-dossier.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { DomainError } from '../../src/platform/errors/errors.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildApplicant, buildProcedure, buildUnitTree, fixtureRandom } from '../support/factories.js';

/**
 * The supplement and apology rules of the one-stop shop (legal-rules §1.3), on dossiers received at
 * hand-picked instants of 2026, with expectations counted by hand on the 2026 calendar.
 */
let t: TestApp;
let unitId: string;
let deps: Parameters<typeof actOnDossier>[0];
const pausing = buildProcedure({ name: 'Thủ tục tạm dừng khi bổ sung', canPauseForSupplement: true });
const restarting = buildProcedure({ name: 'Thủ tục tính lại từ đầu khi bổ sung', canPauseForSupplement: false });
const complaint = buildProcedure({ name: 'Giải quyết khiếu nại lần đầu (thử)', processingTime: { unit: 'calendar_days', value: 30 } });
const sameDay = buildProcedure({
  name: 'Cấp bản sao trích lục (thử)',
  processingTime: { unit: 'same_day', value: 0 },
  steps: [
    { name: 'Tiếp nhận', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 2 },
    { name: 'Ký, trả kết quả', handlerUnitType: 'commune', role: 'leader', budgetHours: 6 },
  ],
});
const applicant = buildApplicant(fixtureRandom());
const leader: Principal = {
  kind: 'token',
  tokenId: '00000000-0000-4000-8000-000000000002',
  tokenName: 'rules',
  role: 'leader',
  unitId: null,
};
const at = (local: string) => new Date(`${local}+07:00`);

beforeAll(async () => {
  t = await createTestApp();
  unitId = (await buildUnitTree(t.admin)).commune.id;
  for (const procedure of [pausing, restarting, complaint, sameDay])
    await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  deps = { db: t.database.db, access: createAccessPolicy(t.database.db) };
});
afterAll(async () => t?.close());

async function receive(procedureCode: string, receivedAt: Date) {
  const documents = [
    { index: 1, count: 1 },
    { index: 2, count: 1 },
  ];
  const input = { receivingUnitId: unitId, procedureCode, applicant, documents, setCount: 1, delivery: 'counter' as const };
  const intake = await receiveAtCounter(deps, leader, systemContext('rules'), input, receivedAt);
  let version = 1;
  const step = async (command: DossierAction, now: Date) => {
    const row = await actOnDossier(
      deps,
      leader,
      systemContext('rules'),
      { dossierId: intake.dossierId, expectedVersion: version, command },
      now,
    );
    version = row.version;
    return row;
  };
  return { ...intake, step };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const supplement: DossierAction = { action: 'request_supplement', reason: 'Thiếu giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] };

describe('asking for a supplement', () => {
  it('is refused after the third working day from receipt, and accepted on it', async () => {
    // Received Wed 4/3/2026: the window runs Thu 5, Fri 6, Mon 9.
    const late = await receive(pausing.code, at('2026-03-04T09:00:00'));
    const error = await refusal(late.step(supplement, at('2026-03-10T08:30:00')));
    expect(error.code).toBe('DOSSIER_SUPPLEMENT_WINDOW_CLOSED');
    expect(error.params).toMatchObject({ lastDay: '09/03/2026', days: 3 });
    const [row] = await t.database.query<{ count: number }>(
      `select count(*)::int as count from dossier_events where dossier_id = $1 and type = 'supplement_requested'`,
      [late.dossierId],
    );
    expect(row!.count).toBe(0);

    const inTime = await receive(pausing.code, at('2026-03-04T09:00:00'));
    expect((await inTime.step(supplement, at('2026-03-09T16:30:00'))).status).toBe('supplement_requested');
  });

  it('skips holidays in the window: received before 30/4 it stays open until Wed 6/5', async () => {
    const dossier = await receive(pausing.code, at('2026-04-29T10:00:00'));
    expect((await dossier.step(supplement, at('2026-05-06T15:00:00'))).status).toBe('supplement_requested');
  });
});

describe('receiving the supplement', () => {
  it('resumes a pausing procedure: the appointment moves by the working time spent waiting', async () => {
    const dossier = await receive(pausing.code, at('2026-03-04T09:00:00'));
    const calendar = await calendarFor(t.database.db, unitId);
    await dossier.step(supplement, at('2026-03-05T09:00:00'));
    const resumed = await dossier.step({ action: 'receive_supplement' }, at('2026-03-12T09:00:00'));
    // Thu 5/3 09:00 → Thu 12/3 09:00 is five whole working days: the appointment moves five working days.
    expect(Date.parse(resumed.dueAt!)).toBe(computeDueAt(calendar, at('2026-03-04T09:00:00'), { unit: 'working-days', value: 8 }));
    expect(Date.parse(resumed.originalDueAt!)).toBe(Date.parse(dossier.dueAt!));
  });

  it('restarts the time limit from zero for a procedure that does not pause (art. 19(4))', async () => {
    const dossier = await receive(restarting.code, at('2026-03-04T09:00:00'));
    const calendar = await calendarFor(t.database.db, unitId);
    await dossier.step(supplement, at('2026-03-05T09:00:00'));
    const restarted = await dossier.step({ action: 'receive_supplement' }, at('2026-03-16T10:00:00'));
    const limit: TimeLimit = { unit: 'working-days', value: 3 };
    expect(Date.parse(restarted.dueAt!)).toBe(computeDueAt(calendar, at('2026-03-16T10:00:00'), limit));
    const [event] = await t.database.query<{ data: { clockRule: string } }>(
      `select data from dossier_events where dossier_id = $1 and type = 'supplement_received'`,
      [dossier.dossierId],
    );
    expect(event!.data.clockRule).toBe('restart');
  });
});

describe('the apology and new appointment', () => {
  const apology = (newDueAt: string): DossierAction => ({ action: 'reschedule', reason: 'Chờ kết quả xác minh', newDueAt });

  it('is accepted after the appointment has passed, and recorded as late', async () => {
    const dossier = await receive(pausing.code, at('2026-03-04T09:00:00'));
    expect(Date.parse(dossier.dueAt!)).toBeLessThan(at('2026-03-11T09:00:00').getTime());
    const moved = await dossier.step(apology('2026-03-13T10:00:00.000Z'), at('2026-03-11T09:00:00'));
    expect(moved.rescheduleCount).toBe(1);
    const [event] = await t.database.query<{ data: { isTimely: boolean } }>(
      `select data from dossier_events where dossier_id = $1 and type = 'rescheduled'`,
      [dossier.dossierId],
    );
    expect(event!.data.isTimely).toBe(false);
  });

  it('is timely up to the working day before the due day, late on the due day itself', async () => {
    // Received Wed 4/3 with 3 working days: due on Mon 9/3, so the apology is timely until Fri 6/3.
    const receivedAt = at('2026-03-04T09:00:00');
    const timely = await receive(pausing.code, receivedAt);
    expect(timely.dueAt!.slice(0, 10)).toBe('2026-03-09');
    await timely.step(apology('2026-03-20T03:00:00.000Z'), at('2026-03-06T16:45:00'));
    const onTheDay = await receive(pausing.code, receivedAt);
    await onTheDay.step(apology('2026-03-20T03:00:00.000Z'), at('2026-03-09T07:45:00'));
    const rows = await t.database.query<{ dossier_id: string; data: { isTimely: boolean } }>(
      `select dossier_id, data from dossier_events where type = 'rescheduled' and dossier_id = any($1)`,
      [[timely.dossierId, onTheDay.dossierId]],
    );
    const timelyOf = (id: string) => rows.find((row) => row.dossier_id === id)?.data.isTimely;
    expect(timelyOf(timely.dossierId)).toBe(true);
    expect(timelyOf(onTheDay.dossierId)).toBe(false);
  });

  it('refuses a new date on a day off, naming the field', async () => {
    const dossier = await receive(pausing.code, at('2026-03-04T09:00:00'));
    // Saturday 14/3/2026, then Thursday 30/4 (Victory Day).
    for (const dayOff of ['2026-03-14T03:00:00.000Z', '2026-04-30T03:00:00.000Z']) {
      const error = await refusal(dossier.step(apology(dayOff), at('2026-03-05T09:00:00')));
      expect(error.fields[0]).toMatchObject({ field: 'newDueAt', code: 'not_working_day' });
    }
    expect((await dossier.step(apology('2026-03-16T03:00:00.000Z'), at('2026-03-05T09:00:00'))).rescheduleCount).toBe(1);
  });
});

describe('time limits in the units the law uses', () => {
  it('counts 30 calendar days across Tết: received Thu 15/1/2026, day 30 is Sat 14/2 in the break, due Mon 23/2', async () => {
    const dossier = await receive(complaint.code, at('2026-01-15T10:00:00'));
    expect(dossier.dueAt).toBe(at('2026-02-23T17:00:00').toISOString());
  });

  it('is due the same day when received before the cut-off, the next working day after it', async () => {
    expect((await receive(sameDay.code, at('2026-03-04T07:45:00'))).dueAt).toBe(at('2026-03-04T17:00:00').toISOString());
    expect((await receive(sameDay.code, at('2026-03-04T15:30:00'))).dueAt).toBe(at('2026-03-05T17:00:00').toISOString());
    // Friday after the cut-off: Monday.
    expect((await receive(sameDay.code, at('2026-03-06T16:00:00'))).dueAt).toBe(at('2026-03-09T17:00:00').toISOString());
  });

  it('warns at intake when the appointment crosses a day not yet settled (2/9 eve of 2026 has no published notice)', async () => {
    const crossing = await receive(pausing.code, at('2026-08-31T09:00:00'));
    expect(crossing.provisionalDays).toContain('2026-09-01');
    const settled = await receive(pausing.code, at('2026-03-04T09:00:00'));
    expect(settled.provisionalDays).toEqual([]);
  });
});
