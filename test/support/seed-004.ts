/**
 * Seed 004's year of work entered through the API at one unit (year 2025): 29 periodic reception
 * days with 786 visits, 7 dialogues while settling petitions, 402 petitions of which 317 settled,
 * 183 mediation teams with 1,333 mediators and 96 of 118 cases settled, 5 / 137 / 259 models and
 * 384 contest entries, and the two programme indicators the unit declares.
 */
import { expect } from 'vitest';
import type { Staff } from './factories.js';
import { createUnit, type TestApp } from './test-app.js';

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const ok = (response: { statusCode: number; body: string }, status = 201) => expect(response.statusCode, response.body).toBe(status);

function weekdays(count: number, step: number): string[] {
  const days: string[] = [];
  for (let n = 0; days.length < count; n += step) {
    const date = new Date(Date.UTC(2025, 1, 3) + n * 86_400_000).toISOString().slice(0, 10);
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) days.push(date);
  }
  return days;
}

export async function enterReception(officer: Staff, unitId: string) {
  const days = weekdays(29, 7);
  for (const [index, date] of days.entries()) {
    const planned = await officer.client.post('/api/v1/reception/sessions', {
      unitId,
      hostBody: 'peoples_committee',
      hostRole: 'commune_chairman',
      hostName: 'Chủ tịch UBND',
      place: 'Trụ sở UBND',
      date,
    });
    ok(planned);
    ok(
      await officer.client.post(
        `/api/v1/reception/sessions/${planned.data.id}/outcome`,
        { action: 'held', heldByName: 'Chủ tịch UBND' },
        ifMatch(1),
      ),
      200,
    );
    for (let n = 0; n < (index >= 26 ? 28 : 27); n += 1)
      ok(
        await officer.client.post('/api/v1/reception/visits', {
          unitId,
          sessionId: planned.data.id,
          visitedAt: `${date}T08:${String(10 + (n % 40)).padStart(2, '0')}:00+07:00`,
          citizens: [{ fullName: `Công dân ${index}-${n}` }],
          contentSummary: 'Hỏi về chính sách hỗ trợ',
          nature: 'recommendation',
          outcome: 'answered',
        }),
      );
  }
}

/** 402 petitions (7 complaints settled through a dialogue each), 317 of the others filed. */
export async function enterPetitions(officer: Staff, unitId: string) {
  const kinds = ['recommendation', 'reflection', 'denunciation', 'recommendation'] as const;
  const made: { id: string; version: number }[] = [];
  for (let n = 0; n < 402; n += 1) {
    const complaint = n < 7;
    const response = await officer.client.post('/api/v1/petitions', {
      unitId,
      channel: n % 3 === 0 ? 'post' : 'reception',
      kind: complaint ? 'complaint' : kinds[n % kinds.length],
      receivedAt: `2025-${String(1 + (n % 11)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}T10:00:00+07:00`,
      contentSummary: `Đơn số ${n} về đất đai`,
      petitioner: { fullName: `Người viết đơn ${n}` },
    });
    ok(response);
    if (complaint) {
      const date = `2025-0${n + 2}-20`;
      const planned = await officer.client.post('/api/v1/dialogues', {
        unitId,
        kind: 'complaint_case',
        petitionId: response.data.id,
        hostBody: 'peoples_committee',
        hostName: 'Chủ tịch UBND',
        title: 'Đối thoại giải quyết khiếu nại',
        plannedAt: `${date}T08:00:00+07:00`,
        place: 'Hội trường',
      });
      ok(planned);
      ok(
        await officer.client.post(
          `/api/v1/dialogues/${planned.data.id}/minutes`,
          {
            outcome: 'held',
            heldAt: `${date}T09:00:00+07:00`,
            attendeesCount: 5,
            participants: [{ name: 'Chủ tịch UBND', role: 'Chủ trì', signed: true }],
            agreed: 'Thống nhất hướng giải quyết',
          },
          ifMatch(1),
        ),
        200,
      );
    } else made.push(response.data);
  }
  for (const petition of made.slice(0, 317))
    ok(await officer.client.post(`/api/v1/petitions/${petition.id}/handling`, { outcome: 'file' }, ifMatch(petition.version)), 200);
}

