import type { ReceiptForm } from './form-data.js';
import { applicantFields, documentsTable } from './form-parts.js';
import type { Slot } from '../../../platform/documents/pdf-kit.js';
import {
  A5_MARGINS,
  A5_SCALE,
  centredLine,
  createDocument,
  drawHeader,
  drawSignatureRow,
  drawTitle,
  field,
  para,
  pdfToBuffer,
  use,
} from '../../../platform/documents/pdf-kit.js';
import { qrPng } from './qr.js';
import { formatTime } from '../../../platform/documents/vn-format.js';

/** The QR code's printed side: 2.7 cm, so that a phone reads it from paper (at least 2.5 cm). */
export const QR_SIZE_PT = 76;

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5). One page for the usual checklists of
 * up to about eight documents; longer lists continue on a second page. The QR code carries the
 * public tracking address.
 */
export async function renderReceipt(form: ReceiptForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${form.dossierCode}` });
  const qr = await qrPng(form.trackingUrl);

  drawHeader(doc, form.header, scale);
  drawTitle(doc, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', scale);
  doc.y -= scale.title * 0.3;
  centredLine(doc, [{ text: '(Liên: lưu / giao người nộp)', style: 'italic', size: scale.small }], 2);
  centredLine(
    doc,
    [
      { text: 'Mã hồ sơ: ', size: scale.body + 0.5 },
      { text: form.dossierCode, style: 'bold', size: scale.body + 1.5 },
    ],
    3,
  );

  para(doc, `${form.header.agencyName} tiếp nhận hồ sơ của:`, scale);
  applicantFields(doc, form.applicant, scale);
  field(doc, 'Nội dung yêu cầu giải quyết:', form.procedureName, scale, 'bold');

  para(doc, '1. Giấy tờ trong hồ sơ gồm:', scale, { after: 2.5 });
  documentsTable(doc, form.documents, scale);
  field(doc, '2. Số lượng hồ sơ:', `${form.setCount} bộ`, scale);
  field(doc, '3. Thời gian giải quyết hồ sơ theo quy định là:', form.processingTimeText, scale);
  field(doc, '4. Thời gian nhận hồ sơ:', formatTime(form.receivedAt), scale);
  field(doc, '5. Thời gian trả kết quả giải quyết hồ sơ:', formatTime(form.dueAt), scale, 'bold');
  field(doc, '6. Nhận kết quả tại:', form.deliveryText, scale);
  const fees = form.fees.length > 0 ? form.fees.map((fee) => `${fee.name}: ${fee.text}`).join('; ') : 'Không';
  field(doc, '7. Phí, lệ phí:', `${fees}.`, scale);
  if (form.bookYear !== undefined && form.bookEntry !== undefined)
    para(doc, [{ text: `Vào Sổ theo dõi hồ sơ, quyển số ${form.bookYear}, số thứ tự ${form.bookEntry}.`, style: 'italic' }], scale);

  const qrSlot: Slot = (x, y, width) => {
    doc.image(qr, x + (width - QR_SIZE_PT) / 2, y, { width: QR_SIZE_PT, height: QR_SIZE_PT });
    use(doc, 'italic', scale.small - 1).text('Quét mã để tra cứu tiến độ', x, y + QR_SIZE_PT + 1, {
      width,
      align: 'center',
      lineGap: scale.lineGap,
    });
    return doc.y;
  };
  drawSignatureRow(
    doc,
    [
      { title: 'Người nộp hồ sơ', note: '(Ký và ghi rõ họ tên)', name: form.applicant.name },
      qrSlot,
      { title: 'Người tiếp nhận hồ sơ', note: '(Ký và ghi rõ họ tên)', name: form.officerName },
    ],
    scale,
    { widths: [1.1, 0.85, 1.1], gap: 0.4, height: QR_SIZE_PT + 14 },
  );
  return pdfToBuffer(doc);
}
