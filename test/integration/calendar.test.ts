import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree } from '../support/factories.js';
import { findUndecidedRules } from '../../src/modules/calendar/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const due = (client: Client, query: string) => client.get(`/api/v1/calendar/due?${query}`);

describe('working calendar over HTTP', () => {
  it('shows 2025 with its holidays and the swapped Saturday, from the shipped schedule', async () => {
    const year = await t.admin.get('/api/v1/calendar/years/2025');
    expect(year.statusCode).toBe(200);
    expect(year.data.scheduleSource).toBe('shipped');
    const day = (date: string) => year.data.days.find((d: { date: string }) => d.date === date);
    expect(day('2025-01-29')).toMatchObject({ isWorkingDay: false });
    expect(day('2025-01-29').reasons.map((r: { kind: string }) => r.kind)).toContain('holiday');
    expect(day('2025-04-26')).toMatchObject({ isWorkingDay: true });
    expect(day('2025-05-02')).toMatchObject({ isWorkingDay: false });
    expect(day('2025-09-01')).toMatchObject({ isWorkingDay: false });
    expect(year.data.days).toHaveLength(365);
    expect(year.data.workingHours).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(year.data).toMatchObject({ isProvisional: false, confidence: 'confirmed', seasonalHours: [] });
  });

  it('marks a year without a published schedule as provisional, and the days that may still change', async () => {
    const year = (await t.admin.get('/api/v1/calendar/years/2027')).data;
    expect(year).toMatchObject({ scheduleSource: 'none', isProvisional: true, confidence: 'provisional' });
    const day = (date: string) => year.days.find((d: { date: string }) => d.date === date);
    // Tết 2027 by the rules alone (Fri 5 – Thu 11 Feb) and the bridge day Fri 12 Feb; an ordinary March day is not provisional.
    expect(day('2027-02-08')).toMatchObject({ isWorkingDay: false, isProvisional: true });
    expect(day('2027-02-12')).toMatchObject({ isWorkingDay: true, isProvisional: true });
    expect(day('2027-03-10')).toMatchObject({ isWorkingDay: true, isProvisional: false });
    // 2026 has a schedule with one unconfirmed day (1 Sep) and the undecided Vietnam Culture Day.
    const year2026 = (await t.admin.get('/api/v1/calendar/years/2026')).data;
    expect(year2026).toMatchObject({ isProvisional: false, confidence: 'partly-confirmed' });
    expect(year2026.days.filter((d: { isProvisional: boolean }) => d.isProvisional).map((d: { date: string }) => d.date)).toEqual([
      '2026-09-01',
      '2026-11-24',
    ]);
  });

  it('computes due dates across Tết and the 30/4 swap, and refuses bad input naming the field', async () => {
    expect((await due(t.admin, 'start=2025-01-24T09:00:00%2B07:00&workingDays=3')).data.dueAt).toBe('2025-02-05T17:00:00+07:00');
    expect((await due(t.admin, 'start=2025-04-25T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2025-04-26T17:00:00+07:00');
    // After the cut-off on Thu 12 Feb 2026: Fri 13 is both the receipt day and day 1.
    expect((await due(t.admin, 'start=2026-02-12T16:00:00%2B07:00&workingDays=1')).data).toMatchObject({
      receiptDay: '2026-02-13',
      dueAt: '2026-02-13T17:00:00+07:00',
    });
    expect((await due(t.admin, 'start=2025-06-11T15:30:00%2B07:00&sameDay=true')).data).toMatchObject({
      limit: { value: 0, unit: 'same-day' },
      dueAt: '2025-06-12T17:00:00+07:00',
    });
    expect((await due(t.admin, 'start=2026-01-15T14:00:00%2B07:00&calendarDays=30')).data.dueAt).toBe('2026-02-23T17:00:00+07:00');
    expect((await due(t.admin, 'start=2025-06-11T08:00:00%2B07:00&workingHours=8')).data.dueAt).toBe('2025-06-11T17:00:00+07:00');
    const missing = await due(t.admin, 'start=2025-01-24T09:00:00%2B07:00');
    expect(missing.statusCode).toBe(400);
    expect(missing.data.errors[0].field).toBe('workingDays');
    expect((await due(t.admin, 'start=yesterday&workingDays=1')).data.errors[0].field).toBe('start');
  });

  it('lets an administrator correct a year, import and export it as JSON, and every deadline follows', async () => {
    const exported = await t.admin.get('/api/v1/calendar/schedules/2026');
    expect(exported.headers.etag).toBe('"0"');
    const schedule = exported.data;
    const adjacent = schedule.entries.find((e: { date: string }) => e.date === '2026-09-01');
    expect(adjacent.isConfirmed).toBe(false);
    const corrected = {
      ...schedule,
      entries: schedule.entries.map((e: { date: string }) =>
        e.date === '2026-09-01' ? { ...e, date: '2026-09-03', isConfirmed: true, source: 'Thông báo của Bộ Nội vụ (ví dụ)' } : e,
      ),
    };
    const before = await auditCount(t.database);
    const invalid = await t.admin.request('PUT', '/api/v1/calendar/schedules/2026', {
      body: { ...corrected, entries: [{ ...corrected.entries[0], date: '2027-01-01' }] },
      headers: { 'if-match': '"0"' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.data.errors[0].field).toBe('entries.0.date');
    expect(await auditCount(t.database)).toBe(before);
    const saved = await t.admin.request('PUT', '/api/v1/calendar/schedules/2026', { body: corrected, headers: { 'if-match': '"0"' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    const stale = await t.admin.request('PUT', '/api/v1/calendar/schedules/2026', { body: corrected, headers: { 'if-match': '"0"' } });
    expect(stale.statusCode).toBe(412);
    expect((await due(t.admin, 'start=2026-08-31T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2026-09-01T17:00:00+07:00');
    expect((await t.admin.get('/api/v1/calendar/years/2026')).data.scheduleSource).toBe('stored');
    expect((await t.admin.delete('/api/v1/calendar/schedules/2026')).statusCode).toBe(204);
    expect((await due(t.admin, 'start=2026-08-31T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2026-09-03T17:00:00+07:00');
  });

  it('shows Vietnam Culture Day as undecided until an administrator decides, then who decided and when', async () => {
    expect((await due(t.admin, 'start=2026-11-23T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2026-11-24T17:00:00+07:00');
    const rules = await t.admin.get('/api/v1/calendar/rules');
    const culture = rules.data.rules.find((r: { name: { vi: string } }) => r.name.vi.includes('Văn hóa'));
    expect(culture).toMatchObject({
      isEnabledByDefault: false,
      effectiveFrom: '2026-07-01',
      isConfirmed: false,
      confidence: 'partly-confirmed',
      decision: { isDecided: false, isEnabled: false, decidedBy: null, decidedAt: null },
    });
    expect(culture.legalBasis).toContain('28/2026/QH16');
    expect(rules.data.undecidedRules).toEqual(['culture-day']);
    expect((await findUndecidedRules(t.database.db)).map((rule) => rule.occasion)).toEqual(['culture-day']);
    const switched = await t.admin.request('PUT', '/api/v1/calendar/rules', {
      body: { ruleSettings: { [culture.occasion]: { isEnabled: true, decidedBy: 'not taken from the client' } } },
      headers: { 'if-match': String(rules.headers.etag) },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.data.ruleSettings).toEqual({ 'culture-day': { isEnabled: true } });
    const after = (await t.admin.get('/api/v1/calendar/rules')).data;
    const decision = after.rules.find((r: { occasion: string }) => r.occasion === 'culture-day').decision;
    expect(decision).toMatchObject({ isDecided: true, isEnabled: true });
    expect(decision.decidedBy).not.toBe('not taken from the client');
    expect(decision.decidedBy.length).toBeGreaterThan(0);
    expect(Date.parse(decision.decidedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(after.undecidedRules).toEqual([]);
    expect(await findUndecidedRules(t.database.db)).toEqual([]);
    expect((await due(t.admin, 'start=2026-11-23T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2026-11-25T17:00:00+07:00');
    expect((await due(t.admin, 'start=2025-11-21T09:00:00%2B07:00&workingDays=1')).data.dueAt).toBe('2025-11-24T17:00:00+07:00');
    const year2026 = (await t.admin.get('/api/v1/calendar/years/2026')).data;
    expect(year2026.days.find((d: { date: string }) => d.date === '2026-11-24')).toMatchObject({
      isWorkingDay: false,
      isProvisional: false,
    });
  });

  it('keeps a unit’s summer and winter hours, each day counted with the hours in force', async () => {
    const { commune } = await buildUnitTree(t.admin);
    const hours = {
      workingHours: [
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '17:00' },
      ],
      seasonalHours: [
        {
          name: 'Giờ làm việc mùa hè',
          from: '05-01',
          to: '09-30',
          windows: [
            { start: '07:00', end: '11:30' },
            { start: '13:30', end: '17:00' },
          ],
        },
      ],
    };
    const saved = await t.admin.request('PUT', `/api/v1/units/${commune.id}/calendar`, { body: hours });
    expect(saved.statusCode).toBe(200);
    expect(saved.data.settings.seasonalHours).toEqual(hours.seasonalHours);
    const unit = `unitId=${commune.id}`;
    expect((await due(t.admin, `start=2025-06-10T07:00:00%2B07:00&workingHours=8&${unit}`)).data.dueAt).toBe('2025-06-10T17:00:00+07:00');
    expect((await due(t.admin, `start=2025-12-10T07:30:00%2B07:00&workingHours=8&${unit}`)).data.dueAt).toBe('2025-12-10T17:00:00+07:00');
    // 2 h on Tue 30 Sep (summer), 2 h from 07:30 on Wed 1 Oct (winter).
    expect((await due(t.admin, `start=2025-09-30T15:00:00%2B07:00&workingHours=4&${unit}`)).data.dueAt).toBe('2025-10-01T09:30:00+07:00');
    const year = (await t.admin.get(`/api/v1/calendar/years/2025?${unit}`)).data;
    expect(year.seasonalHours).toEqual([
      { name: 'Giờ làm việc mùa hè', from: '05-01', to: '09-30', windows: hours.seasonalHours[0]!.windows },
    ]);
    const overlapping = await t.admin.request('PUT', `/api/v1/units/${commune.id}/calendar`, {
      body: { seasonalHours: [...hours.seasonalHours, { ...hours.seasonalHours[0], name: 'Thu', from: '09-01', to: '10-31' }] },
    });
    expect(overlapping.statusCode).toBe(400);
    const badDay = await t.admin.request('PUT', `/api/v1/units/${commune.id}/calendar`, {
      body: { seasonalHours: [{ ...hours.seasonalHours[0], from: '13-01' }] },
    });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.data.errors[0].field).toBe('seasonalHours.0.from');
  });

  it("keeps a unit's own days and hours separate, managed by that unit's administrator only", async () => {
    const { communes } = await buildUnitTree(t.admin, { communes: 2 });
    const commune = communes[0]!;
    const other = communes[1]!;
    const localAdmin = await buildStaff(t.admin, { unitId: commune.id, roles: ['administrator'] });
    const settings = {
      extraDaysOff: [{ date: '2025-03-12', reason: 'Bầu cử bổ sung' }],
      openingHours: [{ weekday: 6, windows: [{ start: '07:30', end: '11:30' }] }],
    };
    expect((await localAdmin.client.request('PUT', `/api/v1/units/${other.id}/calendar`, { body: settings })).statusCode).toBe(403);
    expect((await localAdmin.client.request('PUT', `/api/v1/units/${commune.id}/calendar`, { body: settings })).statusCode).toBe(200);
    expect((await due(t.admin, `start=2025-03-11T09:00:00%2B07:00&workingDays=1&unitId=${commune.id}`)).data.dueAt).toBe(
      '2025-03-13T17:00:00+07:00',
    );
    expect((await due(t.admin, `start=2025-03-11T09:00:00%2B07:00&workingDays=1&unitId=${other.id}`)).data.dueAt).toBe(
      '2025-03-12T17:00:00+07:00',
    );
    const saturday = (await t.admin.get(`/api/v1/calendar/years/2025?unitId=${commune.id}`)).data.days.find(
      (d: { date: string }) => d.date === '2025-03-15',
    );
    expect(saturday.isWorkingDay).toBe(false);
    const badHours = await t.admin.request('PUT', `/api/v1/units/${commune.id}/calendar`, {
      body: { workingHours: [{ start: '25:00', end: '11:00' }] },
    });
    expect(badHours.statusCode).toBe(400);
    expect(badHours.data.errors[0].field).toBe('workingHours.0.start');
  });

  it('is read by staff and refused to anonymous callers', async () => {
    expect((await new Client(t.app).get('/api/v1/calendar/years/2025')).statusCode).toBe(401);
    const counter = await buildStaff(t.admin, { roles: ['counter_officer'] });
    expect((await counter.client.get('/api/v1/calendar/years/2025')).statusCode).toBe(200);
    expect((await counter.client.request('PUT', '/api/v1/calendar/rules', { body: { ruleSettings: {} } })).statusCode).toBe(403);
  });
});

describe.runIf(!process.env.DATABASE_URL)('motcua calendar due', () => {
  it('prints the due instant as ISO 8601 with +07:00 on one line', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-cli-'));
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      [path.join(root, 'bin/motcua.mjs'), 'calendar', 'due', '--start', '2025-01-24T09:00:00+07:00', '--working-days', '3'],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', MOTCUA_DATA_DIR: dataDir },
      },
    );
    expect(stdout).toBe('2025-02-05T17:00:00+07:00\n');
    await expect(
      run(process.execPath, [path.join(root, 'bin/motcua.mjs'), 'calendar', 'due', '--start', 'tomorrow', '--working-days', '3'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', MOTCUA_DATA_DIR: dataDir },
      }),
    ).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
