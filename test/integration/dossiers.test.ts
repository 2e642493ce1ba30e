import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldStatus } from '../../src/modules/dossiers/dossier-states.js';
import { auditCount, Client, createTestApp, type TestApp } from '../support/test-app.js';
import {
  act,
  buildApplicant,
  buildDossier,
  buildProcedure,
  buildStaff,
  buildUnitTree,
  counterIntake,
  fixtureRandom,
  type IntakeOptions,
  type UnitRef,
} from '../support/factories.js';

let t: TestApp;
let commune: UnitRef;
let otherCommune: UnitRef;
let counter: Client;
let counterName: string;
let leader: Client;
/** The intake at the commune: its unit, the procedure and the applicant (whose name and phone the tracking checks look for). */
let here: IntakeOptions;
const procedure = buildProcedure({ name: 'Đăng ký khai sinh (hồ sơ thử)' });
const applicant = buildApplicant(fixtureRandom(), { name: 'Nguyễn Văn Ánh', phone: '0912345678' });

beforeAll(async () => {
  t = await createTestApp();
  const { communes } = await buildUnitTree(t.admin, { communes: 2 });
  commune = communes[0]!;
  otherCommune = communes[1]!;
  await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure });
  const counterStaff = await buildStaff(t.admin, { unitId: commune.id, roles: ['counter_officer'] });
  counter = counterStaff.client;
  counterName = counterStaff.fullName;
  leader = (await buildStaff(t.admin, { unitId: commune.id, roles: ['leader'] })).client;
  here = { unitId: commune.id, procedureCode: procedure.code, applicant };
});
afterAll(async () => t?.close());

