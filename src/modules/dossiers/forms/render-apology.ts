import type { ApologyForm } from './form-data.js';
import { A5_MARGINS, A5_SCALE, createDocument, drawHeader, drawSignatureRow, drawTitle, para, pdfToBuffer, recipients } from './pdf-kit.js';
import { agencyInSentence, formatDate, formatTime } from './vn-format.js';

/** Body paragraphs: first line indented, a little air between them. */
const BODY = { firstLine: 16, after: 3 };

/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5), numbered "<dossier code>/PXL", signed
 * by the head of the settling body. Decree 61/2018 art. 19(9) requires the reason and the new date.
 */
export async function renderApology(form: ApologyForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${form.number}` });
  const agency = agencyInSentence(form.header.agencyName, form.header.place);
  const { applicant } = form;

  drawHeader(doc, form.header, scale, form.number);
  drawTitle(doc, 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', scale);

  para(doc, [{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${applicant.name}`, style: 'bold' }], scale, { indent: 40 });
  para(doc, `Địa chỉ: ${applicant.address}`, scale, { indent: 40 });
  const contact = [applicant.phone && `Số điện thoại: ${applicant.phone}`, applicant.email && `Email: ${applicant.email}`]
    .filter(Boolean)
    .join('; ');
  if (contact) para(doc, contact, scale, { indent: 40 });
  doc.y += 4;

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
    BODY,
  );
  para(doc, [{ text: 'Thời hẹn trả kết quả giải quyết hồ sơ: ' }, { text: formatTime(form.originalDueAt) }, { text: '.' }], scale, BODY);
  para(doc, `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của ông/bà đúng hạn.`, scale, BODY);
  para(doc, [{ text: 'Lý do: ' }, { text: form.reason }], scale, BODY);
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
    BODY,
  );
  para(doc, 'Rất mong nhận được sự thông cảm của ông/bà./.', scale, BODY);

  drawSignatureRow(
    doc,
    [
      recipients(doc, [`- Ông/Bà ${applicant.name};`, '- Lưu: VT.'], scale),
      { title: form.signerTitle, note: '(Ký, ghi rõ họ tên và đóng dấu)', name: form.signerName },
    ],
    scale,
    { widths: [1, 1.2] },
  );
  return pdfToBuffer(doc);
}
