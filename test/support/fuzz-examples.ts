import crypto from 'node:crypto';
import { applicant, type Deployment } from './deployment-fixtures.js';
import { buildProcedure } from './procedures.js';
import { uniqueCode } from './test-app.js';

/**
 * Valid request bodies of the operations whose rules reach beyond their schema (a procedure's
 * step budgets, a citizen id's province code): the fuzz test changes one value in each, so that
 * the rest passes and the hostile value travels as far as the use case and the database.
 */
export function exampleBodies(d: Deployment): Record<string, () => unknown> {
  return {
    'POST /api/v1/units': () => ({
      code: uniqueCode(),
      name: 'Xã Mẫu',
      type: 'commune',
      parentId: d.provinceId,
      validFrom: '2025-07-01',
      legalBasis: 'Nghị quyết 1/2025',
      address: 'Thôn Mẫu',
    }),
    'POST /api/v1/staff': () => ({
      username: `u${crypto.randomBytes(4).toString('hex')}`,
      fullName: 'Cán Bộ Mẫu',
      password: 'Sample-password-12',
      email: 'mau@example.vn',
      unitId: d.communeId,
      roles: [{ role: 'specialist', unitId: d.communeId }],
    }),
    'POST /api/v1/staff/{id}/roles': () => ({ role: 'supervisor', unitId: d.communeId }),
    'POST /api/v1/api-tokens': () => ({ name: 'Tích hợp mẫu', role: 'supervisor', unitId: d.communeId, expiresAt: '2030-01-01T00:00:00Z' }),
    'POST /api/v1/petitions': () => ({
      unitId: d.communeId,
      channel: 'reception',
      kind: 'denunciation',
      contentSummary: 'Tố cáo mẫu',
      petitioner: { fullName: 'Người Tố Cáo Mẫu', phone: '0912345678' },
    }),
    'POST /api/v1/petitions/{id}/identity-reads': () => ({ purpose: 'Làm rõ nội dung tố cáo' }),
    'POST /api/v1/petitions/{id}/classification-suggestions': () => ({ decisionKnownOn: '2025-12-01', sentToSeveralBodies: false }),
    'POST /api/v1/petitions/{id}/classification': () => ({
      kind: 'denunciation',
      field: 'public_duty',
      isEligible: false,
      reasons: ['sent_to_several_bodies'],
      competence: { scope: 'ours' },
      settlementStatus: 'none',
    }),
    'POST /api/v1/petitions/{id}/handling': () => ({ outcome: 'transfer', to: 'Thanh tra tỉnh', note: 'Chuyển đơn' }),
    'POST /api/v1/petitions/{id}/duplicate-of': () => ({ originalId: d.petitionId }),
    'POST /api/v1/petitions/{id}/settlement': () => ({ decisionRef: '04/TB', isRemote: false, complexity: ['several_contents'] }),
    'POST /api/v1/settlements/{id}/steps': () => ({ step: 'notify', recipients: ['petitioner', 'inspectorate'] }),
    'POST /api/v1/identity-clearances': () => ({ staffId: d.staffId, unitId: d.communeId }),
    'POST /api/v1/procedures': () => ({ effectiveFrom: '2025-07-01', procedure: buildProcedure() }),
    'POST /api/v1/procedures/{code}/versions': () => ({
      effectiveFrom: '2026-01-01',
      changeNote: 'Sửa đổi thời hạn',
      procedure: buildProcedure({ code: d.procedureCode }),
    }),
    'POST /api/v1/dossiers/counter-intake': () => ({
      receivingUnitId: d.communeId,
      procedureCode: d.procedureCode,
      applicant: { ...applicant, email: 'thu@example.vn' },
      documents: [{ index: 1, count: 1 }, { index: 2 }],
      setCount: 1,
      delivery: 'counter',
    }),
    'POST /api/v1/dossiers/{id}/actions': () => ({
      action: 'reschedule',
      reason: 'Cần xác minh thêm',
      newDueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    }),
    'POST /api/v1/dossiers/{id}/intake-decision': () => ({
      decision: 'guide',
      reason: 'Ảnh chụp bị mờ',
      missingDocuments: ['Giấy chứng sinh (bản rõ nét)'],
    }),
    'POST /api/v1/ratings/kiosks': () => ({ unitId: d.communeId, label: 'Quầy số 2' }),
    'POST /api/v1/feedback/{id}/answer': () => ({ answer: 'Đơn vị đã nhắc nhở cán bộ và rút kinh nghiệm.' }),
    'POST /api/v1/reports/runs': () => ({
      unitId: d.communeId,
      kind: 'dan_van',
      period: { kind: 'quarter', cutOffRule: 'day_14', year: 2026, number: 1 },
    }),
    'PATCH /api/v1/reports/runs/{id}': () => ({
      number: '12/BC-UBND',
      signerName: 'Nguyễn Văn Ký',
      recipients: ['Ban Dân vận Huyện ủy'],
      freeText: { direction: 'Ban hành kế hoạch', assessment: 'Đạt yêu cầu' },
    }),
    'POST /api/v1/reports/runs/{id}/send': () => ({ sentTo: ['Ban Dân vận Huyện ủy', 'UBND tỉnh'] }),
    'POST /api/v1/reports/declarations': () => ({
      unitId: d.communeId,
      kind: 'opening',
      figureId: 'dossiers.received',
      value: 120,
      from: '2025-01-01',
      to: '2025-06-30',
      source: 'Sổ theo dõi hồ sơ',
    }),
  };
}
