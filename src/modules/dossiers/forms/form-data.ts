/**
 * What each official one-stop form shows (Circular 01/2018/TT-VPCP art. 9, carried into
 * Circular 03/2025/TT-VPCP Annex I): plain data, filled by the dossier use cases and
 * rendered to PDF by the renderers beside this file. Instants are ISO 8601 strings; the
 * renderers print them in Vietnam's time (UTC+7) as "hh giờ mm phút, ngày dd/mm/yyyy".
 */

export type FormHeader = {
  /** The issuing body, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ BẮC MÊ". */
  agencyName: string;
  /** The body above it, e.g. "UBND TỈNH TUYÊN QUANG"; printed above the agency name when given. */
  parentAgencyName?: string;
  /** The place name printed before the date, e.g. "Bắc Mê". */
  place: string;
  issuedAt: string;
};

export type Applicant = {
  name: string;
  address: string;
  phone?: string;
  email?: string;
  /** Citizen ID or tax code; never printed in full on public documents. */
  identifier?: string;
};

export type DocumentLine = { name: string; form: string; count: number };

/** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5). */
export type ReceiptForm = {
  header: FormHeader;
  dossierCode: string;
  applicant: Applicant;
  procedureName: string;
  documents: DocumentLine[];
  setCount: number;
  processingTimeText: string;
  receivedAt: string;
  dueAt: string;
  /** Where and how the result is returned, e.g. "Tại Bộ phận Một cửa" or "Qua dịch vụ bưu chính". */
  deliveryText: string;
  feesText?: string;
  /** "Vào Sổ theo dõi hồ sơ, quyển số …, số thứ tự …". */
  bookNumber?: string;
  entryNumber?: number;
  /** The public tracking address encoded in the QR code, e.g. https://…/tra-cuu?ma=…&k=… */
  trackingUrl: string;
  officerName: string;
};

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5). */
export type SupplementRequestForm = {
  header: FormHeader;
  /** e.g. "<dossier code>/HDHS" */
  number: string;
  dossierCode?: string;
  applicant: Applicant;
  procedureName: string;
  missingDocuments: DocumentLine[];
  reason: string;
  /** Where to read the rules and whom to call. */
  contact: { officerName: string; phone?: string; lookupUrl?: string };
};

/** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5). */
export type RefusalForm = {
  header: FormHeader;
  number: string;
  applicant: Applicant;
  procedureName: string;
  reasons: string;
  officerName: string;
};

/** Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5). */
export type ApologyForm = {
  header: FormHeader;
  number: string;
  applicant: Applicant;
  dossierCode: string;
  procedureName: string;
  receivedAt: string;
  originalDueAt: string;
  reason: string;
  newDueAt: string;
  signerName: string;
  signerTitle: string;
};

export type HandoverLine = {
  /** The step's task, e.g. "Thẩm định hồ sơ". */
  task: string;
  fromUnit: string;
  toUnit: string;
  at: string;
  giverName: string;
  receiverName: string;
  /** Set when the receiving step finished: early / on time / late against its own due time. */
  result: 'early' | 'on_time' | 'late' | null;
  note?: string;
};

/** Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A4 portrait). */
export type ProcessControlForm = {
  header: FormHeader;
  dossierCode: string;
  applicant: Applicant;
  procedureName: string;
  receivedAt: string;
  dueAt: string;
  handovers: HandoverLine[];
  /** How the result was returned, once it was. */
  returned?: ReturnLine;
};

/** The return of the result: how, when, and for a home or postal delivery the record of it. */
export type ReturnLine = {
  deliveryText: string;
  at: string;
  recipientName?: string;
  address?: string;
  deliveredBy?: string;
  postalReceiptNumber?: string;
};

export type TrackingBookRow = {
  number: number;
  dossierCode: string;
  procedureName: string;
  setCount: number;
  applicantName: string;
  applicantContact: string;
  handlingAgency: string;
  receivedAt: string;
  dueAt: string;
  transferredAt?: string;
  resultReceivedAt?: string;
  returnedAt?: string;
  /** early / on time / late, when finished */
  outcome?: 'early' | 'on_time' | 'late';
  note?: string;
};

/** Mẫu 06 — Sổ theo dõi hồ sơ (A4 landscape): one row per dossier received in the period. */
export type TrackingBookForm = {
  header: FormHeader;
  unitName: string;
  periodFrom: string;
  periodTo: string;
  rows: TrackingBookRow[];
};
