import type { RefusalForm } from './form-data.js';
import { applicantFields } from './form-parts.js';
import {
  A5_MARGINS,
  A5_SCALE,
  createDocument,
  drawHeader,
  drawSignatureRow,
  drawTitle,
  field,
  para,
  pdfToBuffer,
} from '../../../platform/documents/pdf-kit.js';

/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5): a dossier refused at intake, numbered by
 * the unit's own count of the year ("03/TCHS"). A dossier stopped after appraisal gets the stop notice.
 */
export async function renderRefusal(form: RefusalForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Phiếu từ chối tiếp nhận giải quyết hồ sơ ${form.number}` });
  const agency = form.header.agencyName;

  drawHeader(doc, form.header, scale, form.number);
  drawTitle(doc, 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', scale);

  para(doc, `${agency} tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính của:`, scale);
  applicantFields(doc, form.applicant, scale);
  field(doc, 'Nội dung yêu cầu giải quyết:', form.procedureName, scale, 'bold');
  doc.y += 2;
  para(doc, `Sau khi xem xét, đối chiếu với quy định, ${agency} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:`, scale, {
    firstLine: 16,
    after: 3,
  });
  for (const reason of form.reasons
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean))
    para(doc, `- ${reason}`, scale, { indent: 12, after: 2 });
  doc.y += 2;
  para(doc, 'Xin thông báo để ông/bà biết và thực hiện./.', scale, { firstLine: 16 });

  drawSignatureRow(doc, [null, { title: 'Người tiếp nhận hồ sơ', note: '(Ký và ghi rõ họ tên)', name: form.officerName }], scale);
  return pdfToBuffer(doc);
}
