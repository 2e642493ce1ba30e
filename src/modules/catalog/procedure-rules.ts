import type { FieldError } from '../../platform/errors/errors.js';
import type { ProcedureInput } from '../../contracts/catalog.js';

export const hoursPerWorkingDay = 8;

/** The processing time in working hours (0 for on the spot). */
export function totalBudgetHours(time: ProcedureInput['processingTime']): number {
  if (time.unit === 'on_the_spot') return 0;
  return time.unit === 'working_days' ? time.value * hoursPerWorkingDay : time.value;
}

/**
 * Rules beyond the field formats: the steps' time budgets add up to the processing time,
 * on-the-spot procedures take no time, codes and documents do not repeat.
 */
export function checkProcedureRules(procedure: ProcedureInput, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const total = totalBudgetHours(procedure.processingTime);
  const sum = procedure.steps.reduce((acc, step) => acc + step.budgetHours, 0);
  if (procedure.processingTime.unit === 'on_the_spot' && procedure.processingTime.value !== 0) {
    errors.push({
      field: `${prefix}processingTime.value`,
      code: 'on_the_spot_value',
      message: { vi: 'Thủ tục giải quyết tại chỗ có thời hạn bằng 0.', en: 'An on-the-spot procedure has a time of 0.' },
    });
  }
  if (Math.abs(sum - total) > 1e-9) {
    errors.push({
      field: `${prefix}steps`,
      code: 'budget_mismatch',
      message: {
        vi: `Tổng thời gian các bước (${sum} giờ làm việc) phải bằng thời hạn giải quyết (${total} giờ làm việc).`,
        en: `The steps' budgets add up to ${sum} working hours, not the processing time of ${total}.`,
      },
      params: { sum, total },
    });
  }
  procedure.steps.forEach((step, index) => {
    if (!step.handlerUnitType && !step.handlerUnitCode) {
      errors.push({
        field: `${prefix}steps.${index}.handlerUnitType`,
        code: 'required',
        message: { vi: 'Cần loại đơn vị hoặc mã đơn vị xử lý.', en: 'A handler unit type or unit code is required.' },
      });
    }
  });
  const seen = new Set<string>();
  procedure.documents.forEach((document, index) => {
    const key = document.name.toLowerCase();
    if (seen.has(key)) {
      errors.push({
        field: `${prefix}documents.${index}.name`,
        code: 'duplicate',
        message: { vi: 'Thành phần hồ sơ bị trùng.', en: 'Duplicate required document.' },
      });
    }
    seen.add(key);
  });
  if (procedure.onlineLevel === 'full' && !procedure.deliveryOptions.some((option) => option === 'electronic' || option === 'post')) {
    errors.push({
      field: `${prefix}deliveryOptions`,
      code: 'full_online_delivery',
      message: {
        vi: 'Dịch vụ công trực tuyến toàn trình phải trả kết quả trực tuyến hoặc qua bưu chính.',
        en: 'A fully online service returns its result electronically or by post.',
      },
    });
  }
  return errors;
}
