/**
 * An administrative letter (công văn, thông báo, phiếu) laid out after Decree 30/2020/NĐ-CP, as
 * PDF (A4, Noto Serif) and DOCX (A4, Times New Roman 13–14, the margins of Annex I): the two-column
 * heading with the number, the place and date, the kind of document and its gist, "Kính gửi", the
 * body, then "Nơi nhận" on the left and the signature on the right. One description, two files;
 * the DOCX in letter-docx.ts, loaded with the first one asked for.
 */
import {
  A4_MARGINS,
  A4_SCALE,
  createDocument,
  drawHeader,
  drawSignatureRow,
  drawTitle,
  para,
  pdfToBuffer,
  recipients,
  type FormHeader,
} from './pdf-kit.js';

export type Letter = {
  header: FormHeader;
  /** "15/TB-UBND"; dots to fill in by hand when the register gives the number. */
  number: string;
  /** The kind of document: "THÔNG BÁO", "PHIẾU CHUYỂN ĐƠN". */
  title: string;
  /** Its gist: "Về việc thụ lý giải quyết khiếu nại". */
  subtitle?: string;
  /** "Kính gửi:" lines. */
  to: string[];
  paragraphs: string[];
  /** "Nơi nhận:" lines, the archive last. */
  copies: string[];
  signer: { title: string; name?: string };
};

const scale = A4_SCALE;
const BODY = { firstLine: 28, after: 4 };

export async function renderLetterPdf(letter: Letter): Promise<Buffer> {
  const doc = createDocument({ size: 'A4', margins: A4_MARGINS, title: `${letter.title} ${letter.number}` });
  drawHeader(doc, letter.header, scale, letter.number);
  drawTitle(doc, letter.title, scale, letter.subtitle ? [letter.subtitle] : []);
  letter.to.forEach((line, index) =>
    para(doc, index === 0 ? [{ text: 'Kính gửi: ' }, { text: line, style: 'bold' }] : line, scale, { indent: index === 0 ? 60 : 118 }),
  );
  doc.y += 6;
  for (const paragraph of letter.paragraphs) para(doc, paragraph, scale, BODY);
  drawSignatureRow(
    doc,
    [
      recipients(doc, letter.copies, scale),
      { title: letter.signer.title, note: '(Ký, ghi rõ họ tên và đóng dấu)', ...(letter.signer.name ? { name: letter.signer.name } : {}) },
    ],
    scale,
    { widths: [1, 1.1] },
  );
  return pdfToBuffer(doc);
}
