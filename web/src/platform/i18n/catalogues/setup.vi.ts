/** Vietnamese messages of the first setup: the national unit tables, the sample catalogue, what to do next. */
export const setupVi = {
  navLabel: 'Thiết lập ban đầu',
  title: 'Thiết lập ban đầu',
  intro:
    'Ba bước để một xã, phường bắt đầu nhận hồ sơ: tải danh mục đơn vị hành chính, tải danh mục thủ tục mẫu, rồi tạo trung tâm phục vụ hành chính công và tài khoản cán bộ. Máy chủ vẫn chạy trong khi tải.',
  units: {
    title: '1. Danh mục đơn vị hành chính',
    description:
      'Danh mục chính thức sau ngày 1/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu). Kèm lịch sử: các tỉnh, huyện, xã trước 1/7/2025 và quan hệ kế thừa, để hồ sơ cũ vẫn tra được.',
    province: 'Tỉnh, thành phố',
    provincePlaceholder: 'Chọn tỉnh, thành phố cần tải',
    all: 'Cả nước (34 tỉnh, thành phố)',
    provinceOption: '{name} — {communes} xã, phường',
    loadedTag: 'đã tải',
    withHistory: 'Kèm đơn vị trước 1/7/2025 và quan hệ kế thừa',
    start: 'Tải danh mục',
    chooseFirst: 'Hãy chọn tỉnh, thành phố (hoặc cả nước).',
    done: 'Đã thêm {units} đơn vị và {successions} quan hệ kế thừa ({skipped} đơn vị đã có từ trước).',
    loadedCount: 'Hệ thống đang có {count} đơn vị.',
  },
  catalogue: {
    title: '2. Danh mục thủ tục hành chính mẫu',
    description:
      'Các thủ tục thường gặp ở cấp xã (hộ tịch, chứng thực, đất đai, xây dựng…) với thời hạn, thành phần hồ sơ và các bước xử lý. Đây là dữ liệu mẫu: cần đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính trước khi dùng thật.',
    start: 'Tải thủ tục mẫu',
    done: 'Đã thêm {created} thủ tục ({skipped} thủ tục đã có từ trước).',
    loadedCount: 'Hệ thống đang có {count} thủ tục.',
  },
  next: {
    title: '3. Bước tiếp theo',
    centre:
      'Tạo trung tâm phục vụ hành chính công dưới xã, phường (trang Đơn vị hành chính → Tạo mới, loại "Trung tâm phục vụ hành chính công").',
    staff: 'Tạo tài khoản cán bộ một cửa và lãnh đạo, giao vai trò tại trung tâm hoặc xã.',
    calendar: 'Kiểm tra lịch làm việc và các quyết định chưa được xác nhận.',
    intake: 'Tiếp nhận hồ sơ đầu tiên.',
    goUnits: 'Đơn vị hành chính',
    goStaff: 'Cán bộ',
    goCalendar: 'Lịch làm việc',
    goIntake: 'Tiếp nhận hồ sơ',
  },
  job: {
    running: 'Đang chạy…',
    failed: 'Không hoàn thành: {title}',
    elapsed: '{seconds} giây',
  },
  empty: {
    title: 'Hệ thống chưa có đơn vị hành chính nào',
    adminHint: 'Bắt đầu bằng trang Thiết lập ban đầu: tải danh mục đơn vị của tỉnh và danh mục thủ tục mẫu ngay trong ứng dụng.',
    otherHint: 'Quản trị viên hệ thống cần tải danh mục đơn vị và thủ tục trước. Hãy liên hệ quản trị viên.',
    go: 'Thiết lập ban đầu',
    noProcedures: 'Chưa có thủ tục hành chính nào trong danh mục.',
  },
};
