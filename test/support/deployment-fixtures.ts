import crypto from 'node:crypto';
import type { App } from '../../src/platform/http/deps.js';
import { multipart } from './multipart.js';
import { formEncoded, nextAddress, openCitizenForm, trackingSecretOf } from './citizen-forms.js';
import { buildApplicant, buildDossier, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, submissionFields } from './factories.js';
import type { Client } from './test-app.js';

/** Real records of every kind a route can address, so that generated requests reach deep code. */
export type Deployment = {
  provinceId: string;
  communeId: string;
  procedureCode: string;
  leader: Client;
  leaderId: string;
  dossierId: string;
  dossierCode: string;
  kioskToken: string;
  kioskId: string;
  spareKioskId: string;
  apiToken: string;
  apiTokenId: string;
  spareTokenId: string;
  staffId: string;
  assignmentId: string;
  fileId: string | undefined;
  trackingSecret: string | undefined;
  onlineDossierId: string | undefined;
  ratingId: string | undefined;
  feedbackId: string | undefined;
  petitionId: string;
  clearanceId: string;
  settlementId: string;
  petitionFileId: string | undefined;
  protectionRequestId: string | undefined;
  syncBatchId: string | undefined;
  reception: { sessionId: string; visitId: string; dialogueId: string; commitmentId: string; bookableSessionId: string };
  community: { villageId: string; teamId: string; mediatorId: string; caseId: string; modelId: string; contestId: string };
};

/** The applicant of the seeded counter dossier, and the base of the fuzz test's intake bodies. */
export const applicant = buildApplicant(fixtureRandom());
export const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(256), Buffer.from('\n%%EOF\n')]);

