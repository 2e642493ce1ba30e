import type { Applicant, DocumentLine } from './form-data.js';
import type { Doc, Scale } from './pdf-kit.js';
import { field, para } from './pdf-kit.js';
import { drawTable } from './pdf-table.js';

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
      { header: 'STT', weight: 0.42, align: 'center' },
      { header: 'Tên giấy tờ', weight: 3.1 },
      { header: 'Hình thức', weight: 1.6, align: 'center' },
      { header: 'Số lượng', weight: 0.82, align: 'center' },
    ],
    documents.map((line, index) => [String(index + 1), line.name, line.form, String(line.count)]),
    { fontSize: size, headerFontSize: size, padding: documents.length > 6 ? 2 : 2.5, lineGap: scale.lineGap },
  );
  doc.y += 3;
}