describe('counter intake', () => {
  it('receives a complete dossier with a national code and the appointment from the calendar', async () => {
    const started = new Date();
    const response = await counterIntake(counter, here);
    expect(response.statusCode).toBe(201);
    expect(response.data.outcome).toBe('received');
    const local = new Date(started.getTime() + 7 * 3_600_000).toISOString();
    const day = `${local.slice(2, 4)}${local.slice(5, 7)}${local.slice(8, 10)}`;
    expect(response.data.code).toMatch(new RegExp(`^${commune.code}-${day}-\\d{4}$`));
    const expected = await t.admin.get(
      `/api/v1/calendar/due?start=${encodeURIComponent(started.toISOString())}&workingDays=3&unitId=${commune.id}`,
    );
    expect(response.data.dueAt.slice(0, 10)).toBe(new Date(Date.parse(expected.data.dueAt)).toISOString().slice(0, 10));
    const detail = await counter.get(`/api/v1/dossiers/${response.data.dossierId}`);
    expect(detail.data).toMatchObject({ status: 'processing', nationalStatus: 4, procedureVersion: 1, supplementCount: 0 });
    expect(detail.data.events.map((e: { type: string }) => e.type)).toEqual(['received']);
    // The history names the officer, not their username.
    expect(detail.data.events[0].actorFullName).toBe(counterName);
    expect(detail.data.events[0].actorName).not.toBe(counterName);
    expect(detail.data.allowedActions).toEqual(['hand_over', 'withdraw']);
    const asLeader = await leader.get(`/api/v1/dossiers/${response.data.dossierId}`);
    expect(asLeader.data.allowedActions).toEqual(expect.arrayContaining(['approve', 'request_supplement', 'stop']));
  });

  it('guides an incomplete dossier (no code) and records a refusal with its reason', async () => {
    const guided = await counterIntake(counter, { ...here, documents: [{ index: 1 }] });
    expect(guided.data).toMatchObject({ outcome: 'guided', code: null });
    expect(guided.data.missingDocuments.map((d: { name: string }) => d.name)).toEqual(['Giấy chứng sinh']);
    const refused = await counterIntake(counter, { ...here, refusalReason: 'Không thuộc thẩm quyền giải quyết của UBND xã' });
    expect(refused.data).toMatchObject({ outcome: 'refused', code: null });
    expect((await counter.get(`/api/v1/dossiers/${refused.data.dossierId}`)).data.nationalStatus).toBe(3);
  });

  it('refuses bad applicant data naming the field, writing nothing', async () => {
    const before = await auditCount(t.database);
    const badId = await counterIntake(counter, { ...here, applicant: { ...applicant, citizenId: '999123456789' } });
    expect(badId.statusCode).toBe(400);
    expect(badId.data.errors[0].field).toBe('applicant.citizenId');
    expect(badId.data.errors[0].message).toBe('3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh.');
    const inEnglish = await counter.post(
      '/api/v1/dossiers/counter-intake',
      {
        receivingUnitId: commune.id,
        procedureCode: procedure.code,
        applicant: { ...applicant, citizenId: '12345' },
        documents: [{ index: 1 }],
        delivery: 'counter',
      },
      { 'accept-language': 'en' },
    );
    expect(inEnglish.data.errors[0]).toMatchObject({ field: 'applicant.citizenId', message: '12 digits.' });
    const short = await counterIntake(counter, { ...here, applicant: { ...applicant, citizenId: '12345' } });
    expect(short.data.errors[0].field).toBe('applicant.citizenId');
    const noId = await counterIntake(counter, { ...here, applicant: { ...applicant, citizenId: undefined } });
    expect(noId.data.errors[0].field).toBe('applicant.citizenId');
    const phone = await counterIntake(counter, { ...here, applicant: { ...applicant, phone: '12' } });
    expect(phone.data.errors[0].field).toBe('applicant.phone');
    const index = await counterIntake(counter, { ...here, documents: [{ index: 9 }] });
    expect(index.data.errors[0].field).toBe('documents.0.index');
    expect(await auditCount(t.database)).toBe(before);
  });

  it('gives codes 0001–0200 with no gap or duplicate to 200 concurrent intakes at one unit', async () => {
    const busy = (await buildUnitTree(t.admin)).commune;
    const officer = (await buildStaff(t.admin, { unitId: busy.id, roles: ['counter_officer'] })).client;
    const responses = await Promise.all(Array.from({ length: 200 }, () => counterIntake(officer, { ...here, unitId: busy.id })));
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const sequences = responses.map((r) => Number((r.data.code as string).slice(-4))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  }, 120_000);

  it('is done only by counter staff of the unit', async () => {
    const outsider = (await buildStaff(t.admin, { unitId: otherCommune.id, roles: ['counter_officer'] })).client;
    expect((await counterIntake(outsider, here)).statusCode).toBe(403);
    const specialist = (await buildStaff(t.admin, { unitId: commune.id, roles: ['specialist'] })).client;
    expect((await counterIntake(specialist, here)).statusCode).toBe(403);
    expect((await counterIntake(new Client(t.app), here)).statusCode).toBe(401);
    expect((await outsider.get('/api/v1/dossiers?q=nguyen%20van%20anh')).data.total).toBe(0);
    expect((await counter.get('/api/v1/dossiers?q=nguyen%20van%20anh')).data.total).toBeGreaterThan(0);
  });
});

describe('dossier lifecycle', () => {
  it('runs supplement → approve → return, refuses illegal transitions, and the status is the fold of the events', async () => {
    const { dossierId, code } = await buildDossier(counter, here);
    let version = 1;
    const step = async (client: Client, body: Record<string, unknown>) => {
      const response = await act(client, dossierId, version, body);
      if (response.statusCode === 200) version = response.data.version;
      return response;
    };
    expect(
      (await step(leader, { action: 'request_supplement', reason: 'Thiếu bản sao giấy chứng sinh', missingDocuments: ['Giấy chứng sinh'] }))
        .data.status,
    ).toBe('supplement_requested');
    const resumed = await step(counter, { action: 'receive_supplement' });
    expect(resumed.data.status).toBe('processing');
    expect(Date.parse(resumed.data.dueAt)).toBeGreaterThanOrEqual(Date.parse(resumed.data.originalDueAt));
    const before = await auditCount(t.database);
    const second = await step(leader, { action: 'request_supplement', reason: 'Lần thứ hai', missingDocuments: ['Tờ khai'] });
    expect(second.statusCode).toBe(409);
    expect(second.data.code).toBe('DOSSIER_SUPPLEMENT_LIMIT');
    expect((await act(leader, dossierId, version - 1, { action: 'approve' })).statusCode).toBe(412);
    const approved = await step(leader, { action: 'approve' });
    expect(approved.data).toMatchObject({ status: 'result_ready', nationalStatus: 9 });
    expect(['early', 'on_time']).toContain(approved.data.outcome);
    const again = await act(leader, dossierId, version, { action: 'approve' });
    expect(again.data.code).toBe('DOSSIER_TRANSITION_NOT_ALLOWED');
    const returned = await step(counter, { action: 'return', delivery: 'counter' });
    expect(returned.data).toMatchObject({ status: 'returned', nationalStatus: 10 });
    const twice = await act(counter, dossierId, version, { action: 'return', delivery: 'counter' });
    expect(twice.statusCode).toBe(409);
    expect(twice.data.code).toBe('DOSSIER_ALREADY_RETURNED');
    expect(await auditCount(t.database)).toBe(before + 2);
    const detail = (await counter.get(`/api/v1/dossiers/${dossierId}`)).data;
    expect(foldStatus(detail.events)).toBe(detail.status);

    const tracking = await new Client(t.app).get(`/tra-cuu?ma=${code}&sdt=5678`);
    expect(tracking.statusCode).toBe(200);
    expect(tracking.body).toContain('Đã trả kết quả');
    expect(tracking.body).not.toContain('Nguyễn Văn Ánh');
    expect(tracking.body).not.toContain('0912345678');
    expect(tracking.body).not.toMatch(/<script/i);
    // Words for people only: no national status code, raw event key or actor id.
    expect(tracking.body).not.toMatch(/\(mã \d+\)|handed_over|citizen:/);
    expect((await new Client(t.app).get(`/tra-cuu?ma=${code}&sdt=0000`)).statusCode).toBe(404);
  });

  it('answers a repeated tracking view with 304 Not Modified until something happens to the dossier', async () => {
    const { dossierId, code } = await buildDossier(counter, { ...here, applicant: { phone: '0987000246' } });
    const citizen = new Client(t.app);
    const path = `/tra-cuu?ma=${code}&sdt=0246`;
    const first = await citizen.get(path);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const again = await citizen.get(path, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await citizen.get(path, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    // Another dossier's tag, or a wrong phone, never answers 304.
    expect((await citizen.get(path, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    expect((await citizen.get(`/tra-cuu?ma=${code}&sdt=1111`, { 'if-none-match': etag })).statusCode).toBe(404);

    expect((await act(counter, dossierId, 1, { action: 'withdraw' })).statusCode).toBe(200);
    const changed = await citizen.get(path, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('Công dân rút hồ sơ');
  });

  it('reschedules once, at least one working day before the appointment, to a later date', async () => {
    const { dossierId, dueAt } = await buildDossier(counter, here);
    const earlier = await act(leader, dossierId, 1, {
      action: 'reschedule',
      reason: 'Chờ xác minh',
      newDueAt: new Date(Date.parse(dueAt) - 3_600_000).toISOString(),
    });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.data.errors[0].field).toBe('newDueAt');
    const later = new Date(Date.parse(dueAt) + 7 * 86_400_000).toISOString();
    const moved = await act(leader, dossierId, 1, {
      action: 'reschedule',
      reason: 'Chờ kết quả xác minh của cơ quan khác',
      newDueAt: later,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data).toMatchObject({ rescheduleCount: 1, dueAt: later });
    expect(moved.data.originalDueAt).toBe(new Date(dueAt).toISOString());
    const secondTime = await act(leader, dossierId, 2, {
      action: 'reschedule',
      reason: 'Lần nữa',
      newDueAt: new Date(Date.parse(later) + 86_400_000).toISOString(),
    });
    expect(secondTime.data.code).toBe('DOSSIER_RESCHEDULE_LIMIT');
  });

  it('routes the steps between units and levels, recording every hand-over with its time and the step outcome', async () => {
    const { province, commune: communeB } = await buildUnitTree(t.admin, { serviceCentres: true });
    const centre = communeB.centre!;
    const interAgency = buildProcedure({
      name: 'Thủ tục liên thông hai cấp (thử)',
      steps: [
        { name: 'Tiếp nhận hồ sơ', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 4 },
        { name: 'Thẩm định tại xã', handlerUnitType: 'commune', role: 'specialist', budgetHours: 8 },
        { name: 'Phê duyệt cấp tỉnh', handlerUnitType: 'province', role: 'leader', budgetHours: 12 },
      ],
    });
    expect((await t.admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure: interAgency })).statusCode).toBe(201);
    const officer = (await buildStaff(t.admin, { unitId: communeB.id, roles: ['counter_officer'] })).client;
    const specialist = (await buildStaff(t.admin, { unitId: communeB.id, roles: ['specialist'] })).client;
    const provinceLeader = (await buildStaff(t.admin, { unitId: province.id, roles: ['leader'] })).client;
    const received = await buildDossier(officer, { ...here, unitId: communeB.id, procedureCode: interAgency.code });
    const id = received.id;
    let detail = received.detail;
    expect(detail.tasks.map((task: { unitId: string; status: string }) => [task.unitId, task.status])).toEqual([
      [centre.id, 'active'],
      [communeB.id, 'waiting'],
      [province.id, 'waiting'],
    ]);
    expect((await act(specialist, id, detail.version, { action: 'hand_over' })).statusCode).toBe(403);
    detail = (await act(officer, id, detail.version, { action: 'hand_over', note: 'Chuyển thẩm định' })).data;
    expect(detail.tasks[1]).toMatchObject({ status: 'active' });
    expect(detail.tasks[1].dueAt).not.toBeNull();
    expect((await act(officer, id, detail.version, { action: 'hand_over' })).statusCode).toBe(403);
    detail = (await act(specialist, id, detail.version, { action: 'hand_over' })).data;
    expect(detail.tasks[2]).toMatchObject({ status: 'active', unitId: province.id });
    const back = await act(provinceLeader, id, detail.version, {
      action: 'return_to_step',
      stepIndex: 1,
      reason: 'Cần thẩm định lại diện tích',
    });
    expect(back.statusCode).toBe(200);
    detail = back.data;
    detail = (await act(specialist, id, detail.version, { action: 'hand_over' })).data;
    detail = (await act(provinceLeader, id, detail.version, { action: 'approve' })).data;
    expect(detail.status).toBe('result_ready');
    detail = (await act(officer, id, detail.version, { action: 'return', delivery: 'counter' })).data;
    expect(detail.status).toBe('returned');
    const handovers = detail.events.filter((e: { type: string }) => e.type === 'handed_over');
    expect(handovers.map((e: { data: { toUnitId: string } }) => e.data.toUnitId)).toEqual([communeB.id, province.id, province.id]);
    expect(
      detail.tasks
        .filter((task: { status: string }) => task.status === 'done')
        .every((task: { outcome: string }) => ['early', 'on_time', 'late'].includes(task.outcome)),
    ).toBe(true);
    expect(detail.tasks.map((task: { status: string }) => task.status)).toContain('returned');
    expect(foldStatus(detail.events)).toBe('returned');
  });
});
