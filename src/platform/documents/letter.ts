/**
 * An administrative letter (công văn, thông báo, phiếu) laid out after Decree 30/2020/NĐ-CP, as
 * PDF (A4, Noto Serif) and DOCX (A4, Times New Roman 13–14, the margins of Annex I): the two-column
 * heading with the number, the place and date, the kind of document and its gist, "Kính gửi", the
 * body, then "Nơi nhận" on the left and the signature on the right. One description, two files.
 */
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { centred, run, twoColumns } from './docx-kit.js';
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
import { formatPlaceDate } from './vn-format.js';

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

export async function renderLetterDocx(letter: Letter): Promise<Buffer> {
  const { header } = letter;
  const heading = twoColumns(
    [
      ...(header.superiorHeading ? [centred([run(header.superiorHeading.toLocaleUpperCase('vi'), { size: 26 })])] : []),
      centred([run(header.agencyHeading.toLocaleUpperCase('vi'), { bold: true, size: 26 })], 120),
      centred([run(`Số: ${letter.number}`, { size: 26 })]),
    ],
    [
      centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 })]),
      centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })], 120),
      centred([run(formatPlaceDate(header.place, header.issuedAt), { italics: true })]),
    ],
    [40, 60],
  );
  const signature = twoColumns(
    [
      new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
      ...letter.copies.map((line) => new Paragraph({ children: [run(line, { size: 22 })] })),
    ],
    [
      centred([run(letter.signer.title.toLocaleUpperCase('vi'), { bold: true })]),
      centred([run('(Ký, ghi rõ họ tên và đóng dấu)', { italics: true, size: 26 })], 1200),
      centred([run(letter.signer.name ?? '', { bold: true })]),
    ],
    [45, 55],
  );
  const body = letter.paragraphs.map(
    (text) =>
      new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 }, children: [run(text)] }),
  );
  const doc = new Document({
    creator: 'motcua',
    title: `${letter.title} ${letter.number}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
          heading,
          new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(letter.title, { bold: true })] }),
          ...(letter.subtitle ? [centred([run(letter.subtitle, { bold: true })], 240)] : []),
          ...letter.to.map(
            (line, index) =>
              new Paragraph({
                indent: { left: index === 0 ? 1134 : 2268 },
                spacing: { after: 120 },
                children: index === 0 ? [run('Kính gửi: '), run(line, { bold: true })] : [run(line)],
              }),
          ),
          ...body,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