export async function enterMediation(t: TestApp, officer: Staff, unitId: string) {
  const village = await createUnit(t.admin, { type: 'village', name: 'Thôn Minh Cường', parentId: unitId });
  ok(
    await officer.client.request('PUT', `/api/v1/community/villages/${village.id}/households`, {
      body: { asOf: '2025-01-01', count: 1000 },
    }),
    200,
  );
  const teams: { id: string; mediatorId: string }[] = [];
  for (let n = 0; n < 183; n += 1) {
    const team = await officer.client.post('/api/v1/community/mediation-teams', {
      unitId: village.id,
      name: `Tổ ${n + 1}`,
      establishedOn: '2025-01-05',
    });
    ok(team);
    let mediatorId = '';
    for (let m = 0; m < (n < 52 ? 8 : 7); m += 1) {
      const added = await officer.client.post(`/api/v1/community/mediation-teams/${team.data.id}/mediators`, {
        fullName: `Hòa giải viên ${n}-${m}`,
        sex: m % 2 === 0 ? 'female' : 'male',
        ethnicity: 'Kinh',
        isEthnicMinority: false,
        isLeader: m === 0,
        electedOn: '2025-01-10',
        method: 'household_survey',
        votesFor: 700,
      });
      ok(added, 200);
      mediatorId ||= added.data.mediators[0].id;
    }
    teams.push({ id: team.data.id, mediatorId });
  }
  for (let n = 0; n < 118; n += 1) {
    const { id: teamId, mediatorId } = teams[n % teams.length]!;
    const month = `2025-0${(n % 9) + 1}`;
    const opened = await officer.client.post('/api/v1/community/mediation-cases', {
      teamId,
      receivedAt: `${month}-10T09:00:00+07:00`,
      grounds: 'party_request',
      parties: [{ fullName: `Bên A ${n}` }, { fullName: `Bên B ${n}` }],
      field: 'neighbourhood',
      summary: 'Mâu thuẫn lối đi chung',
      mediatorIds: [mediatorId],
    });
    ok(opened);
    const started = await officer.client.post(
      `/api/v1/community/mediation-cases/${opened.data.id}/steps`,
      { step: 'start', at: `${month}-11T09:00:00+07:00` },
      ifMatch(1),
    );
    const outcome = n < 96 ? 'success' : n < 112 ? 'failure' : 'stopped';
    ok(
      await officer.client.post(
        `/api/v1/community/mediation-cases/${opened.data.id}/steps`,
        { step: 'end', at: `${month}-12T09:00:00+07:00`, outcome },
        ifMatch(started.data.version),
      ),
      200,
    );
  }
}

export async function enterModels(officer: Staff, unitId: string) {
  const levels = [...Array(5).fill('province'), ...Array(137).fill('district'), ...Array(259).fill('grassroots')] as string[];
  for (const [index, level] of levels.entries()) {
    const made = await officer.client.post('/api/v1/community/models', {
      unitId,
      name: `Mô hình ${index + 1}`,
      ownerOrganisation: 'Mặt trận Tổ quốc',
      field: 'An sinh xã hội',
      registeredOn: '2025-01-10',
    });
    ok(made);
    let version = (
      await officer.client.post(`/api/v1/community/models/${made.data.id}/steps`, { step: 'launch', on: '2025-01-20' }, ifMatch(1))
    ).data.version as number;
    for (const at of level === 'province' ? ['district', 'province'] : [level]) {
      const recognised = await officer.client.post(
        `/api/v1/community/models/${made.data.id}/steps`,
        { step: 'recognise', on: at === 'district' ? '2025-05-20' : '2025-11-20', level: at, decisionRef: `${index}/QĐ` },
        ifMatch(version),
      );
      ok(recognised, 200);
      version = recognised.data.version;
    }
  }
  const contest = await officer.client.post('/api/v1/community/contests', {
    unitId,
    title: 'Cuộc thi viết về gương Dân vận khéo',
    organiser: 'Ban Dân vận',
    opensOn: '2025-06-01',
    closesOn: '2025-09-30',
  });
  ok(contest);
  for (let n = 0; n < 384; n += 1)
    ok(
      await officer.client.post(`/api/v1/community/contests/${contest.data.id}/entries`, {
        title: `Bài dự thi ${n + 1}`,
        author: `Tác giả ${n + 1}`,
        submittedOn: '2025-07-15',
      }),
    );
}

export async function declareIndicators(officer: Staff, unitId: string) {
  const year = { from: '2025-01-01', to: '2025-12-31' };
  ok(
    await officer.client.post('/api/v1/reports/declarations', {
      unitId,
      kind: 'indicator',
      label: 'Tổng số xã đạt chuẩn nông thôn mới',
      value: 24,
      denominator: 28,
      unitWord: 'xã',
      ...year,
    }),
  );
  ok(
    await officer.client.post('/api/v1/reports/declarations', {
      unitId,
      kind: 'indicator',
      label: 'Thu ngân sách nhà nước trên địa bàn',
      value: 147.8,
      unitWord: '%',
      ...year,
    }),
  );
}
