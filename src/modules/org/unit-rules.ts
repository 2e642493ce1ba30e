import type { FieldError } from '../../platform/errors/errors.js';
import type { UnitType } from '../../contracts/org.js';
import { allowedParents } from './org.schemas.js';

/** The unit types in the words of the Vietnamese messages. */
const typeLabels: Record<UnitType, string> = {
  province: 'tỉnh/thành phố',
  district: 'huyện',
  commune: 'xã',
  ward: 'phường',
  special_zone: 'đặc khu',
  village: 'thôn/tổ dân phố',
  department: 'phòng/ban',
  service_centre: 'trung tâm phục vụ hành chính công',
};

/** The shape rules of the tree and of validity periods, as field errors (empty when all hold). */
export function checkUnitShape(
  input: { type: UnitType; validFrom?: string | null | undefined; validTo?: string | null | undefined },
  parentType: UnitType | null,
  prefix = '',
): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = allowedParents[input.type];
  if (!allowed.includes(parentType)) {
    const names = allowed.map((type) => (type === null ? '(không có)' : typeLabels[type])).join(', ');
    const namesEn = allowed.map((type) => type ?? '(none)').join(', ');
    errors.push({
      field: `${prefix}parentId`,
      code: 'parent_type',
      message: {
        vi: `Đơn vị loại ${typeLabels[input.type]} chỉ đặt dưới: ${names}.`,
        en: `A unit of type ${input.type} may only sit under: ${namesEn}.`,
      },
    });
  }
  if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
    errors.push({
      field: `${prefix}validTo`,
      code: 'before_valid_from',
      message: { vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', en: 'Must not be before validFrom.' },
    });
  }
  return errors;
}
