import crypto from 'node:crypto';
import type { App } from '../../src/platform/http/deps.js';
import { multipart } from './multipart.js';
import { formEncoded, nextAddress, openCitizenForm, trackingSecretOf } from './citizen-forms.js';
import { buildApplicant, buildDossier, buildProcedure, buildStaff, buildUnitTree, fixtureRandom, submissionFields } from './factories.js';
import type { Client } from './test-app.js';
import { seedCommunity, seedReception, seedReports } from './deployment-fixtures-cases.js';

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
  community: {
    villageId: string;
    teamId: string;
    mediatorId: string;
    caseId: string;
    modelId: string;
    contestId: string;
    legalAidId: string;
    disclosureId: string;
    channelId: string;
    matterId: string;
    consultationId: string;
    findingId: string;
  };
  reports: { runId: string; signedRunId: string; declarationId: string };
};

/** The applicant of the seeded counter dossier, and the base of the fuzz test's intake bodies. */
export const applicant = buildApplicant(fixtureRandom());
export const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), crypto.randomBytes(256), Buffer.from('\n%%EOF\n')]);

export function expectStatus(what: string, response: { statusCode: number; body: string }, status: number) {
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
      if (path.startsWith('/api/v1/community/legal-aid/')) return ids(d.community.legalAidId);
      if (path.startsWith('/api/v1/community/disclosures/')) return ids(d.community.disclosureId);
      if (path.startsWith('/api/v1/community/resident-matters/')) return ids(d.community.matterId);
      if (path.startsWith('/api/v1/community/consultations/')) return ids(d.community.consultationId);
      if (path.startsWith('/api/v1/community/supervision-findings/')) return ids(d.community.findingId);
      if (path.startsWith('/api/v1/reports/runs/')) return ids(d.reports.runId, d.reports.signedRunId);
      if (path.startsWith('/api/v1/reports/declarations/')) return ids(d.reports.declarationId);
      return [];
    }
    const byName: Record<string, (string | undefined)[]> = {
      assignmentId: [d.assignmentId],
      unitId: [d.communeId, d.provinceId, d.community.villageId],
      mediatorId: [d.community.mediatorId],
      channelId: [d.community.channelId],
      villageUnitId: [d.community.villageId],
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
      // A figure with a list behind it, one that needs petitions.read, one without a list (a sum).
      figureId: ['dossiers.received', 'petitions.received', 'mediation.received', 'dossiers.returnedOnTime'],
      from: ['2025-01-01', '2026-01-01'],
      to: ['2025-12-31', '2026-12-31'],
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
    reports: await seedReports(leader.client, commune.id),
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
