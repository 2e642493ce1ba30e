import { anyone, nobody, signedIn, type Case, admin } from './matrix-cases.js';
import { citizenParts } from './matrix-fixture-parts.js';

/** The permission matrix's cases for petitions, identity clearances and settlements: B's are nobody's at A. */
export const petitionCases: Record<string, Case | Case[]> = {
  'POST /api/v1/petitions': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/petitions',
      json: { unitId: fx.units.b.id, channel: 'post', kind: 'reflection', contentSummary: 'Phản ánh gửi từ ngoài xã B', isAnonymous: true },
    }),
  },
  'GET /api/v1/petitions': [
    { allow: signedIn, request: () => ({ url: '/api/v1/petitions?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/petitions?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'GET /api/v1/petitions/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.petition}` }),
  },
  'POST /api/v1/petitions/{id}/classification-suggestions': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.petition}/classification-suggestions`, json: { decisionKnownOn: '2026-01-05' } }),
  },
  'POST /api/v1/petitions/{id}/classification': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.petition(),
    request: (_fx, made) => ({
      url: `/api/v1/petitions/${made.id}/classification`,
      json: { kind: 'complaint', field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none' },
      headers: { 'if-match': '"1"' },
    }),
  },
  // Filing a petition just received at B needs no classification.
  'POST /api/v1/petitions/{id}/handling': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.petition(),
    request: (_fx, made) => ({ url: `/api/v1/petitions/${made.id}/handling`, json: { outcome: 'file' }, headers: { 'if-match': '"1"' } }),
  },
  'POST /api/v1/petitions/{id}/duplicate-of': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.petition(),
    request: (fx, made) => ({
      url: `/api/v1/petitions/${made.id}/duplicate-of`,
      json: { originalId: fx.b.petition },
      headers: { 'if-match': '"1"' },
    }),
  },
  'GET /api/v1/petitions/{id}/duplicate-candidates': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.denunciation}/duplicate-candidates` }),
  },
  'GET /api/v1/petitions/figures': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/figures?unitId=${fx.units.b.id}&from=2026-01-01&to=2026-12-31` }),
  },
  'GET /api/v1/petitions/{id}/clock': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.petition}/clock` }),
  },
  // B's leader holds the identity clearance at B: the denouncer (the canary) is in the control's answer only.
  'POST /api/v1/petitions/{id}/identity-reads': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.denunciation}/identity-reads`, json: { purpose: 'Kiểm tra quyền đọc danh tính' } }),
  },
  'GET /api/v1/petitions/{id}/identity-reads': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.denunciation}/identity-reads` }),
  },
  'GET /api/v1/identity-clearances': { allow: signedIn, request: () => ({ url: '/api/v1/identity-clearances' }) },
  'POST /api/v1/identity-clearances': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: '/api/v1/identity-clearances', json: { staffId: fx.b.counter.id, unitId: fx.units.b.id } }),
  },
  'POST /api/v1/identity-clearances/{id}/revoke': {
    allow: nobody,
    control: admin,
    setup: (fx) => fx.fresh.clearance(),
    request: (_fx, made) => ({ url: `/api/v1/identity-clearances/${made.id}/revoke`, json: {} }),
  },
  'POST /api/v1/petitions/{id}/settlement': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.acceptedPetition(),
    request: (_fx, made) => ({ url: `/api/v1/petitions/${made.id}/settlement`, json: { decisionRef: '02/TB-TL' } }),
  },
  'GET /api/v1/settlements': [
    { allow: signedIn, request: () => ({ url: '/api/v1/settlements?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/settlements?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'GET /api/v1/petitions/{id}/letter': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.acceptedPetition(),
    request: (_fx, made) => ({ url: `/api/v1/petitions/${made.id}/letter?format=docx` }),
  },
  'GET /api/v1/settlements/{id}/letters/{letter}': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/settlements/${fx.b.settlement}/letters/acceptance_notice` }),
  },
  'POST /api/v1/petitions/{id}/files': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/petitions/${fx.b.petition}/files`,
      parts: [
        { name: 'kind', value: 'evidence' },
        { name: 'file', value: Buffer.from('%PDF-1.4\n%%EOF\n'), filename: 'chung-cu.pdf', type: 'application/pdf' },
      ],
    }),
  },
  'GET /api/v1/petitions/{id}/files': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.petition}/files` }),
  },
  'POST /api/v1/petitions/{id}/files/{fileId}/reads': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/petitions/${fx.b.petition}/files/${fx.b.petitionFile}/reads`,
      json: { purpose: 'Đối chiếu trang đơn gốc' },
    }),
  },
  'GET /api/v1/petitions/{id}/matter': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.petition}/matter` }),
  },
  // B's leader holds the identity clearance at B: protection is dealt with under it.
  'POST /api/v1/petitions/{id}/protection-requests': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/petitions/${fx.b.denunciation}/protection-requests`,
      json: { requestedBy: 'denouncer', measures: ['confidentiality'] },
    }),
  },
  'GET /api/v1/petitions/{id}/protection-requests': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petitions/${fx.b.denunciation}/protection-requests` }),
  },
  'POST /api/v1/protection-requests/{id}/decision': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.protectionRequest(),
    request: (_fx, made) => ({
      url: `/api/v1/protection-requests/${made.id}/decision`,
      json: { action: 'grant', decisionRef: '09/QĐ-BV', measures: ['life_health'] },
    }),
  },
  'GET /api/v1/petition-sync': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petition-sync?unitId=${fx.units.b.id}` }),
  },
  'POST /api/v1/petition-sync/batches': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: async (fx) => fx.fresh.petition(),
    request: (fx) => ({ url: '/api/v1/petition-sync/batches', json: { unitId: fx.units.b.id } }),
  },
  'GET /api/v1/petition-sync/batches/{id}': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/petition-sync/batches/${fx.b.syncBatch}?format=json` }),
  },
  'POST /api/v1/petition-sync/batches/{id}/acknowledge': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.syncBatch(),
    request: (_fx, made) => ({ url: `/api/v1/petition-sync/batches/${made.id}/acknowledge`, json: {} }),
  },
  'GET /api/v1/petitions/duplicate-queue': [
    {
      allow: (actor) => signedIn(actor) && ['reception_officer', 'leader'].includes(actor.role ?? ''),
      request: () => ({ url: '/api/v1/petitions/duplicate-queue' }),
    },
    {
      label: 'unitId=B',
      allow: (actor) => signedIn(actor) && ['reception_officer', 'leader'].includes(actor.role ?? ''),
      request: (fx) => ({ url: `/api/v1/petitions/duplicate-queue?unitId=${fx.units.b.id}` }),
    },
  ],
  'POST /api/v1/petitions/{id}/split': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.mixedPetition(),
    request: (_fx, made) => ({
      url: `/api/v1/petitions/${made.id}/split`,
      json: {
        parts: [
          { kind: 'complaint', contentSummary: 'Phần khiếu nại' },
          { kind: 'reflection', contentSummary: 'Phần phản ánh' },
        ],
      },
      headers: { 'if-match': '"1"' },
    }),
  },
  'POST /api/v1/feedback/{id}/petition': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/feedback/${fx.b.feedbackId}/petition` }),
  },
  'POST /api/v1/petitions/{id}/duplicate-reviews': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/petitions/${fx.b.petition}/duplicate-reviews`,
      json: { candidateId: fx.b.denunciation, decision: 'not_duplicate' },
    }),
  },
  'GET /api/v1/settlements/figures': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/settlements/figures?unitId=${fx.units.b.id}&from=2026-01-01&to=2026-12-31` }),
  },
  'GET /api/v1/settlements/{id}': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/settlements/${fx.b.settlement}` }),
  },
  'POST /api/v1/settlements/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.settlement(),
    request: (_fx, made) => ({
      url: `/api/v1/settlements/${made.id}/steps`,
      json: { step: 'notify', recipients: ['petitioner'] },
      headers: { 'if-match': '"1"' },
    }),
  },
  'GET /phan-anh-kien-nghi': { allow: anyone, request: () => ({ url: '/phan-anh-kien-nghi' }) },
  'POST /phan-anh-kien-nghi': {
    label: 'send to B',
    allow: anyone,
    request: (fx) => ({
      ...citizenParts([
        { name: 'unit', value: fx.units.b.id },
        { name: 'kind', value: 'recommendation' },
        { name: 'content', value: 'Đề nghị làm thêm biển báo giảm tốc trước cổng trường' },
        { name: 'name', value: 'Người gửi thử' },
        { name: 'phone', value: '0912000222' },
      ]),
      url: '/phan-anh-kien-nghi',
    }),
  },
  'GET /phan-anh-kien-nghi/da-gui': { allow: anyone, request: (fx) => ({ url: `/phan-anh-kien-nghi/da-gui?ma=${fx.b.placeReport}` }) },
  'GET /phan-anh-kien-nghi/tra-cuu': { allow: anyone, request: (fx) => ({ url: `/phan-anh-kien-nghi/tra-cuu?ma=${fx.b.placeReport}` }) },
  ...Object.fromEntries(
    (['json', 'xml'] as const).flatMap((format): [string, Case][] => [
      [`GET /open311/v2/services.${format}`, { allow: anyone, request: () => ({ url: `/open311/v2/services.${format}` }) }],
      [`GET /open311/v2/requests.${format}`, { allow: anyone, request: () => ({ url: `/open311/v2/requests.${format}` }) }],
      [
        `GET /open311/v2/requests/{id}.${format}`,
        { allow: anyone, request: (fx) => ({ url: `/open311/v2/requests/${fx.b.placeReport}.${format}` }) },
      ],
      [
        `POST /open311/v2/requests.${format}`,
        {
          label: 'report at B',
          allow: anyone,
          request: (fx) => ({
            url: `/open311/v2/requests.${format}`,
            form: {
              jurisdiction_id: fx.units.b.code,
              service_code: 'road',
              lat: '21.0',
              long: '105.8',
              description: 'Ổ gà lớn giữa đường',
            },
          }),
        },
      ],
    ]),
  ),
};
