import { buildApplicant, buildProcedure, fixtureRandom, submissionFields } from './factories.js';
import { pdf, rightDigits, vietnamToday, wrongDigits } from './matrix-fixtures.js';
import { citizenForm, citizenParts } from './matrix-fixture-parts.js';
import { bookableSessionAtB, confirmationLinkAtB } from './matrix-fixture-portal.js';

import { anyone, signedIn, staff, nobody, type Case, period, admin, adminSees, bCounter, asVisitor } from './matrix-cases.js';

/** The permission matrix's cases for the catalogue, dossiers, ratings, reports and the portal's pages. */
export const serviceCases: Record<string, Case | Case[]> = {
  'GET /api/v1/procedures': { allow: staff, request: () => ({ url: '/api/v1/procedures?pageSize=200' }) },
  'POST /api/v1/procedures': {
    allow: nobody,
    control: admin,
    request: () => ({
      url: '/api/v1/procedures',
      json: { effectiveFrom: '2025-07-01', procedure: buildProcedure({ name: 'Thủ tục lạ' }) },
    }),
  },
  'GET /api/v1/procedures/export': { allow: staff, request: () => ({ url: '/api/v1/procedures/export?format=json' }) },
  'GET /api/v1/procedures/{code}': { allow: staff, request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}` }) },
  'GET /api/v1/procedures/{code}/versions/{version}': {
    allow: staff,
    request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}/versions/1` }),
  },
  'GET /api/v1/procedures/{code}/diff': {
    allow: staff,
    request: (fx) => ({ url: `/api/v1/procedures/${fx.procedure.code}/diff?from=1&to=1` }),
  },
  'POST /api/v1/procedures/{code}/versions': {
    allow: nobody,
    control: admin,
    setup: (fx) => fx.fresh.procedure(),
    request: (_fx, made) => ({
      url: `/api/v1/procedures/${made.code}/versions`,
      json: { effectiveFrom: '2030-01-01', changeNote: 'Sửa lạ', procedure: { ...made.procedure, name: 'Tên bị sửa' } },
      headers: { 'if-match': '"1"' },
    }),
  },
  'POST /api/v1/procedures/load-sample': { allow: nobody, control: admin, request: () => ({ url: '/api/v1/procedures/load-sample' }) },
  'POST /api/v1/procedures/import': {
    allow: nobody,
    control: admin,
    request: () => ({
      url: '/api/v1/procedures/import',
      json: { format: 'json', dryRun: true, content: JSON.stringify([{ effectiveFrom: '2025-07-01', procedure: buildProcedure() }]) },
    }),
  },

  'GET /api/v1/dossiers/{id}/forms/{form}': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}/forms/receipt` }),
  },
  'GET /api/v1/units/{id}/tracking-book': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/units/${fx.units.b.id}/tracking-book?${period()}&format=xlsx` }),
  },
  'POST /api/v1/dossiers/{id}/files': {
    allow: nobody,
    control: bCounter,
    request: (fx) => ({
      url: `/api/v1/dossiers/${fx.b.dossier.id}/files`,
      parts: [
        { name: 'kind', value: 'result' },
        { name: 'file', value: pdf(), filename: 'ket-qua.pdf', type: 'application/pdf' },
      ],
    }),
  },
  'GET /api/v1/dossiers/{id}/files': {
    allow: nobody,
    control: adminSees,
    request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}/files` }),
  },
  'GET /api/v1/files/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/files/${fx.b.fileId}` }) },
  'POST /api/v1/dossiers/counter-intake': {
    allow: nobody,
    control: bCounter,
    request: (fx) => ({
      url: '/api/v1/dossiers/counter-intake',
      json: {
        receivingUnitId: fx.units.b.id,
        procedureCode: fx.procedure.code,
        applicant: buildApplicant(fixtureRandom()),
        documents: [{ index: 1 }, { index: 2 }],
        delivery: 'counter',
      },
    }),
  },
  'GET /api/v1/dossiers': [
    { allow: signedIn, request: () => ({ url: '/api/v1/dossiers?pageSize=200' }) },
    { label: 'unitId=B', allow: signedIn, request: (fx) => ({ url: `/api/v1/dossiers?pageSize=200&unitId=${fx.units.b.id}` }) },
  ],
  'GET /api/v1/dossiers/{id}': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/dossiers/${fx.b.dossier.id}` }) },
  'POST /api/v1/dossiers/{id}/intake-decision': {
    allow: nobody,
    control: bCounter,
    setup: (fx) => fx.fresh.onlineDossier(),
    request: (_fx, made) => ({
      url: `/api/v1/dossiers/${made.id}/intake-decision`,
      json: { decision: 'receive' },
      headers: { 'if-match': `"${made.version}"` },
    }),
  },
  'POST /api/v1/dossiers/{id}/actions': {
    allow: nobody,
    control: bCounter,
    setup: (fx) => fx.fresh.dossier(),
    request: (_fx, made) => ({
      url: `/api/v1/dossiers/${made.id}/actions`,
      json: { action: 'withdraw', reason: 'Người nộp xin rút hồ sơ' },
      headers: { 'if-match': `"${made.version}"` },
    }),
  },

  'POST /api/v1/ratings/kiosks': {
    allow: nobody,
    control: bCounter,
    request: (fx) => ({ url: '/api/v1/ratings/kiosks', json: { unitId: fx.units.b.id, label: 'Quầy lạ' } }),
  },
  'GET /api/v1/ratings/kiosks': {
    allow: nobody,
    control: { as: 'bCounter', shows: true },
    request: (fx) => ({ url: `/api/v1/ratings/kiosks?unitId=${fx.units.b.id}` }),
  },
  'DELETE /api/v1/ratings/kiosks/{id}': {
    allow: nobody,
    control: bCounter,
    setup: (fx) => fx.fresh.kiosk(),
    request: (_fx, made) => ({ url: `/api/v1/ratings/kiosks/${made.id}` }),
  },
  'GET /api/v1/ratings': {
    allow: nobody,
    control: adminSees,
    request: (fx) => ({ url: `/api/v1/ratings?unitId=${fx.units.b.id}&${period()}` }),
  },
  'GET /api/v1/ratings/summary': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/ratings/summary?unitId=${fx.units.b.id}&${period()}` }),
  },
  'GET /api/v1/ratings/scores': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/ratings/scores?unitId=${fx.units.b.id}&${period()}` }),
  },
  'GET /api/v1/feedback': { allow: nobody, control: adminSees, request: (fx) => ({ url: `/api/v1/feedback?unitId=${fx.units.b.id}` }) },
  'POST /api/v1/feedback/{id}/answer': {
    allow: nobody,
    control: { as: 'bLeader' },
    setup: (fx) => fx.fresh.feedback(),
    request: (_fx, made) => ({
      url: `/api/v1/feedback/${made.id}/answer`,
      json: { answer: 'Trả lời từ người ngoài đơn vị.' },
      headers: { 'if-match': '"1"' },
    }),
  },
  'GET /api/v1/reports/units/{id}/figures': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/figures?${period()}` }),
  },
  'GET /api/v1/reports/units/{id}/monthly': {
    allow: nobody,
    control: admin,
    request: (fx) => ({ url: `/api/v1/reports/units/${fx.units.b.id}/monthly?${period()}` }),
  },

  // Citizen pages: the capability (kiosk token, code + phone digits, tracking secret) is the credential.
  'GET /danh-gia/quay/{token}': [
    { label: "A's kiosk", allow: anyone, request: (fx) => ({ url: `/danh-gia/quay/${fx.a.kiosk.token}` }) },
    {
      label: 'an unknown kiosk token',
      allow: nobody,
      control: asVisitor((fx) => ({ url: `/danh-gia/quay/${fx.b.kiosk.token}` })),
      request: () => ({ url: '/danh-gia/quay/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    },
  ],
  'POST /danh-gia/quay/{token}': [
    {
      label: "A's kiosk rates B's dossier",
      allow: nobody,
      setup: (fx) => fx.fresh.dossier(),
      request: (fx, made) => ({
        ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }),
        url: `/danh-gia/quay/${fx.a.kiosk.token}`,
      }),
      control: asVisitor((fx, made) => ({
        ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }),
        url: `/danh-gia/quay/${fx.b.kiosk.token}`,
      })),
    },
    {
      label: "another officer's kiosk at B rates the dossier",
      allow: nobody,
      showsB: true,
      setup: (fx) => fx.fresh.dossierAndOtherKiosk(),
      request: (_fx, made) => ({
        ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'unsatisfied' }),
        url: `/danh-gia/quay/${made.token}`,
      }),
      control: asVisitor((fx, made) => ({
        ...citizenForm({ dossierId: made.id, transaction: 'intake', level: 'very_satisfied' }),
        url: `/danh-gia/quay/${fx.b.kiosk.token}`,
      })),
    },
  ],
  'POST /danh-gia/quay/{token}/chi-tiet': {
    label: "A's kiosk details B's rating",
    allow: nobody,
    setup: (fx) => fx.fresh.kioskRating(),
    request: (fx, made) => ({
      ...citizenForm({ ratingId: made.ratingId, attitude: 'poor', comment: 'Sửa đánh giá người khác' }),
      url: `/danh-gia/quay/${fx.a.kiosk.token}/chi-tiet`,
    }),
    control: asVisitor((fx, made) => ({
      ...citizenForm({ ratingId: made.ratingId, attitude: 'good' }),
      url: `/danh-gia/quay/${fx.b.kiosk.token}/chi-tiet`,
    })),
  },
  'GET /danh-gia': {
    label: 'wrong phone digits',
    allow: nobody,
    control: asVisitor((fx) => ({ url: `/danh-gia?ma=${fx.b.dossier.code}&sdt=${rightDigits}` })),
    request: (fx) => ({ url: `/danh-gia?ma=${fx.b.dossier.code}&sdt=${wrongDigits}` }),
  },
  'POST /danh-gia': {
    label: 'wrong phone digits',
    allow: nobody,
    setup: (fx) => fx.fresh.dossier(),
    request: (_fx, made) => ({
      ...citizenForm({ ma: made.code, sdt: wrongDigits, transaction: 'intake', level: 'unsatisfied', comment: 'Đánh giá giả' }),
      url: '/danh-gia',
    }),
    control: asVisitor((_fx, made) => ({
      ...citizenForm({ ma: made.code, sdt: rightDigits, transaction: 'intake', level: 'satisfied' }),
      url: '/danh-gia',
    })),
  },
  'GET /tra-cuu': [
    {
      label: 'wrong phone digits',
      allow: nobody,
      control: asVisitor((fx) => ({ url: `/tra-cuu?ma=${fx.b.dossier.code}&sdt=${rightDigits}` })),
      request: (fx) => ({ url: `/tra-cuu?ma=${fx.b.dossier.code}&sdt=${wrongDigits}` }),
    },
    {
      label: 'wrong tracking secret',
      allow: nobody,
      setup: (fx) => fx.fresh.onlineDossier(),
      control: asVisitor((_fx, made) => ({ url: `/tra-cuu?k=${encodeURIComponent(made.k)}` })),
      request: () => ({ url: '/tra-cuu?k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    },
  ],
  'GET /cong-khai': { allow: anyone, request: (fx) => ({ url: `/cong-khai?don-vi=${fx.units.b.code}` }) },
  // Reception and commitments: published for everyone. B's past sessions name their host with the
  // canary (public by design once published), so the calendar is read from today on.
  'GET /tiep-cong-dan': { allow: anyone, request: (fx) => ({ url: `/tiep-cong-dan?don-vi=${fx.units.b.id}` }) },
  'GET /tiep-cong-dan/dang-ky/{sessionId}': {
    label: "B's session a week ahead",
    allow: anyone,
    setup: bookableSessionAtB,
    request: (fx, made) => ({ url: `/tiep-cong-dan/dang-ky/${made.id}?don-vi=${fx.units.b.id}` }),
  },
  'POST /tiep-cong-dan/dang-ky/{sessionId}': {
    label: "book B's session a week ahead",
    allow: anyone,
    setup: bookableSessionAtB,
    request: (fx, made) => ({
      ...citizenForm({ name: 'Hoàng Văn Đặt', citizenId: '004190001234', matter: 'Hỏi về đất ở', 'don-vi': fx.units.b.id }),
      url: `/tiep-cong-dan/dang-ky/${made.id}`,
    }),
  },
  'GET /api/v1/public/reception-sessions': {
    allow: anyone,
    request: (fx) => ({ url: `/api/v1/public/reception-sessions?unitId=${fx.units.b.id}&from=${vietnamToday()}` }),
  },
  'GET /cam-ket': { allow: anyone, request: (fx) => ({ url: `/cam-ket?don-vi=${fx.units.b.id}` }) },
  'GET /api/v1/public/commitments': { allow: anyone, request: (fx) => ({ url: `/api/v1/public/commitments?unitId=${fx.units.b.id}` }) },
  // The citizen's link is the credential: an unknown token reaches nothing, the link sent does.
  'GET /cam-ket/xac-nhan/{token}': {
    label: 'an unknown token',
    allow: nobody,
    setup: confirmationLinkAtB,
    request: () => ({ url: `/cam-ket/xac-nhan/${'A'.repeat(32)}` }),
    control: asVisitor((_fx, made) => ({ url: `/cam-ket/xac-nhan/${made.token}` })),
  },
  'POST /cam-ket/xac-nhan/{token}': {
    label: 'an unknown token',
    allow: nobody,
    setup: confirmationLinkAtB,
    request: () => ({ ...citizenForm({ answer: 'no', comment: 'Trả lời giả' }), url: `/cam-ket/xac-nhan/${'A'.repeat(32)}` }),
    control: asVisitor((_fx, made) => ({ ...citizenForm({ answer: 'yes' }), url: `/cam-ket/xac-nhan/${made.token}` })),
  },
  'GET /': { allow: anyone, request: () => ({ url: '/' }) },
  'GET /thu-tuc': { allow: anyone, request: () => ({ url: '/thu-tuc' }) },
  'GET /thu-tuc/{code}': { allow: anyone, request: (fx) => ({ url: `/thu-tuc/${fx.procedure.code}` }) },
  'GET /thu-tuc/{code}/{slug}': { allow: anyone, request: (fx) => ({ url: fx.procedurePage }) },
  'GET /thu-tuc/{code}/mau/{number}': { allow: anyone, request: (fx) => ({ url: `/thu-tuc/${fx.procedure.code}/mau/1` }) },
  'GET /nop-ho-so/da-gui': {
    label: 'wrong tracking secret',
    allow: nobody,
    setup: (fx) => fx.fresh.onlineDossier(),
    control: asVisitor((_fx, made) => ({ url: `/nop-ho-so/da-gui?k=${encodeURIComponent(made.k)}` })),
    request: () => ({ url: '/nop-ho-so/da-gui?k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
  },
  'GET /nop-ho-so/{code}': { allow: anyone, request: (fx) => ({ url: `/nop-ho-so/${fx.procedure.code}` }) },
  'POST /nop-ho-so/{code}': {
    label: 'submit to B',
    allow: anyone,
    request: (fx) => ({
      ...citizenParts([
        ...Object.entries(submissionFields(buildApplicant(fixtureRandom()), fx.units.b.id)).map(([name, value]) => ({ name, value })),
        { name: 'doc1', value: pdf(), filename: 'a.pdf', type: 'application/pdf' },
        { name: 'doc2', value: pdf(), filename: 'b.pdf', type: 'application/pdf' },
      ]),
      url: `/nop-ho-so/${fx.procedure.code}`,
    }),
  },
};
