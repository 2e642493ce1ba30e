import type { ProcessControlForm } from './form-data.js';
import {
  A4_MARGINS,
  A4_SCALE,
  centredLine,
  createDocument,
  drawHeader,
  drawTitle,
  field,
  numberPages,
  pdfToBuffer,
} from '../../../platform/documents/pdf-kit.js';
import type { Cell, Column } from '../../../platform/documents/pdf-table.js';
import { drawTable } from '../../../platform/documents/pdf-table.js';
import { formatTime, outcomeLabel } from '../../../platform/documents/vn-format.js';

const SIGNED = '(Ký, ghi rõ họ tên)';

export const PROCESS_CONTROL_COLUMNS: Column[] = [
  { header: 'TÊN CƠ QUAN / NHIỆM VỤ', weight: 2.2 },
  { header: 'THỜI GIAN GIAO, NHẬN HỒ SƠ', weight: 1.05, align: 'center' },
  { header: `NGƯỜI GIAO ${SIGNED}`, weight: 1.55, align: 'center' },
  { header: `NGƯỜI NHẬN ${SIGNED}`, weight: 1.55, align: 'center' },
  { header: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn / Đúng hạn / Quá hạn)', weight: 1.0, align: 'center' },
  { header: 'GHI CHÚ', weight: 0.85 },
];

/** A signer's cell: blank lines to sign in, then the full name (left blank to write when not known). */
const signerCell = (name: string | undefined): Cell => ({ lines: [{ text: ' ' }, { text: ' ' }, { text: name ?? ' ', style: 'bold' }] });

/**
 * Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A4 portrait): one row per hand-over
 * between units, with its time, room for the giver and the receiver to sign above their full names,
 * and whether the step finished early, on time or late; then how the result was returned (for a
 * home or postal delivery: the recipient, the address, the time and who delivered it or the postal
 * receipt). Long histories continue on further pages under a repeated header.
 */
export async function renderProcessControl(form: ProcessControlForm): Promise<Buffer> {
  const scale = A4_SCALE;
  const doc = createDocument({
    size: 'A4',
    margins: A4_MARGINS,
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${form.dossierCode}`,
    bufferPages: true,
  });

  drawHeader(doc, form.header, scale);
  drawTitle(doc, 'Phiếu kiểm soát quá trình giải quyết hồ sơ', scale);
  centredLine(
    doc,
    [
      { text: 'Mã hồ sơ: ', size: scale.body },
      { text: form.dossierCode, style: 'bold', size: scale.body + 1 },
    ],
    6,
  );

  field(doc, 'Kèm theo hồ sơ của:', form.applicant.name, scale, 'bold');
  field(doc, 'Địa chỉ:', form.applicant.address, scale);
  field(doc, 'Số điện thoại:', form.applicant.phone, scale);
  field(doc, 'Nội dung yêu cầu giải quyết:', form.procedureName, scale, 'bold');
  field(doc, 'Thời gian nhận hồ sơ:', formatTime(form.receivedAt), scale);
  field(doc, 'Thời gian hẹn trả kết quả:', formatTime(form.dueAt), scale, 'bold');
  doc.y += 6;

  const rows: Cell[][] = form.handovers.map((step, index) => [
    {
      lines: [{ text: `${index + 1}. ${step.task}`, style: 'bold' }, { text: `Giao: ${step.fromUnit}` }, { text: `Nhận: ${step.toUnit}` }],
    },
    formatTime(step.at),
    signerCell(step.giverName),
    signerCell(step.receiverName),
    step.result ? { lines: [{ text: outcomeLabel[step.result], style: 'bold' }] } : '',
    step.note ?? '',
  ]);
  drawTable(doc, PROCESS_CONTROL_COLUMNS, rows, {
    fontSize: scale.table - 1.5,
    headerFontSize: scale.table - 2,
    padding: 4,
    lineGap: scale.lineGap,
  });
  if (form.returned) {
    const returned = form.returned;
    doc.y += 8;
    field(doc, 'Trả kết quả:', `${returned.deliveryText}, ${formatTime(returned.at)}`, scale, 'bold');
    field(doc, 'Người nhận kết quả:', returned.recipientName, scale);
    field(doc, 'Địa chỉ nhận:', returned.address, scale);
    field(doc, 'Người giao:', returned.deliveredBy, scale);
    field(doc, 'Số biên nhận bưu chính:', returned.postalReceiptNumber, scale);
  }
  numberPages(doc, scale, true);
  return pdfToBuffer(doc);
}
