import { anyone, nobody, signedIn, type Case } from './matrix-cases.js';

const ifMatch1 = { 'if-match': '"1"' };

/** The permission matrix's cases for grassroots democracy: B's records are nobody's at A; lists are filtered by reach. */
export const democracyCases: Record<string, Case | Case[]> = {
  'POST /api/v1/community/disclosures': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/disclosures',
      json: { unitId: fx.units.b.id, item: 1, title: 'Kế hoạch kinh tế - xã hội', documentDate: '2026-01-05' },
    }),
  },
  'GET /api/v1/community/disclosures': { allow: signedIn, request: () => ({ url: '/api/v1/community/disclosures?pageSize=200' }) },
  'GET /api/v1/community/disclosures/quarterly': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/disclosures/quarterly?unitId=${fx.units.b.id}&year=2026&quarter=1` }),
  },
  'GET /api/v1/community/disclosures/reminders': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/disclosures/reminders?unitId=${fx.units.b.id}&on=2026-02-03` }),
  },
  'GET /api/v1/community/disclosures/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/disclosures/${fx.community.democracy.disclosure.id}` }),
  },
  'POST /api/v1/community/disclosures/{id}/channels': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.democracy.fresh.disclosure(),
    request: (_fx, made) => ({
      url: `/api/v1/community/disclosures/${made.id}/channels`,
      json: { kind: 'website', startedOn: '2026-01-07' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/disclosures/{id}/channels/{channelId}/end': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.democracy.fresh.disclosure(),
    request: (_fx, made) => ({
      url: `/api/v1/community/disclosures/${made.id}/channels/${made.channelId}/end`,
      json: { endedOn: '2026-02-10' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/resident-matters': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/resident-matters',
      json: {
        unitId: fx.community.village,
        item: 6,
        title: 'Việc tự quản',
        proposer: 'village_head',
        proposedOn: '2026-01-05',
        form: 'meeting',
      },
    }),
  },
  'GET /api/v1/community/resident-matters': {
    allow: signedIn,
    request: () => ({ url: '/api/v1/community/resident-matters?pageSize=200' }),
  },
  'GET /api/v1/community/resident-matters/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/resident-matters/${fx.community.democracy.matter.id}` }),
  },
  'POST /api/v1/community/resident-matters/{id}/consents': {
    allow: nobody,
    control: { as: 'bLeader', status: 200 },
    setup: (fx) => fx.community.democracy.fresh.matter('citizen_initiative'),
    request: (_fx, made) => ({
      url: `/api/v1/community/resident-matters/${made.id}/consents`,
      json: { consents: [{ householdCode: 'H-01', consentedOn: '2026-01-06' }] },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/resident-matters/{id}/votes': {
    allow: nobody,
    control: { as: 'bLeader', status: 200 },
    setup: (fx) => fx.community.democracy.fresh.matter(),
    request: (_fx, made) => ({
      url: `/api/v1/community/resident-matters/${made.id}/votes`,
      json: { form: 'meeting', heldAt: '2026-01-10T08:00:00+07:00', present: 120, yes: 110, no: 10 },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/resident-matters/{id}/votes/{voteId}/document': {
    allow: nobody,
    control: { as: 'bLeader', status: 200 },
    setup: (fx) => fx.community.democracy.fresh.votedMatter(),
    request: (_fx, made) => ({
      url: `/api/v1/community/resident-matters/${made.id}/votes/${made.voteId}/document`,
      json: {
        decisionRef: '01/BB',
        sentOn: '2026-01-12',
        signatories: { villageHead: 'A', frontHead: 'B', householdRepresentatives: ['C', 'D'] },
      },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/resident-matters/{id}/votes/{voteId}/recognition': {
    allow: nobody,
    // Item 6 needs no recognition: B's leader passes the access check and meets the rule (409).
    control: { as: 'bLeader', status: 409 },
    request: (fx) => ({
      url: `/api/v1/community/resident-matters/${fx.community.democracy.matter.id}/votes/${fx.community.democracy.matter.voteId}/recognition`,
      json: { decision: 'recognised', on: '2026-01-15', ref: '10/QĐ-UBND' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/consultations': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/consultations',
      json: {
        unitId: fx.units.b.id,
        subject: 'other',
        title: 'Lấy ý kiến',
        openedOn: '2026-01-05',
        closesOn: '2026-01-20',
        channels: ['website'],
      },
    }),
  },
  'GET /api/v1/community/consultations': { allow: signedIn, request: () => ({ url: '/api/v1/community/consultations?pageSize=200' }) },
  'GET /api/v1/community/consultations/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/consultations/${fx.community.democracy.consultation}` }),
  },
  'POST /api/v1/community/consultations/{id}/answer': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.democracy.fresh.consultation(),
    request: (_fx, made) => ({
      url: `/api/v1/community/consultations/${made.id}/answer`,
      json: { feedbackCount: 3, feedbackSummary: 'Đồng ý', answer: 'Tiếp thu', answeredOn: '2026-01-25' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/conferences': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/conferences',
      json: { unitId: fx.community.village, heldOn: '2025-12-20', attendees: 150 },
    }),
  },
  'GET /api/v1/community/conferences': {
    label: 'unitId=B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({ url: `/api/v1/community/conferences?unitId=${fx.units.b.id}&year=2025` }),
  },
  'POST /api/v1/community/supervision-findings': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/supervision-findings',
      json: {
        unitId: fx.units.b.id,
        board: 'investment_supervision',
        subject: 'Công trình',
        finding: 'Chậm tiến độ',
        recommendation: 'Đôn đốc',
        addressedTo: 'UBND xã',
        foundOn: '2026-01-05',
      },
    }),
  },
  'GET /api/v1/community/supervision-findings': {
    allow: signedIn,
    request: () => ({ url: '/api/v1/community/supervision-findings?pageSize=200' }),
  },
  'GET /api/v1/community/supervision-findings/{id}': {
    allow: nobody,
    control: { as: 'bLeader', shows: true },
    request: (fx) => ({ url: `/api/v1/community/supervision-findings/${fx.community.democracy.finding}` }),
  },
  'POST /api/v1/community/supervision-findings/{id}/steps': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.community.democracy.fresh.finding(),
    request: (_fx, made) => ({
      url: `/api/v1/community/supervision-findings/${made.id}/steps`,
      json: { step: 'respond', on: '2026-01-10', response: 'Đã công khai' },
      headers: ifMatch1,
    }),
  },
  'GET /api/v1/community/imports/template': {
    allow: (actor) => signedIn(actor) && ['mobilisation_officer', 'leader'].includes(actor.role ?? ''),
    request: () => ({ url: '/api/v1/community/imports/template?register=households' }),
  },
  'POST /api/v1/community/imports': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader', status: 400 },
    // An empty file: B's leader passes the access check and meets the file's check (400); nothing is imported.
    request: (fx) => ({
      url: '/api/v1/community/imports',
      json: { register: 'households', unitId: fx.units.b.id, content: 'AAAA', dryRun: true },
    }),
  },
  // The portal's community pages are public by law (Law 10/2022 art. 11): B's disclosed items, decisions, models and mediators
  // are meant to be read, canary and all; that they never show a party, a phone or a household code is proven in portal-community.test.ts.
  'GET /thong-tin-cong-khai': { allow: anyone, showsB: true, request: (fx) => ({ url: `/thong-tin-cong-khai?don-vi=${fx.units.b.id}` }) },
  'GET /nhan-dan-quyet-dinh': { allow: anyone, showsB: true, request: (fx) => ({ url: `/nhan-dan-quyet-dinh?don-vi=${fx.units.b.id}` }) },
  'GET /dan-van-kheo': { allow: anyone, showsB: true, request: (fx) => ({ url: `/dan-van-kheo?don-vi=${fx.units.b.id}` }) },
  'GET /hoa-giai-tro-giup-phap-ly': {
    allow: anyone,
    showsB: true,
    request: (fx) => ({ url: `/hoa-giai-tro-giup-phap-ly?don-vi=${fx.units.b.id}` }),
  },
  'POST /api/v1/units/{id}/merge': {
    allow: nobody,
    // A unit merged into itself: the administrator passes the access check and meets the rule (409).
    control: { as: 'admin', status: 409 },
    request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/merge`, json: { from: [fx.units.b.id], effectiveDate: '2026-07-01' } }),
  },
  'POST /api/v1/community/mediation-teams/{id}/transfer': {
    allow: nobody,
    // To the team's own village, which continues nothing: B's leader passes the access check and meets the rule (409).
    control: { as: 'bLeader', status: 409 },
    request: (fx) => ({
      url: `/api/v1/community/mediation-teams/${fx.community.team}/transfer`,
      json: { unitId: fx.community.village, on: '2026-07-01' },
      headers: ifMatch1,
    }),
  },
  'POST /api/v1/community/legal-aid/refusals': {
    label: 'at B',
    allow: nobody,
    control: { as: 'bLeader' },
    request: (fx) => ({
      url: '/api/v1/community/legal-aid/refusals',
      json: {
        unitId: fx.units.b.id,
        requester: { fullName: 'Người đề nghị' },
        summary: 'Tranh chấp mua bán hàng hóa',
        reason: 'business_trade',
        explanation: 'Không thuộc phạm vi trợ giúp pháp lý',
      },
    }),
  },
  'GET /api/v1/community/legal-aid/refusals': {
    allow: signedIn,
    request: () => ({ url: '/api/v1/community/legal-aid/refusals?pageSize=200' }),
  },
};