function expectStatus(what: string, response: { statusCode: number; body: string }, status: number) {
  if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 500)}`);
}

/** Real values by parameter or field name (`id` by the route), so that requests address records that exist. */
export function realValuesFor(d: Deployment, path: string): (name: string) => readonly string[] {
  const ids = (...values: (string | undefined)[]) => values.filter((v): v is string => typeof v === 'string');
  return (name) => {
    if (name === 'id') {
      if (path.includes('/units/')) return ids(d.communeId, d.provinceId);
      if (path.startsWith('/api/v1/staff/')) return ids(d.staffId);
      if (path.startsWith('/api/v1/api-tokens/')) return ids(d.spareTokenId);
      if (path.startsWith('/api/v1/dossiers/')) return ids(d.dossierId, d.onlineDossierId);
      if (path.startsWith('/api/v1/files/')) return ids(d.fileId);
      if (path.startsWith('/api/v1/ratings/kiosks/')) return ids(d.spareKioskId);
      if (path.startsWith('/api/v1/feedback/')) return ids(d.feedbackId);
      if (path.startsWith('/api/v1/petitions/')) return ids(d.petitionId);
      if (path.startsWith('/api/v1/identity-clearances/')) return ids(d.clearanceId);
      if (path.startsWith('/api/v1/settlements/')) return ids(d.settlementId);
      if (path.startsWith('/api/v1/protection-requests/')) return ids(d.protectionRequestId);
      if (path.startsWith('/api/v1/petition-sync/batches/')) return ids(d.syncBatchId);
      if (path.startsWith('/api/v1/reception/sessions/')) return ids(d.reception.sessionId);
      if (path.startsWith('/api/v1/reception/visits/')) return ids(d.reception.visitId);
      if (path.startsWith('/api/v1/dialogues/')) return ids(d.reception.dialogueId);
      if (path.startsWith('/api/v1/commitments/')) return ids(d.reception.commitmentId);
      if (path.startsWith('/api/v1/community/mediation-teams/')) return ids(d.community.teamId);
      if (path.startsWith('/api/v1/community/mediation-cases/')) return ids(d.community.caseId);
      if (path.startsWith('/api/v1/community/models/')) return ids(d.community.modelId);
      if (path.startsWith('/api/v1/community/contests/')) return ids(d.community.contestId);
      return [];
    }
    const byName: Record<string, (string | undefined)[]> = {
      assignmentId: [d.assignmentId],
      unitId: [d.communeId, d.provinceId, d.community.villageId],
      mediatorId: [d.community.mediatorId],
      receivingUnitId: [d.communeId],
      parentId: [d.provinceId],
      dossierId: [d.dossierId, d.onlineDossierId],
      staffId: [d.staffId, d.leaderId],
      ratingId: [d.ratingId],
      fileId: [d.petitionFileId],
      code: [d.procedureCode],
      procedureCode: [d.procedureCode],
      token: [d.kioskToken],
      k: [d.trackingSecret],
      ma: [d.dossierCode],
      number: ['1', '2'],
      'don-vi': [d.communeId],
      citizenId: ['008190007788', '079188034512', '001099000001'],
      sessionId: [d.reception.sessionId, d.reception.bookableSessionId],
    };
    return ids(...(byName[name] ?? []));
  };
}

/** Creates units, a procedure offered online, an officer, dossiers (counter and online), a file, kiosks, tokens and a rating. */
export async function seedDeployment(app: App, admin: Client): Promise<Deployment> {
  const { province, commune } = await buildUnitTree(admin);
  const procedure = buildProcedure({ name: 'Đăng ký khai sinh (kiểm thử đầu vào)' });
  expectStatus('create procedure', await admin.post('/api/v1/procedures', { effectiveFrom: '2025-07-01', procedure }), 201);
  const leader = await buildStaff(admin, { unitId: commune.id, roles: ['leader'] });

  const { dossierId, code: dossierCode } = await buildDossier(leader.client, {
    unitId: commune.id,
    procedureCode: procedure.code,
    applicant,
  });

  const kiosk = await leader.client.post('/api/v1/ratings/kiosks', { unitId: commune.id, label: 'Quầy thử' });
  expectStatus('pair kiosk', kiosk, 201);
  const spareKiosk = await leader.client.post('/api/v1/ratings/kiosks', { unitId: commune.id, label: 'Quầy dự phòng' });
  const token = await admin.post('/api/v1/api-tokens', { name: 'kiểm thử', role: 'supervisor', unitId: null });
  expectStatus('create api token', token, 201);
  const spareToken = await admin.post('/api/v1/api-tokens', { name: 'dự phòng', role: 'supervisor', unitId: null });
  const staff = await buildStaff(admin, { unitId: commune.id, roles: ['specialist'] });
  const assignment = await admin.post(`/api/v1/staff/${staff.id}/roles`, { role: 'supervisor', unitId: commune.id });
  expectStatus('assign role', assignment, 201);

  const upload = multipart([
    { name: 'kind', value: 'submitted' },
    { name: 'file', value: pdf(), filename: 'to-khai.pdf', type: 'application/pdf' },
  ]);
  const file = await leader.client.request('POST', `/api/v1/dossiers/${dossierId}/files`, {
    body: upload.body,
    headers: { 'content-type': upload.contentType },
  });

  const kioskPath = kiosk.data.path as string;
  const { ratingId, feedbackId } = await rateAtKiosk(app, kioskPath, leader.client, commune.id);
  const online = await submitOnline(app, procedure.code, commune.id);
  const onlineList = await leader.client.get('/api/v1/dossiers?status=submitted');
  const petition = await leader.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'reception',
    kind: 'denunciation',
    contentSummary: 'Tố cáo cán bộ thu tiền sai quy định',
    petitioner: { fullName: applicant.name, idNumber: applicant.citizenId, phone: applicant.phone, address: applicant.address },
  });
  expectStatus('petition', petition, 201);
  const clearance = await admin.post('/api/v1/identity-clearances', { staffId: leader.id, unitId: commune.id });
  expectStatus('identity clearance', clearance, 201);
  const settlementId = await acceptForSettlement(leader.client, commune.id);
  const scan = multipart([
    { name: 'kind', value: 'page' },
    { name: 'file', value: pdf(), filename: 'trang-don.pdf', type: 'application/pdf' },
  ]);
  const syncBatch = await leader.client.post('/api/v1/petition-sync/batches', { unitId: commune.id });
  const protection = await leader.client.post(`/api/v1/petitions/${petition.data.id}/protection-requests`, {
    requestedBy: 'denouncer',
    measures: ['confidentiality'],
  });
  const petitionFile = await leader.client.request('POST', `/api/v1/petitions/${petition.data.id}/files`, {
    body: scan.body,
    headers: { 'content-type': scan.contentType },
  });
  return {
    provinceId: province.id,
    communeId: commune.id,
    procedureCode: procedure.code,
    leader: leader.client,
    leaderId: leader.id,
    dossierId,
    dossierCode,
    kioskToken: kioskPath.split('/').pop()!,
    kioskId: kiosk.data.id,
    spareKioskId: spareKiosk.data.id,
    apiToken: token.data.token,
    apiTokenId: token.data.id,
    spareTokenId: spareToken.data.id,
    staffId: staff.id,
    assignmentId: assignment.data.id,
    fileId: file.statusCode === 201 ? file.data.id : undefined,
    trackingSecret: online,
    onlineDossierId: onlineList.data?.items?.[0]?.id,
    ratingId,
    feedbackId,
    petitionId: petition.data.id,
    clearanceId: clearance.data.id,
    settlementId,
    petitionFileId: petitionFile.statusCode === 201 ? petitionFile.data.id : undefined,
    protectionRequestId: protection.statusCode === 201 ? protection.data.id : undefined,
    syncBatchId: syncBatch.statusCode === 201 ? syncBatch.data.id : undefined,
    reception: await seedReception(leader.client, commune.id),
    community: await seedCommunity(admin, leader.client, commune.id),
  };
}

/** A reception session held yesterday with a log entry, one published a week ahead (booked on the portal), and a dialogue held with one commitment. */
async function seedReception(leader: Client, unitId: string): Promise<Deployment['reception']> {
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

/** A recommendation received, classified, proposed for acceptance and accepted: a settlement in progress. */
async function acceptForSettlement(leader: Client, unitId: string): Promise<string> {
  const petition = await leader.post('/api/v1/petitions', {
    unitId,
    channel: 'post',
    kind: 'recommendation',
    contentSummary: 'Kiến nghị sửa cầu tràn thôn Nà Lừa',
    petitioner: { fullName: applicant.name },
  });
  expectStatus('recommendation', petition, 201);
  const id = petition.data.id as string;
  const classification = {
    kind: 'recommendation',
    field: 'other_administrative',
    isEligible: true,
    competence: { scope: 'ours' },
    settlementStatus: 'none',
  };
  expectStatus('classify', await leader.post(`/api/v1/petitions/${id}/classification`, classification, { 'if-match': '"1"' }), 200);
  expectStatus('accept', await leader.post(`/api/v1/petitions/${id}/handling`, { outcome: 'accept' }, { 'if-match': '"2"' }), 200);
  const settlement = await leader.post(`/api/v1/petitions/${id}/settlement`, { decisionRef: '03/TB' });
  expectStatus('settlement', settlement, 201);
  return settlement.data.id as string;
}

async function rateAtKiosk(app: App, kioskPath: string, leader: Client, unitId: string) {
  const page = await openCitizenForm(app, kioskPath);
  if (!page.fields.dossierId) return { ratingId: undefined, feedbackId: undefined };
  const headers = { 'content-type': 'application/x-www-form-urlencoded', ...(page.cookie ? { cookie: page.cookie } : {}) };
  const rated = await app.inject({
    method: 'POST',
    url: kioskPath,
    headers,
    payload: formEncoded({ ...page.fields, level: 'unsatisfied' }),
    remoteAddress: nextAddress(),
  });
  const ratingId = /name="ratingId" value="([^"]+)"/.exec(rated.body)?.[1];
  const formToken = /name="_form" value="([^"]+)"/.exec(rated.body)?.[1] ?? page.fields._form;
  if (ratingId) {
    const details = { ...(formToken ? { _form: formToken } : {}), ratingId, attitude: 'poor', comment: 'Phải chờ lâu ở quầy thử.' };
    await app.inject({
      method: 'POST',
      url: `${kioskPath}/chi-tiet`,
      headers,
      payload: formEncoded(details),
      remoteAddress: nextAddress(),
    });
  }
  const feedback = await leader.get(`/api/v1/feedback?unitId=${unitId}`);
  return { ratingId, feedbackId: feedback.data?.items?.[0]?.id as string | undefined };
}

async function submitOnline(app: App, code: string, unitId: string): Promise<string | undefined> {
  const page = await openCitizenForm(app, `/nop-ho-so/${code}`);
  const fields = { ...page.fields, ...submissionFields(buildApplicant(fixtureRandom()), unitId) };
  const form = multipart([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'doc1', value: pdf(), filename: 'doc1.pdf', type: 'application/pdf' },
    { name: 'doc2', value: pdf(), filename: 'doc2.pdf', type: 'application/pdf' },
  ]);
  const headers = { 'content-type': form.contentType, ...(page.cookie ? { cookie: page.cookie } : {}) };
  const submitted = await app.inject({
    method: 'POST',
    url: `/nop-ho-so/${code}`,
    headers,
    payload: form.body,
    remoteAddress: nextAddress(),
  });
  return trackingSecretOf(submitted);
}

/** A village with its households, a mediation team with a mediator, and a case in its book. */
async function seedCommunity(admin: Client, leader: Client, communeId: string): Promise<Deployment['community']> {
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
  return {
    villageId: village.data.id,
    teamId: team.data.id,
    mediatorId,
    caseId: opened.data.id,
    modelId: model.data.id,
    contestId: contest.data.id,
  };
}
