import type { AgencySigner, Applicant, DocumentLine } from './form-data.js';
import type { Doc, Scale, Signature, Slot } from '../../../platform/documents/pdf-kit.js';
import { field, para, recipients } from '../../../platform/documents/pdf-kit.js';
import { drawTable } from '../../../platform/documents/pdf-table.js';

/** Pieces that several one-stop forms print the same way. */

/** Name, address, then phone and e-mail on one line. The identifier is never printed. */
export function applicantFields(doc: Doc, applicant: Applicant, scale: Scale, nameLabel = 'Ông/Bà:'): void {
  field(doc, nameLabel, applicant.name, scale, 'bold');
  field(doc, 'Địa chỉ:', applicant.address, scale);
  const contact = [
    applicant.phone ? { text: 'Số điện thoại: ' } : null,
    applicant.phone ? { text: applicant.phone } : null,
    applicant.phone && applicant.email ? { text: '     ' } : null,
    applicant.email ? { text: 'Email: ' } : null,
    applicant.email ? { text: applicant.email } : null,
  ].filter((run) => run !== null);
  if (contact.length > 0) para(doc, contact, scale);
}

/** STT / Tên giấy tờ / Hình thức / Số lượng, the type shrinking a little for long lists. */
export function documentsTable(doc: Doc, documents: DocumentLine[], scale: Scale): void {
  const size = documents.length > 6 ? scale.table - 0.5 : scale.table;
  drawTable(
    doc,
    [
      { header: 'STT', weight: 0.4, align: 'center' },
      { header: 'Tên giấy tờ', weight: 3.35 },
      { header: 'Hình thức', weight: 1.45, align: 'center' },
      { header: 'Số lượng', weight: 0.74, align: 'center' },
    ],
    documents.map((line, index) => [String(index + 1), line.name, line.form, String(line.count)]),
    { fontSize: size, headerFontSize: size, padding: documents.length > 6 ? 1.5 : 2.5, lineGap: scale.lineGap },
  );
  doc.y += 3;
}

/** The signature of an agency's head, or of a deputy for the head, sealed. */
export function agencySignature(signer: AgencySigner): Signature {
  return {
    title: signer.title,
    ...(signer.deputyTitle ? { deputyTitle: signer.deputyTitle } : {}),
    note: '(Ký, ghi rõ họ tên và đóng dấu)',
    ...(signer.name ? { name: signer.name } : {}),
  };
}

/** "Nơi nhận:" of a letter to the applicant: the applicant, the one-stop department when another agency writes, the archive. */
export function applicantRecipients(doc: Doc, applicantName: string, copyTo: string | undefined, scale: Scale): Slot {
  return recipients(doc, [`- Ông/Bà ${applicantName};`, ...(copyTo ? [`- ${copyTo};`] : []), '- Lưu: VT, hồ sơ.'], scale);
}

/** Body paragraphs of a letter-like form: first line indented, a little air between them. */
export const BODY_PARAGRAPH = { firstLine: 16, after: 3 };

/** "Kính gửi: Ông/Bà …", then the address and how to reach them, as a letter-like form opens. */
export function addressee(doc: Doc, applicant: Applicant, scale: Scale): void {
  para(doc, [{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${applicant.name}`, style: 'bold' }], scale, { indent: 40 });
  para(doc, `Địa chỉ: ${applicant.address}`, scale, { indent: 40 });
  const contact = [applicant.phone && `Số điện thoại: ${applicant.phone}`, applicant.email && `Email: ${applicant.email}`]
    .filter(Boolean)
    .join('; ');
  if (contact) para(doc, contact, scale, { indent: 40 });
  doc.y += 4;
}
