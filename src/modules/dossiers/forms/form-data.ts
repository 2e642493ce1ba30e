/**
 * What each official one-stop form shows: plain data, filled by the dossier use cases and rendered
 * to PDF by the renderers beside this file. The forms are those of Decree 118/2025/NĐ-CP and
 * Circular 03/2025/TT-VPCP, Annex I (which carried the six forms of Circular 01/2018/TT-VPCP over
 * and added the stop notice as its form 05, so that the process-control slip and the tracking book
 * became its forms 06 and 07; the names below keep the numbers officers know, Mẫu 01–06).
 * Instants are ISO 8601 strings; the renderers print them in Vietnam's time (UTC+7) as
 * "hh giờ mm phút, ngày dd/mm/yyyy".
 */
import type { FormHeader } from '../../../platform/documents/pdf-kit.js';

/** The heading of a form, from the issuing agency's profile (org's `getAgencyProfile`). */
export type { FormHeader };

export type Applicant = {
  name: string;
  address: string;
  phone?: string;
  email?: string;
  /** Citizen ID or tax code; never printed in full on public documents. */
  identifier?: string;
};

export type DocumentLine = { name: string; form: string; count: number };

/**
 * Who signs for an agency (Decree 30/2020/NĐ-CP): its head ("CHỦ TỊCH"), or a deputy for the head
 * ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"). The name is printed when the officer who acted holds the
 * title; otherwise the line is left for the signer to write.
 */
export type AgencySigner = { title: string; deputyTitle?: string; name?: string };

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
  /** Printed after "Nhận kết quả tại:", e.g. "Trung tâm Phục vụ hành chính công xã Bắc Mê". */
  deliveryText: string;
  /** The procedure version's fees and charges, e.g. "Lệ phí đăng ký: 8.000 đồng (mỗi việc)"; "Miễn" for a free one. */
  fees: { name: string; text: string }[];
  /** "Vào Sổ theo dõi hồ sơ, quyển số {bookYear}, số thứ tự {bookEntry}". */
  bookYear?: number;
  bookEntry?: number;
  /** The public tracking address encoded in the QR code, e.g. https://…/tra-cuu?ma=…&k=… */
  trackingUrl: string;
  officerName: string;
};

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5). */
export type SupplementRequestForm = {
  header: FormHeader;
  /** "<dossier code>/HDHS", or the unit's own number of the year for a dossier guided before it had a code ("07/HDHS"). */
  number: string;
  dossierCode?: string;
  applicant: Applicant;
  procedureName: string;
  missingDocuments: DocumentLine[];
  reason: string;
  /** Where to read the rules and whom to call. */
  contact: { officerName: string; phone?: string; lookupUrl?: string };
};

/** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5), at intake. */
export type RefusalForm = {
  header: FormHeader;
  number: string;
  applicant: Applicant;
  procedureName: string;
  reasons: string;
  officerName: string;
};

/** Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5), issued by the agency settling the dossier. */
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
  signer: AgencySigner;
  /** The one-stop department that keeps the appointment, when it is not the issuing agency. */
  copyTo?: string;
};

/** Thông báo dừng giải quyết hồ sơ (A5; Circular 03/2025 Annex I, form 05): a dossier stopped after appraisal. */
export type StopNoticeForm = {
  header: FormHeader;
  number: string;
  applicant: Applicant;
  dossierCode: string;
  procedureName: string;
  receivedAt: string;
  /** The one-stop department that received the dossier and returns it, as sentences name it. */
  receivingAgencyName: string;
  reason: string;
  signer: AgencySigner;
  /** The one-stop department, when it is not the issuing agency. */
  copyTo?: string;
};

export type HandoverLine = {
  /** The step's task, e.g. "Thẩm định hồ sơ". */
  task: string;
  fromUnit: string;
  toUnit: string;
  at: string;
  /** Full names; absent when not known yet (the officer writes it when signing). */
  giverName?: string;
  receiverName?: string;
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
  /** The dossier's entry in the book of its year: numbered from 1 through the year, never per printout. */
  number: number | null;
  dossierCode: string;
  procedureName: string;
  setCount: number;
  applicantName: string;
  applicantContact: string;
  /** The agency settling the dossier (the unit of its decisive step). */
  handlingAgency: string;
  receivedAt: string;
  dueAt: string;
  /** The first hand-over to a unit other than the one-stop department. */
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
  /** The one-stop department keeping the book. */
  unitName: string;
  /** The books the period reaches into: one a year ("Quyển số 2025"). */
  bookYears: number[];
  periodFrom: string;
  periodTo: string;
  rows: TrackingBookRow[];
};
