import type {
  ApologyForm,
  FormHeader,
  ProcessControlForm,
  ReceiptForm,
  RefusalForm,
  StopNoticeForm,
  SupplementRequestForm,
  TrackingBookForm,
  TrackingBookRow,
} from '../../src/modules/dossiers/forms/form-data.js';

/** Realistic sample forms, for the renderers' tests and for previewing the layouts. */

/** The one-stop department of a commune with a centre: the centre, under its commune's People's Committee. */
export const sampleHeader: FormHeader = {
  superiorHeading: 'UBND XÃ BẮC MÊ',
  agencyHeading: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  agencyName: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  place: 'Bắc Mê',
  issuedAt: '2025-01-24T01:30:00Z',
};

/** The commune's People's Committee, which settles the dossier, under the province's. */
export const communeHeader: FormHeader = {
  superiorHeading: 'UBND TỈNH TUYÊN QUANG',
  agencyHeading: 'UBND XÃ BẮC MÊ',
  agencyName: 'Ủy ban nhân dân xã Bắc Mê',
  place: 'Bắc Mê',
  issuedAt: '2025-01-24T01:30:00Z',
};

export const sampleApplicant = {
  name: 'Nguyễn Văn Ánh',
  address: 'Thôn Bản Túm, xã Bắc Mê, tỉnh Tuyên Quang',
  phone: '0912 345 678',
  email: 'nguyenvananh@example.vn',
  identifier: '002095001234',
};

const code = '000.00.12.H15-250124-0001';

export const sampleDocuments = [
  { name: 'Tờ khai đăng ký khai sinh (theo mẫu)', form: 'Bản chính', count: 1 },
  { name: 'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp', form: 'Bản chính', count: 1 },
  { name: 'Giấy chứng nhận kết hôn của cha mẹ', form: 'Bản sao có chứng thực', count: 1 },
  { name: 'Căn cước công dân của người đi đăng ký', form: 'Bản sao', count: 1 },
  { name: 'Văn bản ủy quyền (trường hợp ủy quyền đi đăng ký)', form: 'Bản chính', count: 1 },
  { name: 'Giấy xác nhận thông tin về cư trú', form: 'Bản chính', count: 1 },
  { name: 'Sổ hộ khẩu gia đình (đối chiếu)', form: 'Bản chính', count: 1 },
  { name: 'Giấy tờ chứng minh nơi cư trú của cha, mẹ trẻ em', form: 'Bản sao', count: 2 },
];

export const sampleReceipt: ReceiptForm = {
  header: sampleHeader,
  dossierCode: code,
  applicant: sampleApplicant,
  procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  documents: sampleDocuments,
  setCount: 1,
  processingTimeText: '05 ngày làm việc',
  receivedAt: '2025-01-24T01:30:00Z',
  dueAt: '2025-02-06T09:00:00Z',
  deliveryText: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  fees: [
    { name: 'Lệ phí đăng ký thường trú', text: '10.000 đồng' },
    { name: 'Lệ phí đăng ký khai sinh', text: 'Miễn' },
  ],
  bookYear: 2025,
  bookEntry: 125,
  // As long as a real address: a deployment's address, a dossier code and a 16-character secret.
  trackingUrl: `https://dichvucong.tuyenquang.gov.vn/tra-cuu?ma=${code}&k=7f3a9c21Qx_4LmZa`,
  officerName: 'Hoàng Thị Thủy',
};

export const sampleSupplement: SupplementRequestForm = {
  header: { ...sampleHeader, issuedAt: '2025-01-24T02:15:00Z' },
  number: `${code}/HDHS`,
  dossierCode: code,
  applicant: sampleApplicant,
  procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  missingDocuments: [
    { name: 'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp', form: 'Bản chính', count: 1 },
    { name: 'Giấy chứng nhận kết hôn của cha mẹ', form: 'Bản sao có chứng thực', count: 1 },
  ],
  reason:
    'Giấy chứng sinh nộp kèm là bản chụp, không rõ dấu của cơ sở y tế; thiếu giấy chứng nhận kết hôn để xác định quan hệ cha, mẹ, con.',
  contact: { officerName: 'Hoàng Thị Thủy', phone: '0219 3841 234', lookupUrl: 'https://dichvucong.gov.vn' },
};

export const sampleRefusal: RefusalForm = {
  header: { ...sampleHeader, issuedAt: '2025-01-24T02:40:00Z' },
  number: '03/TCHS',
  applicant: sampleApplicant,
  procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  reasons:
    'Thửa đất đề nghị cấp phép nằm trong hành lang bảo vệ an toàn đường bộ của Quốc lộ 34 theo quy hoạch đã được phê duyệt; hồ sơ không thuộc trường hợp được cấp giấy phép xây dựng có thời hạn theo quy định tại Luật Xây dựng.',
  officerName: 'Hoàng Thị Thủy',
};

export const sampleApology: ApologyForm = {
  header: { ...communeHeader, issuedAt: '2025-02-05T08:00:00Z' },
  number: `${code}/PXL`,
  applicant: sampleApplicant,
  dossierCode: code,
  procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  receivedAt: '2025-01-24T01:30:00Z',
  originalDueAt: '2025-02-06T09:00:00Z',
  reason: 'Hệ thống liên thông với cơ quan bảo hiểm xã hội gặp sự cố, chưa cấp được thẻ bảo hiểm y tế cho trẻ em.',
  newDueAt: '2025-02-10T09:00:00Z',
  signer: { title: 'Chủ tịch', name: 'Ma Văn Đức' },
  copyTo: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
};

