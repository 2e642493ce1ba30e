import type { TrackingBookForm, TrackingBookRow } from './form-data.js';
import type { Scale } from '../../../platform/documents/pdf-kit.js';
import { A4_SCALE, createDocument, drawHeader, drawTitle, numberPages, pdfToBuffer, use } from '../../../platform/documents/pdf-kit.js';
import type { Column } from '../../../platform/documents/pdf-table.js';
import { drawTable } from '../../../platform/documents/pdf-table.js';
import { formatDate, formatShortTime, outcomeLabel } from '../../../platform/documents/vn-format.js';

const DATES = 'Ngày, tháng, năm';

/** The book's columns, shared with the XLSX export (`xlsxWidth` in characters). */
export const TRACKING_BOOK_COLUMNS: (Column & { xlsxWidth: number })[] = [
  { header: 'STT', weight: 0.5, align: 'center', xlsxWidth: 7 },
  { header: 'Mã hồ sơ', weight: 2.55, xlsxWidth: 26 },
  { header: 'Tên TTHC', weight: 1.55, xlsxWidth: 40 },
  { header: 'Số lượng hồ sơ (bộ)', weight: 0.65, align: 'center', xlsxWidth: 10 },
  { header: 'Tên cá nhân, tổ chức', weight: 1.25, xlsxWidth: 26 },
  { header: 'Địa chỉ, số điện thoại', weight: 1.3, xlsxWidth: 34 },
  { header: 'Cơ quan chủ trì giải quyết', weight: 1.15, xlsxWidth: 26 },
  { header: 'Nhận hồ sơ', weight: 1.0, align: 'center', group: DATES, xlsxWidth: 17 },
  { header: 'Hẹn trả kết quả', weight: 1.0, align: 'center', group: DATES, xlsxWidth: 17 },
  { header: 'Chuyển hồ sơ đến cơ quan giải quyết', weight: 1.0, align: 'center', group: DATES, xlsxWidth: 17 },
  { header: 'Nhận kết quả từ cơ quan giải quyết', weight: 1.0, align: 'center', group: DATES, xlsxWidth: 17 },
  { header: 'Trả kết quả cho cá nhân, tổ chức', weight: 1.0, align: 'center', group: DATES, xlsxWidth: 17 },
  { header: 'Kết quả (Trước hạn / Đúng hạn / Quá hạn)', weight: 0.9, align: 'center', xlsxWidth: 14 },
  { header: 'Cá nhân, tổ chức ký nhận kết quả', weight: 1.0, align: 'center', xlsxWidth: 20 },
  { header: 'Ghi chú', weight: 0.8, xlsxWidth: 22 },
];

/** The line under the title: the books the period reaches into, then the period ("Quyển số 2025 - Từ ngày 01/01/2025 đến ngày 31/03/2025"). */
export const trackingBookPeriod = (form: TrackingBookForm) =>
  `Quyển số ${form.bookYears.join(', ')} - Từ ngày ${formatDate(form.periodFrom)} đến ngày ${formatDate(form.periodTo)}`;

/** One row as the texts of the columns above (dates still as ISO instants, in their columns); the applicant signs on paper. */
export function trackingBookCells(row: TrackingBookRow): string[] {
  return [
    row.number === null ? '' : String(row.number),
    row.dossierCode,
    row.procedureName,
    String(row.setCount),
    row.applicantName,
    row.applicantContact,
    row.handlingAgency,
    formatShortTime(row.receivedAt),
    formatShortTime(row.dueAt),
    formatShortTime(row.transferredAt),
    formatShortTime(row.resultReceivedAt),
    formatShortTime(row.returnedAt),
    row.outcome ? outcomeLabel[row.outcome] : '',
    '',
    row.note ?? '',
  ];
}

const BOOK_SCALE: Scale = { ...A4_SCALE, header: 10, motto: 10.5, title: 14, body: 10.5, small: 8.5, table: 7.5 };

/**
 * Mẫu 06 — Sổ theo dõi hồ sơ (A4 landscape): one row per dossier received in the period, each under
 * its entry number in the book of its year (so printouts of consecutive months continue one
 * another), with a column for the applicant to sign for the result; numbered pages ("Trang x/y").
 * A thousand rows take about seventy pages.
 */
export async function renderTrackingBook(form: TrackingBookForm): Promise<Buffer> {
  const scale = BOOK_SCALE;
  const doc = createDocument({
    size: 'A4',
    layout: 'landscape',
    bufferPages: true,
    margins: { top: 36, bottom: 40, left: 42, right: 30 },
    title: `Sổ theo dõi hồ sơ - ${form.unitName} - ${trackingBookPeriod(form)}`,
  });

  drawHeader(doc, form.header, scale);
  drawTitle(doc, 'Sổ theo dõi hồ sơ', scale, [form.unitName]);
  use(doc, 'italic', scale.body).text(trackingBookPeriod(form), { align: 'center' });
  doc.y += 8;

  drawTable(doc, TRACKING_BOOK_COLUMNS, form.rows.map(trackingBookCells), {
    fontSize: scale.table,
    headerFontSize: scale.table,
    padding: 2.5,
    lineGap: -0.6,
  });

  numberPages(doc, scale);
  return pdfToBuffer(doc);
}
