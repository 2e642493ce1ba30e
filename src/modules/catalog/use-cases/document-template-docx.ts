import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { ProcedureInput } from '../../../contracts/catalog.js';

type RequiredDocument = ProcedureInput['documents'][number];

const font = 'Times New Roman';
const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font, size: options.size ?? 26, bold: options.bold ?? false, italics: options.italics ?? false });
const centred = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
const line = (label: string) =>
  new Paragraph({ spacing: { before: 120 }, children: [run(`${label}: `), run('.'.repeat(Math.max(10, 90 - label.length)))] });

/**
 * A fill-in form for a required document, as a DOCX in the state administrative style
 * (Times New Roman 13, national motto, signature block). The official layout of each form
 * comes with the procedure's legal basis; this template carries its title and the fields
 * every applicant fills in.
 */
export async function documentTemplateDocx(procedure: ProcedureInput, document: RequiredDocument): Promise<Buffer> {
  const title = (document.templateName ?? document.name).toUpperCase();
  const doc = new Document({
    creator: 'motcua',
    title: document.templateName ?? document.name,
    description: `${procedure.code} — ${procedure.name}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          centred(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
          centred(run('Độc lập - Tự do - Hạnh phúc', { bold: true })),
          centred(run('---------------')),
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [run(title, { bold: true, size: 28 })] }),
          centred(run(`(Thủ tục: ${procedure.name} — mã ${procedure.code})`, { italics: true, size: 24 })),
          new Paragraph({ spacing: { before: 240 }, children: [run('Kính gửi: ', { bold: true }), run('.'.repeat(70))] }),
          line('Họ, chữ đệm, tên người yêu cầu'),
          line('Ngày, tháng, năm sinh'),
          line('Số định danh cá nhân'),
          line('Nơi cư trú'),
          line('Số điện thoại'),
          line('Thư điện tử'),
          line('Nội dung đề nghị'),
          new Paragraph({ spacing: { before: 120 }, children: [run('.'.repeat(110))] }),
          new Paragraph({
            spacing: { before: 120 },
            children: [
              run('Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.'),
            ],
          }),
          new Paragraph({
            spacing: { before: 360 },
            alignment: AlignmentType.RIGHT,
            children: [run('......., ngày ..... tháng ..... năm .......', { italics: true })],
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('NGƯỜI YÊU CẦU', { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('(Ký, ghi rõ họ, chữ đệm, tên)', { italics: true, size: 24 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
