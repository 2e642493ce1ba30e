/** A letter (letter.ts) as DOCX: A4, Times New Roman 13–14, the margins of Decree 30/2020/NĐ-CP Annex I. */
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { centred, run, twoColumns } from './docx-kit.js';
import type { Letter } from './letter.js';
import { formatPlaceDate } from './vn-format.js';

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
