import type { ApologyForm } from './form-data.js';
import { addressee, agencySignature, applicantRecipients, BODY_PARAGRAPH } from './form-parts.js';
import {
  A5_MARGINS,
  A5_SCALE,
  createDocument,
  drawHeader,
  drawSignatureRow,
  drawTitle,
  para,
  pdfToBuffer,
} from '../../../platform/documents/pdf-kit.js';
import { formatDate, formatTime } from '../../../platform/documents/vn-format.js';

/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5), numbered "<dossier code>/PXL", issued and
 * signed by the agency settling the dossier, with the reason and the new date (Decree 118/2025/NĐ-CP,
 * Circular 03/2025/TT-VPCP; the rule of Decree 61/2018 art. 19(9) carried over), a copy to the
 * one-stop department that keeps the appointment.
 */
export async function renderApology(form: ApologyForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${form.number}` });
  const agency = form.header.agencyName;
  const { applicant } = form;

  drawHeader(doc, form.header, scale, form.number);
  drawTitle(doc, 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', scale);

  addressee(doc, applicant, scale);

  para(
    doc,
    [
      { text: `Ngày ${formatDate(form.receivedAt)}, ${agency} tiếp nhận giải quyết hồ sơ của ông/bà đề nghị giải quyết thủ tục ` },
      { text: form.procedureName, style: 'bold' },
      { text: ', mã hồ sơ: ' },
      { text: form.dossierCode, style: 'bold' },
      { text: '.' },
    ],
    scale,
    BODY_PARAGRAPH,
  );
  para(
    doc,
    [{ text: 'Thời hẹn trả kết quả giải quyết hồ sơ: ' }, { text: formatTime(form.originalDueAt) }, { text: '.' }],
    scale,
    BODY_PARAGRAPH,
  );
  para(doc, `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của ông/bà đúng hạn.`, scale, BODY_PARAGRAPH);
  para(doc, [{ text: 'Lý do: ' }, { text: form.reason }], scale, BODY_PARAGRAPH);
  para(
    doc,
    [
      {
        text: `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ông/bà. ${agency} xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào `,
      },
      { text: formatTime(form.newDueAt), style: 'bold' },
      { text: '.' },
    ],
    scale,
    BODY_PARAGRAPH,
  );
  para(doc, 'Rất mong nhận được sự thông cảm của ông/bà./.', scale, BODY_PARAGRAPH);

  drawSignatureRow(doc, [applicantRecipients(doc, applicant.name, form.copyTo, scale), agencySignature(form.signer)], scale, {
    widths: [1, 1.2],
  });
  return pdfToBuffer(doc);
}
