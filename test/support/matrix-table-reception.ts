import { nobody, signedIn, type Case } from './matrix-cases.js';

const ifMatch1 = { 'if-match': '"1"' };
const conclusion = (unitId: string) => ({
  text: 'Trả lời bằng văn bản',
  publicText: 'Trả lời bằng văn bản',
  ownerUnitId: unitId,
  ownerName: 'Văn phòng',
  workingDays: 10,
  expectedEvidence: 'Văn bản trả lời',
});

/** The permission matrix's cases for reception, dialogues and commitments: B's are nobody's at A; lists are filtered by reach. */
export const receptionCases: Record<string, Case | Case[]> = {
  'POST /api/v1/reception/sessions': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/reception/sessions',
      json: {
        unitId: fx.units.b.id,
        hostBody: 'peoples_committee',
        hostRole: 'commune_chairman',
        hostName: 'X',
        place: 'Y',
        date: '2026-12-30',
      },
    }),
  },
  'GET /api/v1/reception/sessions': { allow: signedIn, request: () => ({ url: '/api/v1/reception/sessions?pageSize=200' }) },
  'GET /api/v1/reception/sessions/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/reception/sessions/${fx.reception.session}` }),
  },
  'GET /api/v1/reception/sessions/{id}/bookings': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/reception/sessions/${fx.reception.session}/bookings` }),
  },
  'POST /api/v1/reception/sessions/{id}/outcome': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reception.fresh.session(),
    request: (_fx, made) => ({
      url: `/api/v1/reception/sessions/${made.id}/outcome`,
      json: { action: 'cancelled', reason: 'Bận họp' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/reception/sessions/{id}/conclusions': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/reception/sessions/${fx.reception.session}/conclusions`,
      json: { conclusions: [conclusion(fx.units.b.id)] },
    }),
  },
  'GET /api/v1/reception/plan': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/reception/plan?unitId=${fx.units.b.id}&hostRole=commune_chairman&year=2026` }),
  },
  'GET /api/v1/reception/compliance': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/reception/compliance?unitId=${fx.units.b.id}&from=2026-01-01&to=2026-12-31` }),
  },
  'POST /api/v1/reception/visits': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/reception/visits',
      json: {
        unitId: fx.units.b.id,
        citizens: [{ fullName: 'Công dân' }],
        contentSummary: 'Hỏi chính sách',
        nature: 'other',
        outcome: 'answered',
      },
    }),
  },
  'GET /api/v1/reception/visits': [
    { allow: signedIn, request: () => ({ url: '/api/v1/reception/visits?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/reception/visits?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'GET /api/v1/reception/visits/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/reception/visits/${fx.reception.visit}` }),
  },
  'POST /api/v1/reception/visits/{id}/petition': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reception.fresh.visit(),
    request: (_fx, made) => ({ url: `/api/v1/reception/visits/${made.id}/petition`, json: { kind: 'complaint', signedBy: 'signature' } }),
  },
  'POST /api/v1/reception/visits/{id}/answer': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reception.fresh.visit(),
    request: (_fx, made) => ({ url: `/api/v1/reception/visits/${made.id}/answer`, json: { answer: 'accepted' } }),
  },
  'GET /api/v1/reception/visits/{id}/letters/{letter}': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/reception/visits/${fx.reception.visit}/letters/receipt?format=docx` }),
  },
  'GET /api/v1/reception/figures': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/reception/figures?unitId=${fx.units.b.id}&from=2026-01-01&to=2026-12-31` }),
  },
  'POST /api/v1/reception/person-history': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: '/api/v1/reception/person-history', json: { unitId: fx.units.b.id, idNumber: '001099000111' } }),
  },
  'POST /api/v1/dialogues': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/dialogues',
      json: {
        unitId: fx.units.b.id,
        kind: 'thematic',
        hostBody: 'peoples_committee',
        hostName: 'X',
        title: 'Đối thoại',
        plannedAt: '2026-12-30T08:00:00+07:00',
        place: 'Y',
      },
    }),
  },
  'GET /api/v1/dialogues': { allow: signedIn, request: () => ({ url: '/api/v1/dialogues?pageSize=200' }) },
  'GET /api/v1/dialogues/figures': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/dialogues/figures?unitId=${fx.units.b.id}&from=2026-01-01&to=2026-12-31` }),
  },
  'GET /api/v1/dialogues/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/dialogues/${fx.reception.dialogue}` }),
  },
  'POST /api/v1/dialogues/{id}/minutes': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reception.fresh.dialogue(),
    request: (_fx, made) => ({
      url: `/api/v1/dialogues/${made.id}/minutes`,
      json: { outcome: 'cancelled', reason: 'Hoãn' },
      headers: ifMatch1,
    }),
  },
  'GET /api/v1/dialogues/{id}/letters/{letter}': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/dialogues/${fx.reception.dialogue}/letters/minutes?format=docx` }),
  },
  'GET /api/v1/commitments': { allow: signedIn, request: () => ({ url: '/api/v1/commitments?pageSize=200' }) },
  'GET /api/v1/commitments/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/commitments/${fx.reception.commitment}` }),
  },
  'POST /api/v1/commitments/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.reception.fresh.commitment(),
    request: (_fx, made) => ({
      url: `/api/v1/commitments/${made.id}/steps`,
      json: { action: 'progress', progressPct: 50, evidence: 'Đã khảo sát' },
      headers: ifMatch1,
    }),
  },
};
