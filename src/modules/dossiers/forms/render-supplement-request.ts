import type { SupplementRequestForm } from './form-data.js';
import { applicantFields, documentsTable } from './form-parts.js';
import type { Run } from '../../../platform/documents/pdf-kit.js';
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
} from '../../../platform/documents/pdf-kit.js';

/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5), numbered "<dossier code>/HDHS", or by the
 * unit's own count of the year ("07/HDHS") for a dossier guided before it had a code.
 */
export async function renderSupplementRequest(form: SupplementRequestForm): Promise<Buffer> {
  const scale = A5_SCALE;
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ ${form.number}` });
  const agency = form.header.agencyName;

  drawHeader(doc, form.header, scale, form.number);
  drawTitle(doc, 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', scale);
  if (form.dossierCode)
    centredLine(
      doc,
      [
        { text: 'Mã hồ sơ: ', size: scale.body },
        { text: form.dossierCode, style: 'bold', size: scale.body + 0.5 },
      ],
      3,
    );

  para(
    doc,
    [{ text: `${agency} tiếp nhận hồ sơ đề nghị giải quyết thủ tục ` }, { text: form.procedureName, style: 'bold' }, { text: ' của:' }],
    scale,
  );
  applicantFields(doc, form.applicant, scale);

  para(doc, 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:', scale, { after: 2.5 });
  documentsTable(doc, form.missingDocuments, scale);
  field(doc, 'Lý do:', form.reason, scale);
  if (form.contact.lookupUrl) {
    para(doc, [{ text: 'Tra cứu quy định của thủ tục tại: ' }, { text: form.contact.lookupUrl, style: 'italic' }], scale);
  }
  const contact: Run[] = [
    { text: 'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với ' },
    { text: form.contact.officerName, style: 'bold' },
    ...(form.contact.phone ? [{ text: ', số điện thoại ' }, { text: form.contact.phone, style: 'bold' as const }] : []),
    { text: ' để được hướng dẫn./.' },
  ];
  para(doc, contact, scale);

  drawSignatureRow(doc, [null, { title: 'Người hướng dẫn', note: '(Ký và ghi rõ họ tên)', name: form.contact.officerName }], scale);
  return pdfToBuffer(doc);
}
