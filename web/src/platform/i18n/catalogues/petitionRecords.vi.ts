import type { matterRoles, PetitionFileKind, protectionMeasures, protectionRequesters } from '@contracts/petition-records';

type MatterRole = (typeof matterRoles)[number];
type Measure = (typeof protectionMeasures)[number];
type Requester = (typeof protectionRequesters)[number];
type ProtectionStatus = 'requested' | 'granted' | 'refused' | 'ended';

/** Vietnamese messages of what surrounds a petition: its scans, its matter, the denouncer's protection, the access log, the duplicate queue. */
export const petitionRecordsVi = {
  files: {
    title: 'Tệp đính kèm',
    kinds: {
      page: 'Trang đơn',
      forward_letter: 'Văn bản chuyển đơn',
      evidence: 'Tài liệu, chứng cứ kèm theo',
    } satisfies Record<PetitionFileKind, string>,
    kind: 'Loại tệp',
    attach: 'Đính kèm bản quét',
    hint: 'PDF, JPEG hoặc PNG, tối đa 20 MB.',
    tooLarge: 'Tệp lớn hơn 20 MB.',
    attached: 'Đã đính kèm {name}.',
    none: 'Chưa có tệp nào.',
    open: 'Tải về',
    meta: '{size} · {at}',
    protectedHint:
      'Đơn được bảo mật: tên tệp không được lưu; chỉ cán bộ có quyền tiếp cận mới mở được tệp, mỗi lần mở được ghi vào nhật ký kèm mục đích.',
    readTitle: 'Mở tệp được bảo mật',
    purpose: 'Mục đích',
    purposeHint: 'Ghi rõ mục đích, ít nhất 10 ký tự. Lần mở tệp được ghi vào nhật ký tiếp cận.',
    readSubmit: 'Mở tệp',
  },
  matter: {
    title: 'Diễn biến vụ việc',
    roles: {
      original: 'Đơn đầu tiên',
      repeat: 'Đơn trùng',
      next_instance: 'Giải quyết lần tiếp theo',
      earlier_instance: 'Giải quyết lần trước',
      same_decision: 'Cùng quyết định',
    } satisfies Record<MatterRole, string>,
    petition: 'Đơn số {bookNo}/{year}',
    current: 'Đơn đang xem',
    alone: 'Chưa thấy đơn nào khác cùng vụ việc trong phạm vi của bạn.',
    decisionRef: 'Quyết định bị khiếu nại, tố cáo: {ref}',
    decidedAt: 'giải quyết ngày {at}',
    appealedTo: 'Tiếp tục: {to}',
  },
  protection: {
    title: 'Bảo vệ người tố cáo',
    noClearance:
      'Việc bảo vệ người tố cáo chỉ do cán bộ có quyền tiếp cận thông tin người tố cáo tại đơn vị xem và ghi. Bạn chưa được cấp quyền này.',
    none: 'Chưa có đề nghị bảo vệ nào.',
    request: 'Ghi đề nghị bảo vệ',
    requestTitle: 'Đề nghị bảo vệ người tố cáo, người thân',
    requestedAt: 'Thời điểm đề nghị',
    requestedAtHint: 'Để trống nếu là bây giờ.',
    requestedBy: 'Người đề nghị',
    requesters: {
      denouncer: 'Người tố cáo',
      relative: 'Người thân của người tố cáo',
      handling_officer: 'Người giải quyết tố cáo',
    } satisfies Record<Requester, string>,
    measures: {
      confidentiality: 'Giữ bí mật thông tin',
      employment: 'Bảo vệ vị trí công tác, việc làm',
      life_health: 'Bảo vệ tính mạng, sức khỏe',
      property: 'Bảo vệ tài sản',
      honour_dignity: 'Bảo vệ danh dự, uy tín, nhân phẩm',
    } satisfies Record<Measure, string>,
    statuses: {
      requested: 'Chờ quyết định',
      granted: 'Đang áp dụng',
      refused: 'Không chấp nhận',
      ended: 'Đã chấm dứt',
    } satisfies Record<ProtectionStatus, string>,
    measuresAsked: 'Biện pháp đề nghị',
    measuresGranted: 'Biện pháp áp dụng',
    decisionRef: 'Số quyết định',
    decidedAt: 'Ngày quyết định',
    endedAt: 'Ngày chấm dứt',
    reason: 'Lý do',
    note: 'Ghi chú',
    actions: { grant: 'Áp dụng biện pháp', refuse: 'Không chấp nhận', end: 'Chấm dứt bảo vệ' },
    decideTitle: { grant: 'Quyết định áp dụng biện pháp bảo vệ', refuse: 'Không chấp nhận đề nghị bảo vệ', end: 'Chấm dứt bảo vệ' },
    submit: 'Ghi',
    recorded: 'Đã ghi đề nghị bảo vệ.',
    decided: 'Đã ghi: {action}.',
  },
  accessLog: {
    title: 'Nhật ký tiếp cận thông tin người viết đơn',
    staff: 'Cán bộ',
    purpose: 'Mục đích',
    at: 'Thời điểm',
    none: 'Chưa có ai đọc thông tin người viết đơn.',
  },
  queue: {
    tab: 'Hàng chờ đơn trùng',
    hint: 'Đơn chưa xử lý có đơn khác có thể cùng vụ việc mà chưa ai xem xét. Hệ thống không tự gộp đơn: cán bộ ghi là đơn trùng hoặc không trùng.',
    petition: 'Đơn chờ xem xét',
    candidates: 'Đơn có thể trùng',
    link: 'Ghi là đơn trùng',
    linkConfirm: 'Ghi đơn số {petition} là đơn trùng của đơn số {original}? Đơn trùng không có thời hạn riêng.',
    linked: 'Đã ghi đơn số {petition} là đơn trùng của đơn số {original}.',
    notDuplicate: 'Không trùng',
    reviewed: 'Đã ghi: đơn số {candidate} không cùng vụ việc.',
    stale: 'Đơn vừa được người khác cập nhật: đã tải lại hàng chờ.',
    empty: 'Không có đơn nào chờ xem xét trùng.',
  },
};
