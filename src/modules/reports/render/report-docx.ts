/**
 * The periodic report as DOCX in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4 portrait,
 * margins 20/20/30/15 mm, Times New Roman, the borderless two-column heading (issuing body and
 * "Số: …/BC-…" left, national title and motto right, place and date in italics), "BÁO CÁO" and its
 * subject, justified body at 14 pt with a 1 cm first-line indent ending "./.", recipients and
 * signature, page numbers centred in the top margin from page 2. Every generated paragraph is a
 * bookmark named after the figure ids it prints; the annex tables carry the ids in a column.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { centred, DOCX_FONT, run, twoColumns, type RunOptions } from '../../../platform/documents/docx-kit.js';
import { formatPlaceDate } from '../../../platform/documents/vn-format.js';
import { printNumber } from './printed-report.js';
import { printedSections, type PrintedReport } from './printed-report.js';

const font = DOCX_FONT;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const lined = { top: line, bottom: line, left: line, right: line };
/** A short rule under a centred line: a bottom border on an empty paragraph, indented to about a third of the column. */
const rule = (indent: number) =>
  new Paragraph({
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });

const bookmarkName = (id: string, index: number) => `F_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 32) + `_${index}`;

function body(text: string, figureIds: string[], counter: { n: number }): Paragraph {
  const runs = [run(text)];
  const children =
    figureIds.length === 0
      ? runs
      : [
          new Bookmark({ id: bookmarkName(figureIds[0] ?? '', (counter.n += 1)), children: runs }),
          ...figureIds.slice(1).map((id) => new Bookmark({ id: bookmarkName(id, (counter.n += 1)), children: [] })),
        ];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 }, children });
}

const tableCell = (text: string, options: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; width: number }) =>
  new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    borders: lined,
    children: [new Paragraph({ alignment: options.align ?? AlignmentType.LEFT, children: [run(text, { size: 24, ...options })] })],
  });

function annexTables(report: PrintedReport): (Paragraph | Table)[] {
  return report.content.annexes.flatMap((annex) => [
    new Paragraph({
      spacing: { before: 240, after: 120 },
      alignment: AlignmentType.CENTER,
      children: [run(`PHỤ LỤC ${annex.code}`, { bold: true })],
    }),
    centred([run(annex.title, { bold: true })], 60),
    centred([run(`(Kèm theo Báo cáo số ${report.number} — ${report.content.range.replace(/\.$/, '')})`, { italics: true, size: 24 })], 120),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['STT', 'Mã số liệu', 'Nội dung', 'Đơn vị tính', 'Kỳ báo cáo', 'Cùng kỳ năm trước'].map((header, index) =>
            tableCell(header, { bold: true, align: AlignmentType.CENTER, width: [6, 24, 34, 12, 12, 12][index] ?? 10 }),
          ),
        }),
        ...annex.rows.map(
          (row, index) =>
            new TableRow({
              children: [
                tableCell(String(index + 1), { align: AlignmentType.CENTER, width: 6 }),
                tableCell(row.figureId, { width: 24, size: 20 }),
                tableCell(row.label, { width: 34 }),
                tableCell(row.unitWord, { align: AlignmentType.CENTER, width: 12 }),
                tableCell(printNumber(row.value, row.decimals), { align: AlignmentType.RIGHT, width: 12 }),
                tableCell(row.previous === null ? '' : printNumber(row.previous, row.decimals), {
                  align: AlignmentType.RIGHT,
                  width: 12,
                }),
              ],
            }),
        ),
      ],
    }),
  ]);
}

export async function renderReportDocx(report: PrintedReport): Promise<Buffer> {
  const { content } = report;
  const heading = twoColumns(
    [
      ...(content.issuer.superior ? [centred([run(content.issuer.superior, { size: 26 })])] : []),
      ...content.issuer.agency.split('\n').map((line) => centred([run(line, { bold: true, size: 26 })])),
      rule(900),
      centred([run(`Số: ${report.number}`, { size: 26 })], 0),
    ],
    [
      centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 })]),
      centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true })]),
      rule(1100),
      centred([run(formatPlaceDate(content.issuer.place, report.issuedAt), { italics: true })]),
    ],
    [40, 60],
  );
  const counter = { n: 0 };
  const sections = printedSections(content).flatMap((section) => [
    new Paragraph({ spacing: { before: 120, after: 120 }, indent: { firstLine: 567 }, children: [run(section.heading, { bold: true })] }),
    ...section.paragraphs.map((paragraph) => body(paragraph.text, paragraph.figureIds, counter)),
  ]);
  const signerLines = report.signerTitle.split('\n');
  const signature = twoColumns(
    [
      new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
      ...report.recipients.map((text) => new Paragraph({ children: [run(text, { size: 22 })] })),
    ],
    [
      ...signerLines.map((text) => centred([run(text, { bold: true })])),
      centred([run(report.signed ? '(Đã ký)' : '(Ký, ghi rõ họ tên và đóng dấu)', { italics: true, size: 26 })], 1200),
      centred([run(report.signerName ?? '', { bold: true })]),
    ],
    [45, 55],
  );
  const pageNumber = new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font, size: 28, children: [PageNumber.CURRENT] })] }),
    ],
  });
  const page = {
    size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
    margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
  };
  const doc = new Document({
    creator: 'motcua',
    title: `${content.title} ${report.number}`,
    description: `Báo cáo ${content.subject}`,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        properties: { page, titlePage: true },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          heading,
          new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [run(content.title, { bold: true })] }),
          centred([run(content.subject, { bold: true })]),
          rule(3200),
          centred([run(content.range, { italics: true })], 240),
          ...sections,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signature,
        ],
      },
      { properties: { page }, headers: { default: pageNumber }, children: annexTables(report) },
    ],
  });
  return Packer.toBuffer(doc);
}
