/** The reception, dialogue and community records the fuzz and the malformed-input tests address. */
import type { Client } from './test-app.js';
import { applicant, expectStatus, type Deployment } from './deployment-fixtures.js';

/** A reception session held yesterday with a log entry, one published a week ahead (booked on the portal), and a dialogue held with one commitment. */
export async function seedReception(leader: Client, unitId: string): Promise<Deployment['reception']> {
  const day = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  const host = { unitId, hostBody: 'peoples_committee', hostName: 'Chủ tịch UBND xã' };
  const session = await leader.post('/api/v1/reception/sessions', { ...host, hostRole: 'commune_chairman', place: 'Trụ sở', date: day });
  expectStatus('reception session', session, 201);
  const held = await leader.post(
    `/api/v1/reception/sessions/${session.data.id}/outcome`,
    { action: 'held', heldByName: 'Chủ tịch' },
    { 'if-match': '"1"' },
  );
  expectStatus('session held', held, 200);
  const visit = await leader.post('/api/v1/reception/visits', {
    unitId,
    sessionId: session.data.id,
    visitedAt: `${day}T08:30:00+07:00`,
    citizens: [{ fullName: applicant.name, idNumber: applicant.citizenId, address: applicant.address }],
    contentSummary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất',
    nature: 'complaint',
    outcome: 'answered',
    documents: ['Bản sao quyết định'],
  });
  expectStatus('reception visit', visit, 201);
  const dialogue = await leader.post('/api/v1/dialogues', {
    ...host,
    kind: 'thematic',
    title: 'Đối thoại về giải phóng mặt bằng',
    plannedAt: `${day}T14:00:00+07:00`,
    place: 'Hội trường',
  });
  expectStatus('dialogue', dialogue, 201);
  const minutes = await leader.post(
    `/api/v1/dialogues/${dialogue.data.id}/minutes`,
    {
      outcome: 'held',
      heldAt: `${day}T15:00:00+07:00`,
      attendeesCount: 40,
      participants: [{ name: 'Chủ tịch UBND xã', role: 'Chủ trì', signed: true }],
      agreed: 'Rà soát lại đơn giá bồi thường',
      conclusions: [
        {
          text: 'Rà soát đơn giá',
          publicText: 'Rà soát đơn giá bồi thường',
          ownerUnitId: unitId,
          ownerName: 'Công chức địa chính',
          workingDays: 15,
          expectedEvidence: 'Văn bản rà soát',
        },
      ],
    },
    { 'if-match': '"1"' },
  );
  expectStatus('dialogue minutes', minutes, 200);
  const weekAhead = new Date(Date.now() + 7 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
  const bookable = await leader.post('/api/v1/reception/sessions', {
    ...host,
    hostRole: 'commune_chairman',
    place: 'Trụ sở',
    date: weekAhead,
  });
  expectStatus('bookable reception session', bookable, 201);
  return {
    sessionId: session.data.id,
    visitId: visit.data.id,
    dialogueId: dialogue.data.id,
    commitmentId: minutes.data.commitmentIds[0],
    bookableSessionId: bookable.data.id,
  };
}

/** A village with its households, a mediation team with a mediator, and a case in its book. */
export async function seedCommunity(admin: Client, leader: Client, communeId: string): Promise<Deployment['community']> {
  const village = await admin.post('/api/v1/units', {
    type: 'village',
    name: 'Thôn Nà Lừa',
    code: `V${Date.now() % 1e9}`,
    parentId: communeId,
  });
  expectStatus('village', village, 201);
  expectStatus(
    'households',
    await leader.request('PUT', `/api/v1/community/villages/${village.data.id}/households`, { body: { asOf: '2025-01-01', count: 120 } }),
    200,
  );
  const team = await leader.post('/api/v1/community/mediation-teams', {
    unitId: village.data.id,
    name: 'Tổ hòa giải Nà Lừa',
    establishedOn: '2025-01-05',
  });
  expectStatus('mediation team', team, 201);
  const withMediator = await leader.post(`/api/v1/community/mediation-teams/${team.data.id}/mediators`, {
    fullName: 'Hoàng Thị Én',
    sex: 'female',
    ethnicity: 'Tày',
    isEthnicMinority: true,
    isLeader: true,
    electedOn: '2025-01-10',
    method: 'show_of_hands',
    votesFor: 80,
  });
  expectStatus('mediator', withMediator, 200);
  const mediatorId = withMediator.data.mediators[0].id as string;
  const opened = await leader.post('/api/v1/community/mediation-cases', {
    teamId: team.data.id,
    grounds: 'party_request',
    parties: [{ fullName: 'Nông Văn Một' }, { fullName: 'Lục Thị Hai' }],
    field: 'neighbourhood',
    summary: 'Tranh chấp nước tưới ruộng',
    mediatorIds: [mediatorId],
  });
  expectStatus('mediation case', opened, 201);
  const model = await leader.post('/api/v1/community/models', {
    unitId: communeId,
    name: 'Mô hình "Dân vận khéo" giữ gìn bản sắc',
    ownerOrganisation: 'Hội Phụ nữ',
    field: 'Văn hóa',
    registeredOn: '2025-02-01',
  });
  expectStatus('model', model, 201);
  const contest = await leader.post('/api/v1/community/contests', {
    unitId: communeId,
    title: 'Cuộc thi Dân vận khéo',
    organiser: 'Ban Dân vận',
    opensOn: '2025-01-01',
    closesOn: '2099-12-31',
  });
  expectStatus('contest', contest, 201);
  const legalAid = await leader.post('/api/v1/community/legal-aid', {
    unitId: communeId,
    requester: { fullName: 'Hà Văn Trợ' },
    group: 'poor_household',
    form: 'advice',
    field: 'Đất đai',
    summary: 'Tư vấn thừa kế',
  });
  expectStatus('legal aid', legalAid, 201);
  const disclosure = await leader.post('/api/v1/community/disclosures', {
    unitId: communeId,
    item: 12,
    title: 'Phí, lệ phí do xã thu năm 2026',
    documentDate: '2026-01-05',
    channels: [{ kind: 'posting', startedOn: '2026-01-06' }],
  });
  expectStatus('disclosure', disclosure, 201);
  const matter = await leader.post('/api/v1/community/resident-matters', {
    unitId: village.data.id,
    item: 6,
    title: 'Quy định giờ sinh hoạt nhà văn hóa',
    proposer: 'citizen_initiative',
    proposedOn: '2026-01-05',
    form: 'meeting',
  });
  expectStatus('resident matter', matter, 201);
  const consultation = await leader.post('/api/v1/community/consultations', {
    unitId: communeId,
    subject: 'socio_economic_plan',
    title: 'Kế hoạch phát triển kinh tế - xã hội 2027',
    openedOn: '2026-01-05',
    closesOn: '2026-01-25',
    channels: ['posting', 'website'],
  });
  expectStatus('consultation', consultation, 201);
  const finding = await leader.post('/api/v1/community/supervision-findings', {
    unitId: communeId,
    board: 'people_inspection',
    subject: 'Thu quỹ khuyến học',
    finding: 'Chưa công khai',
    recommendation: 'Công khai tại nhà văn hóa',
    addressedTo: 'UBND xã',
    foundOn: '2026-01-10',
  });
  expectStatus('finding', finding, 201);
  return {
    disclosureId: disclosure.data.id,
    channelId: disclosure.data.channels[0].id,
    matterId: matter.data.id,
    consultationId: consultation.data.id,
    findingId: finding.data.id,
    villageId: village.data.id,
    teamId: team.data.id,
    mediatorId,
    caseId: opened.data.id,
    modelId: model.data.id,
    contestId: contest.data.id,
    legalAidId: legalAid.data.id,
  };
}

/** A report of 2025 drafted, another signed (the year has ended), and a declared indicator. */
export async function seedReports(leader: Client, unitId: string): Promise<Deployment['reports']> {
  const draft = () =>
    leader.post('/api/v1/reports/runs', { unitId, kind: 'dan_van', period: { kind: 'year', cutOffRule: 'calendar', year: 2025 } });
  const run = await draft();
  expectStatus('report run', run, 201);
  const toSign = await draft();
  expectStatus('report run to sign', toSign, 201);
  const named = await leader.patch(`/api/v1/reports/runs/${toSign.data.id}`, { signerName: 'Người ký' }, { 'if-match': '"1"' });
  expectStatus('report signer', named, 200);
  expectStatus('signed report', await leader.post(`/api/v1/reports/runs/${toSign.data.id}/sign`, undefined, { 'if-match': '"2"' }), 200);
  const declaration = await leader.post('/api/v1/reports/declarations', {
    unitId,
    kind: 'indicator',
    label: 'xã đạt chuẩn nông thôn mới',
    value: 24,
    denominator: 28,
    unitWord: 'xã',
    from: '2025-01-01',
    to: '2025-12-31',
  });
  expectStatus('declaration', declaration, 201);
  return { runId: run.data.id, signedRunId: toSign.data.id, declarationId: declaration.data.id };
}
