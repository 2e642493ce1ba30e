import { nobody, signedIn, type Case } from './matrix-cases.js';

const ifMatch1 = { 'if-match': '"1"' };

/** The permission matrix's cases for the community registers: B's are nobody's at A; lists are filtered by reach. */
export const communityCases: Record<string, Case | Case[]> = {
  'PUT /api/v1/community/villages/{unitId}/households': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      method: 'PUT',
      url: `/api/v1/community/villages/${fx.community.village}/households`,
      json: { asOf: '2026-01-01', count: 210 },
    }),
  },
  'GET /api/v1/community/villages/{unitId}/households': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/villages/${fx.community.village}/households` }),
  },
  'GET /api/v1/community/villages/{unitId}/resident-votes': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/villages/${fx.community.village}/resident-votes` }),
  },
  'POST /api/v1/community/resident-votes': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/resident-votes',
      json: {
        unitId: fx.community.village,
        item: 4,
        title: 'Bầu trưởng thôn',
        form: 'meeting',
        heldAt: '2025-07-01T08:00:00+07:00',
        present: 120,
        yes: 110,
        no: 10,
      },
    }),
  },
  'POST /api/v1/community/mediation-teams': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/mediation-teams',
      json: { unitId: fx.community.village, name: 'Tổ hai', establishedOn: '2025-02-01' },
    }),
  },
  'GET /api/v1/community/mediation-teams': { allow: signedIn, request: () => ({ url: '/api/v1/community/mediation-teams?pageSize=200' }) },
  'GET /api/v1/community/mediation-teams/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/mediation-teams/${fx.community.team}` }),
  },
  'POST /api/v1/community/mediation-teams/{id}/mediators': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/community/mediation-teams/${fx.community.team}/mediators`,
      json: {
        fullName: 'Người mới',
        sex: 'male',
        ethnicity: 'Kinh',
        isEthnicMinority: false,
        electedOn: '2025-03-01',
        method: 'secret_ballot',
        votesFor: 101,
      },
    }),
  },
  'POST /api/v1/community/mediation-teams/{id}/mediators/{mediatorId}/end': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/community/mediation-teams/${fx.community.team}/mediators/${fx.community.mediator}/end`,
      json: { endedOn: '2026-01-31', reason: 'resigned' },
    }),
  },
  'POST /api/v1/community/mediation-teams/{id}/review': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/mediation-teams/${fx.community.team}/review`, json: { reviewedOn: '2026-01-15' } }),
  },
  'POST /api/v1/community/mediation-cases': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/mediation-cases',
      json: {
        teamId: fx.community.team,
        grounds: 'witnessed',
        parties: [{ fullName: 'Bên một' }, { fullName: 'Bên hai' }],
        field: 'neighbourhood',
        summary: 'Đánh nhau gây thương tích',
        // Out of scope: referred at once, needing no mediator (the team's may have been ended by another control).
        exclusion: 'sanctionable_violation',
        referredTo: 'Công an xã B',
      },
    }),
  },
  'GET /api/v1/community/mediation-cases': [
    { allow: signedIn, request: () => ({ url: '/api/v1/community/mediation-cases?pageSize=200' }) },
    {
      label: 'unitId=B',
      allow: signedIn,
      request: (fx) => ({ url: `/api/v1/community/mediation-cases?pageSize=200&unitId=${fx.units.b.id}` }),
    },
  ],
  'GET /api/v1/community/mediation-cases/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/mediation-cases/${fx.community.case}` }),
  },
  'POST /api/v1/community/mediation-cases/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.fresh.case(),
    request: (_fx, made) => ({
      url: `/api/v1/community/mediation-cases/${made.id}/steps`,
      json: { step: 'start', at: new Date().toISOString() },
      headers: ifMatch1,
    }),
  },
  'GET /api/v1/community/mediation/figures': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/mediation/figures?unitId=${fx.units.b.id}&from=2025-01-01&to=2026-12-31` }),
  },
  'POST /api/v1/community/models': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/models',
      json: {
        unitId: fx.units.b.id,
        name: 'Mô hình mới',
        ownerOrganisation: 'Đoàn Thanh niên',
        field: 'Văn hóa',
        registeredOn: '2025-04-01',
      },
    }),
  },
  'GET /api/v1/community/models': { allow: signedIn, request: () => ({ url: '/api/v1/community/models?pageSize=200' }) },
  'GET /api/v1/community/models/figures': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/models/figures?unitId=${fx.units.b.id}&from=2025-01-01&to=2026-12-31` }),
  },
  'GET /api/v1/community/models/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/models/${fx.community.model}` }),
  },
  'POST /api/v1/community/models/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.fresh.model(),
    request: (_fx, made) => ({
      url: `/api/v1/community/models/${made.id}/steps`,
      json: { step: 'launch', on: '2025-04-02' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/contests': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/contests',
      json: { unitId: fx.units.b.id, title: 'Cuộc thi', organiser: 'Ban Dân vận', opensOn: '2026-01-01', closesOn: '2026-03-31' },
    }),
  },
  'GET /api/v1/community/contests/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/contests/${fx.community.contest}` }),
  },
  'POST /api/v1/community/contests/{id}/entries': {
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: `/api/v1/community/contests/${fx.community.contest}/entries`,
      json: { title: 'Bài dự thi', author: 'Chi hội Phụ nữ', submittedOn: '2026-01-15' },
    }),
  },
  'POST /api/v1/community/legal-aid': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/legal-aid',
      json: {
        unitId: fx.units.b.id,
        requester: { fullName: 'Người cần trợ giúp' },
        group: 'child',
        form: 'advice',
        field: 'Dân sự',
        summary: 'Tư vấn',
      },
    }),
  },
  'GET /api/v1/community/legal-aid': { allow: signedIn, request: () => ({ url: '/api/v1/community/legal-aid?pageSize=200' }) },
  'GET /api/v1/community/legal-aid/figures': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/legal-aid/figures?unitId=${fx.units.b.id}&from=2025-01-01&to=2026-12-31` }),
  },
  'GET /api/v1/community/legal-aid/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/legal-aid/${fx.community.legalAid}` }),
  },
  'POST /api/v1/community/legal-aid/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.fresh.legalAid(),
    request: (_fx, made) => ({
      url: `/api/v1/community/legal-aid/${made.id}/steps`,
      json: { step: 'assigned', at: new Date().toISOString(), assignee: 'Trợ giúp viên', role: 'legal_aid_officer' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/mediation-cases/{id}/referral': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.fresh.failedCase(),
    request: (_fx, made) => ({
      url: `/api/v1/community/mediation-cases/${made.id}/referral`,
      json: { target: 'petition', consent: true },
      headers: { 'if-match': '"3"' },
    }),
  },
};
