import type { StopNoticeForm } from './form-data.js';
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
import { formatDate } from '../../../platform/documents/vn-format.js';

/**
 * Thông báo dừng giải quyết hồ sơ (A5; Circular 03/2025/TT-VPCP, Annex I, form 05): the agency
 * settling a dossier tells the applicant that it stopped the dossier after appraisal, and why; the
 * dossier goes back through the one-stop department that received it. Numbered "<dossier code>/DGHS",
 * signed by the agency's head (or a deputy for the head). A dossier refused at intake gets Mẫu 03.
 */
export async function renderStopNotice(form: StopNoticeForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Thông báo dừng giải quyết hồ sơ ${form.number}` });
  const agency = form.header.agencyName;
  const { applicant } = form;

  drawHeader(doc, form.header, scale, form.number);
  drawTitle(doc, 'Thông báo dừng giải quyết hồ sơ', scale);

  addressee(doc, applicant, scale);

  para(
    doc,
    [
      {
        text: `Ngày ${formatDate(form.receivedAt)}, ${form.receivingAgencyName} tiếp nhận hồ sơ của ông/bà đề nghị giải quyết thủ tục `,
      },
      { text: form.procedureName, style: 'bold' },
      { text: ', mã hồ sơ: ' },
      { text: form.dossierCode, style: 'bold' },
      { text: '.' },
    ],
    scale,
    BODY_PARAGRAPH,
  );
  para(doc, `Sau khi thẩm định hồ sơ, ${agency} thông báo dừng giải quyết hồ sơ của ông/bà vì lý do sau:`, scale, BODY_PARAGRAPH);
  for (const reason of form.reason
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean))
    para(doc, `- ${reason}`, scale, { indent: 12, after: 2 });
  doc.y += 1;
  para(doc, `Hồ sơ được trả lại cho ông/bà tại ${form.receivingAgencyName}.`, scale, BODY_PARAGRAPH);
  para(doc, `${agency} thông báo để ông/bà biết./.`, scale, BODY_PARAGRAPH);

  drawSignatureRow(doc, [applicantRecipients(doc, applicant.name, form.copyTo, scale), agencySignature(form.signer)], scale, {
    widths: [1, 1.2],
  });
  return pdfToBuffer(doc);
}
