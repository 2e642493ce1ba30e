import type { ProcedureInput } from '../../src/modules/catalog/catalog.schemas.js';
import { fixtureRandom, type Random } from './random.js';

let sequence = 0;
let offset: number | undefined;

/**
 * A valid procedure: 3 working days (24 working hours) over three steps. Its code starts at a
 * seeded offset and steps by a prime, so the codes of one file never repeat.
 */
export function buildProcedure(overrides: Partial<ProcedureInput> = {}, random: Random = fixtureRandom()): ProcedureInput {
  sequence += 1;
  offset ??= random.int(0, 899_999);
  const code = `9.${100000 + ((offset + sequence * 7919) % 900000)}`;
  return {
    code,
    name: 'Đăng ký khai sinh',
    sectorName: 'Tư pháp',
    fieldCode: 'HT',
    fieldName: 'Hộ tịch',
    levels: ['commune'],
    processingTime: { unit: 'working_days', value: 3 },
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
    fees: [{ kind: 'charge', name: 'Lệ phí đăng ký', amountVnd: 8000, per: 'mỗi việc', exemptions: 'Miễn cho trẻ em đăng ký đúng hạn' }],
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1, isRequired: true, templateName: 'Tờ khai đăng ký khai sinh' },
      { name: 'Giấy chứng sinh', form: 'original', count: 1, isRequired: true },
    ],
    steps: [
      { name: 'Tiếp nhận, kiểm tra hồ sơ', handlerUnitType: 'service_centre', role: 'counter_officer', budgetHours: 4 },
      { name: 'Thẩm định', handlerUnitType: 'commune', role: 'specialist', budgetHours: 16 },
      { name: 'Phê duyệt, trả kết quả', handlerUnitType: 'commune', role: 'leader', budgetHours: 4 },
    ],
    onlineLevel: 'full',
    deliveryOptions: ['counter', 'electronic'],
    canPauseForSupplement: true,
    results: ['Giấy khai sinh (bản chính)'],
    applicants: ['individual'],
    retentionYears: 20,
    whereToSubmit: 'Trung tâm Phục vụ hành chính công cấp xã',
    isPublished: true,
    isSample: false,
    ...overrides,
  };
}
