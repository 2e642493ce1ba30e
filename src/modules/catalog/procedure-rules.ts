import type { FieldError } from '../../platform/errors/errors.js';
import { budgetsFit, stepBudgetOf, type ProcedureInput } from '../../contracts/catalog.js';

/** The working hours the steps' budgets fill (exactly, or at most for calendar days and the same day). */
export function totalBudgetHours(time: ProcedureInput['processingTime']): number {
  return stepBudgetOf(time).hours;
}

/**
 * Rules beyond the field formats: the steps' time budgets add up to the processing time,
 * on-the-spot procedures take no time, codes and documents do not repeat.
 */
export function checkProcedureRules(procedure: ProcedureInput, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const { hours: total, isExact } = stepBudgetOf(procedure.processingTime);
  const sum = procedure.steps.reduce((acc, step) => acc + step.budgetHours, 0);
  const { unit, value } = procedure.processingTime;
  if ((unit === 'on_the_spot' || unit === 'same_day') && value !== 0) {
    errors.push({
      field: `${prefix}processingTime.value`,
      code: 'on_the_spot_value',
      message: {
        vi: 'Thủ tục giải quyết tại chỗ hoặc trong ngày có thời hạn bằng 0.',
        en: 'An on-the-spot or same-day procedure has a time of 0.',
      },
    });
  }
  if ((unit === 'working_days' || unit === 'calendar_days') && !Number.isInteger(value)) {
    errors.push({
      field: `${prefix}processingTime.value`,
      code: 'whole_days',
      message: { vi: 'Thời hạn tính theo ngày phải là số nguyên.', en: 'A time limit in days is a whole number.' },
    });
  }
  if (!budgetsFit(sum, procedure.processingTime)) {
    errors.push({
      field: `${prefix}steps`,
      code: 'budget_mismatch',
      message: isExact
        ? {
            vi: `Tổng thời gian các bước (${sum} giờ làm việc) phải bằng thời hạn giải quyết (${total} giờ làm việc).`,
            en: `The steps' budgets add up to ${sum} working hours, not the processing time of ${total}.`,
          }
        : {
            vi: `Tổng thời gian các bước (${sum} giờ làm việc) phải lớn hơn 0 và không quá ${total} giờ làm việc của thời hạn giải quyết.`,
            en: `The steps' budgets add up to ${sum} working hours; they must be above 0 and at most the ${total} working hours of the time limit.`,
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
