import type { Text } from '../i18n/locale.js';

/** One field problem inside a validation error. */
export type FieldError = {
  field: string;
  /** Where the field was sent: path, query, header or body. */
  in?: 'path' | 'query' | 'header' | 'body';
  code: string;
  message?: Text;
  params?: Record<string, unknown>;
};

export type ErrorDefinition = { status: number; title: Text; detail?: Text };

const registry = new Map<string, ErrorDefinition>();

/**
 * Declares a module's error codes with their HTTP status and texts; returns the codes,
 * typed, so use cases throw `new DomainError(OrgError.UNIT_NOT_FOUND)`.
 */
export function defineErrors<Codes extends string>(
  definitions: Record<Codes, ErrorDefinition>,
): {
  [Code in Codes]: Code;
} {
  const codes = {} as { [Code in Codes]: Code };
  for (const [code, definition] of Object.entries(definitions) as [Codes, ErrorDefinition][]) {
    if (registry.has(code)) throw new Error(`Error code ${code} is defined twice`);
    registry.set(code, definition);
    codes[code] = code;
  }
  return codes;
}

export function findErrorDefinition(code: string): ErrorDefinition | undefined {
  return registry.get(code);
}

/** What use cases throw. Never an HTTP error: the edge maps the code to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const PlatformError = defineErrors({
  VALIDATION_FAILED: {
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
    detail: { vi: 'Có {count} trường dữ liệu không hợp lệ.', en: '{count} field(s) are invalid.' },
  },
  NOT_FOUND: {
    status: 404,
    title: { vi: 'Không tìm thấy', en: 'Not found' },
    detail: { vi: 'Không có tài nguyên tại địa chỉ này.', en: 'There is no resource at this address.' },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  },
  UNAUTHENTICATED: {
    status: 401,
    title: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
    detail: { vi: 'Vui lòng đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  },
  FORBIDDEN: {
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: {
      vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
      en: 'Your account may not perform this action.',
    },
  },
  METRICS_FORBIDDEN: {
    status: 403,
    title: { vi: 'Không được xem số liệu giám sát', en: 'Metrics are not available to this caller' },
    detail: {
      vi: 'Số liệu giám sát chỉ trả cho máy chủ này hoặc cho bên giữ mã truy cập số liệu.',
      en: 'Metrics are served to this host itself or to the holder of the metrics token only.',
    },
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    title: { vi: 'Mã chống giả mạo không hợp lệ', en: 'Invalid anti-forgery token' },
    detail: {
      vi: 'Yêu cầu thiếu hoặc sai tiêu đề X-CSRF-Token. Hãy tải lại trang.',
      en: 'The request lacks a valid X-CSRF-Token header. Reload the page.',
    },
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    title: { vi: 'Yêu cầu từ trang web khác', en: 'Cross-site request' },
    detail: {
      vi: 'Yêu cầu thay đổi dữ liệu phải được gửi từ chính trang của hệ thống.',
      en: "Changes must be sent from this platform's own pages.",
    },
  },
  VERSION_MISMATCH: {
    status: 412,
    title: { vi: 'Dữ liệu đã bị thay đổi', en: 'Stale version' },
    detail: {
      vi: 'Bản ghi đã được người khác sửa (phiên bản hiện tại {current}). Hãy tải lại rồi thử lại.',
      en: 'The record was changed by someone else (current version {current}). Reload and try again.',
    },
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    title: { vi: 'Thiếu phiên bản', en: 'Version required' },
    detail: {
      vi: 'Thao tác sửa cần tiêu đề If-Match với phiên bản của bản ghi.',
      en: 'Changes need an If-Match header with the record version.',
    },
  },
  URI_TOO_LONG: {
    status: 414,
    title: { vi: 'Địa chỉ quá dài', en: 'URI too long' },
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    title: { vi: 'Tiêu đề yêu cầu quá lớn', en: 'Request headers too large' },
    detail: { vi: 'Các tiêu đề (cookie, ...) của yêu cầu vượt quá giới hạn.', en: 'The request headers (cookies, ...) exceed the limit.' },
  },
  REQUEST_TIMEOUT: {
    status: 408,
    title: { vi: 'Hết thời gian chờ yêu cầu', en: 'Request timeout' },
  },
  MALFORMED_REQUEST: {
    status: 400,
    title: { vi: 'Yêu cầu HTTP không đúng định dạng', en: 'Malformed HTTP request' },
  },
  PAYLOAD_TOO_LARGE: { status: 413, title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' } },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
  },
  RATE_LIMITED: {
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    detail: { vi: 'Vui lòng thử lại sau ít phút.', en: 'Please try again in a few minutes.' },
  },
  INTERNAL: {
    status: 500,
    title: { vi: 'Lỗi hệ thống', en: 'Internal error' },
    detail: {
      vi: 'Đã có lỗi xảy ra. Vui lòng báo mã yêu cầu {requestId} cho quản trị viên.',
      en: 'Something went wrong. Please give request id {requestId} to the administrator.',
    },
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: { vi: 'Hệ thống đang bận', en: 'Service unavailable' },
  },
});

/** A validation error raised by a use case, naming the fields. */
export function validationError(fields: FieldError[]): DomainError {
  return new DomainError(PlatformError.VALIDATION_FAILED, { count: fields.length }, fields);
}
