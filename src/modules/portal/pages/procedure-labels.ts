import type {
  DocumentForm,
  HandlerUnitType,
  HandlingLevel,
  OnlineLevel,
  ProcessingTimeUnit,
  StepRole,
} from '../../../contracts/catalog.js';
import type { Delivery } from '../../../contracts/dossiers.js';
import { formatNumber } from '../../../platform/html/format.js';

/** Vietnamese labels for the catalogue's codes, as the portal shows them (typed by their enums: none is missing). */
export const onlineLevelLabels: Record<OnlineLevel, string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chỉ nộp trực tiếp hoặc qua bưu chính',
};
export const levelLabels: Record<HandlingLevel, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };
export const documentFormLabels: Record<DocumentForm, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao có chứng thực',
  copy: 'Bản sao',
  original_or_certified_copy: 'Bản chính hoặc bản sao có chứng thực',
  copy_with_original: 'Bản sao kèm bản chính để đối chiếu',
};
export const deliveryLabels: Record<Delivery, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
  home: 'Trả tại nhà',
  electronic: 'Bản điện tử',
};
export const roleLabels: Record<StepRole, string> = { counter_officer: 'Cán bộ một cửa', specialist: 'Chuyên viên', leader: 'Lãnh đạo' };
export const unitTypeLabels: Record<HandlerUnitType, string> = {
  province: 'UBND tỉnh',
  commune: 'UBND xã',
  ward: 'UBND phường',
  special_zone: 'UBND đặc khu',
  department: 'Phòng chuyên môn',
  service_centre: 'Trung tâm Phục vụ hành chính công',
};

/** The time limit as the catalogue publishes it: "3 ngày làm việc", "15 ngày", "Trong ngày". */
export function processingTimeText(time: { unit: ProcessingTimeUnit; value: number }): string {
  switch (time.unit) {
    case 'working_days':
      return `${formatNumber(time.value)} ngày làm việc`;
    case 'working_hours':
      return `${formatNumber(time.value)} giờ làm việc`;
    case 'calendar_days':
      return `${formatNumber(time.value)} ngày`;
    case 'same_day':
      return 'Trong ngày';
    case 'on_the_spot':
      return 'Giải quyết ngay tại chỗ';
  }
}

export function formatVnd(amount: number): string {
  return amount === 0 ? 'Miễn phí' : `${formatNumber(amount)} đồng`;
}

/** URL slug without diacritics: "Đăng ký khai sinh" → "dang-ky-khai-sinh". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
