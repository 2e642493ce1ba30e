/**
 * The periodic report as PDF, from the same printed report as the DOCX: the Decree 30/2020 heading,
 * "BÁO CÁO" and the subject, the range, the sections, recipients and signature, then the annex
 * tables with each figure's id; pages numbered from page 2.
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
  use,
  type Doc,
} from '../../../platform/documents/pdf-kit.js';
import { drawTable } from '../../../platform/documents/pdf-table.js';
import { printNumber } from './printed-report.js';
import { printedSections, type PrintedReport } from './printed-report.js';

const scale = { ...A4_SCALE, body: 12.5 };
const BODY = { firstLine: 28, after: 4 };

/** Page numbers centred in the top margin, not on page 1 (Decree 30/2020, Appendix I). */
function numberFromSecondPage(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let index = 1; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const margin = doc.page.margins.top;
    doc.page.margins.top = 0;
    use(doc, 'regular', scale.body).text(String(index + 1), doc.page.margins.left, margin / 2 - 4, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.top = margin;
  }
}

export async function renderReportPdf(report: PrintedReport): Promise<Buffer> {
  const { content } = report;
  const doc = createDocument({ size: 'A4', margins: A4_MARGINS, title: `${content.title} ${content.subject}`, bufferPages: true });
  drawHeader(
    doc,
    {
      ...(content.issuer.superior ? { superiorHeading: content.issuer.superior } : {}),
      agencyHeading: content.issuer.agency,
      agencyName: content.unitName,
      place: content.issuer.place,
      issuedAt: report.issuedAt,
    },
    scale,
    report.number,
  );
  drawTitle(doc, content.title, scale, [content.subject]);
  para(doc, [{ text: content.range, style: 'italic' }], scale, { align: 'center', after: 8 });
  for (const section of printedSections(content)) {
    para(doc, [{ text: section.heading, style: 'bold' }], scale, { firstLine: 28, after: 3 });
    for (const paragraph of section.paragraphs) para(doc, paragraph.text, scale, BODY);
  }
  const signerLines = report.signerTitle.split('\n');
  drawSignatureRow(
    doc,
    [
      recipients(doc, report.recipients, scale),
      {
        title: signerLines[0] ?? '',
        lines: signerLines,
        note: report.signed ? '(Đã ký)' : '(Ký, ghi rõ họ tên và đóng dấu)',
        ...(report.signerName ? { name: report.signerName } : {}),
      },
    ],
    scale,
    { widths: [1, 1.1] },
  );
  for (const annex of content.annexes) {
    doc.addPage();
    para(doc, [{ text: `PHỤ LỤC ${annex.code}`, style: 'bold' }], scale, { align: 'center', after: 2 });
    para(doc, [{ text: annex.title, style: 'bold' }], scale, { align: 'center', after: 2 });
    para(doc, [{ text: `(Kèm theo Báo cáo số ${report.number})`, style: 'italic' }], scale, { align: 'center', after: 8 });
    drawTable(
      doc,
      [
        { header: 'STT', weight: 6, align: 'center' },
        { header: 'Mã số liệu', weight: 29 },
        { header: 'Nội dung', weight: 31 },
        { header: 'Đơn vị tính', weight: 12, align: 'center' },
        { header: 'Kỳ báo cáo', weight: 11, align: 'right' },
        { header: 'Cùng kỳ', weight: 11, align: 'right' },
      ],
      annex.rows.map((row, index) => [
        String(index + 1),
        row.figureId,
        row.label,
        row.unitWord,
        printNumber(row.value, row.decimals),
        row.previous === null ? '' : printNumber(row.previous, row.decimals),
      ]),
      { fontSize: 9.5 },
    );
  }
  numberFromSecondPage(doc);
  return pdfToBuffer(doc);
}