export const sampleStopNotice: StopNoticeForm = {
  header: { ...communeHeader, issuedAt: '2025-01-29T03:00:00Z' },
  number: `${code}/DGHS`,
  applicant: sampleApplicant,
  dossierCode: code,
  procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  receivedAt: '2025-01-24T01:30:00Z',
  receivingAgencyName: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  reason:
    'Kết quả kiểm tra thực địa cho thấy thửa đất nằm trong hành lang bảo vệ an toàn đường bộ của Quốc lộ 34.\nCông trình không phù hợp với quy hoạch chi tiết đã được phê duyệt.',
  signer: { title: 'Chủ tịch', deputyTitle: 'Phó Chủ tịch', name: 'Hà Thị Lan' },
  copyTo: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
};

const units = [
  'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  'Ủy ban nhân dân xã Bắc Mê',
  'Ủy ban nhân dân xã Bắc Mê',
  'Công an xã Bắc Mê',
  'Bảo hiểm xã hội khu vực XII',
];

export const sampleProcessControl: ProcessControlForm = {
  header: sampleHeader,
  dossierCode: code,
  applicant: sampleApplicant,
  procedureName: 'Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  receivedAt: '2025-01-24T01:30:00Z',
  dueAt: '2025-02-06T09:00:00Z',
  handovers: [
    {
      task: 'Tiếp nhận, chuyển hồ sơ',
      fromUnit: units[0]!,
      toUnit: units[1]!,
      at: '2025-01-24T02:00:00Z',
      giverName: 'Hoàng Thị Thủy',
      receiverName: 'Lục Văn Bình',
      result: 'early',
      note: '',
    },
    {
      task: 'Thẩm định hồ sơ, trình ký',
      fromUnit: units[1]!,
      toUnit: units[2]!,
      at: '2025-01-27T03:15:00Z',
      giverName: 'Lục Văn Bình',
      receiverName: 'Ma Văn Đức',
      result: 'on_time',
    },
    {
      task: 'Phê duyệt, ký giấy khai sinh',
      fromUnit: units[2]!,
      toUnit: units[3]!,
      at: '2025-01-28T08:40:00Z',
      giverName: 'Ma Văn Đức',
      receiverName: 'Đặng Quốc Hưng',
      result: 'on_time',
    },
    {
      task: 'Đăng ký thường trú',
      fromUnit: units[3]!,
      toUnit: units[4]!,
      at: '2025-02-03T02:00:00Z',
      giverName: 'Đặng Quốc Hưng',
      receiverName: 'Trần Thị Nguyệt',
      result: 'late',
      note: 'Chậm 01 ngày do hệ thống cư trú bảo trì',
    },
    {
      task: 'Cấp thẻ bảo hiểm y tế',
      fromUnit: units[4]!,
      toUnit: units[0]!,
      at: '2025-02-05T09:20:00Z',
      giverName: 'Trần Thị Nguyệt',
      result: null,
    },
  ],
};

const procedures = [
  'Đăng ký khai sinh',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
  'Đăng ký kết hôn',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  'Đăng ký thường trú',
];
const people = ['Nguyễn Văn Ánh', 'Hoàng Thị Thủy', 'Lò Văn Sơn', 'Triệu Thị Mẩy', 'Công ty TNHH Xây dựng Đức Phát'];

/** `count` rows whose book entries run on from `firstEntry` (a printout of March starts where February ended). */
export function sampleTrackingRows(count: number, firstEntry = 1): TrackingBookRow[] {
  return Array.from({ length: count }, (_, i) => {
    const received = Date.parse('2025-01-02T01:30:00Z') + i * 3 * 3_600_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const done = i % 4 !== 3;
    return {
      number: firstEntry + i,
      dossierCode: `000.00.12.H15-${String(250102 + Math.floor(i / 8)).padStart(6, '0')}-${String(i + 1).padStart(4, '0')}`,
      procedureName: procedures[i % procedures.length]!,
      setCount: 1 + (i % 3 === 0 ? 1 : 0),
      applicantName: people[i % people.length]!,
      applicantContact: `Thôn Nà Sáng, xã Bắc Mê; 0912 ${String(100000 + i).slice(-6)}`,
      handlingAgency: i % 2 ? 'Ủy ban nhân dân xã Bắc Mê' : 'Công an xã Bắc Mê',
      receivedAt: iso(received),
      dueAt: iso(received + 5 * 86_400_000),
      transferredAt: iso(received + 3_600_000),
      resultReceivedAt: done ? iso(received + 4 * 86_400_000) : undefined,
      returnedAt: done ? iso(received + 4 * 86_400_000 + 7_200_000) : undefined,
      outcome: done ? (['early', 'on_time', 'late'] as const)[i % 3] : undefined,
      note: i % 7 === 0 ? 'Trả qua bưu chính' : undefined,
    };
  });
}

export const sampleTrackingBook = (count: number, firstEntry = 1): TrackingBookForm => ({
  header: { ...sampleHeader, issuedAt: '2025-04-01T02:00:00Z' },
  unitName: 'Trung tâm Phục vụ hành chính công xã Bắc Mê',
  bookYears: [2025],
  periodFrom: '2024-12-31T17:00:00Z',
  periodTo: '2025-03-31T16:59:59Z',
  rows: sampleTrackingRows(count, firstEntry),
});
