/**
 * The report's annex tables as XLSX: one sheet per annex (figure id, content, counting unit, the
 * period, the same period a year before), a sheet of every figure of the registry with its
 * definition, and a sheet checking the annex identities with formulas an inspector can read.
 */
import { newWorkbook } from '../../../platform/documents/workbook.js';
import type { PrintedReport } from './printed-report.js';

const bold = { bold: true, name: 'Times New Roman', size: 12 };
const plain = { name: 'Times New Roman', size: 12 };

export async function renderReportXlsx(report: PrintedReport): Promise<Buffer> {
  const { content } = report;
  const workbook = await newWorkbook();
  workbook.creator = 'motcua';
  const cellOf = new Map<string, string>();
  for (const annex of content.annexes) {
    const sheet = workbook.addWorksheet(annex.code);
    sheet.columns = [{ width: 6 }, { width: 34 }, { width: 60 }, { width: 14 }, { width: 14 }, { width: 16 }];
    sheet.addRow([`PHỤ LỤC ${annex.code}: ${annex.title}`]).font = bold;
    sheet.addRow([`${content.unitName} — ${content.range}`]).font = plain;
    sheet.addRow([]);
    const header = sheet.addRow(['STT', 'Mã số liệu', 'Nội dung', 'Đơn vị tính', 'Kỳ báo cáo', 'Cùng kỳ năm trước']);
    header.font = bold;
    annex.rows.forEach((row, index) => {
      const added = sheet.addRow([index + 1, row.figureId, row.label, row.unitWord, row.value, row.previous]);
      added.font = plain;
      cellOf.set(row.figureId, `'${annex.code}'!E${added.number}`);
    });
  }
  const checks = workbook.addWorksheet('Kiểm tra');
  checks.columns = [{ width: 80 }, { width: 14 }];
  checks.addRow(['Đẳng thức', 'Đúng?']).font = bold;
  for (const annex of content.annexes)
    for (const identity of annex.identities) {
      const [leftSide = '', rightSide = ''] = identity.split('=').map((side) => side.trim());
      const refs = (side: string) =>
        side
          .split('+')
          .map((id) => cellOf.get(id.trim()) ?? '0')
          .join('+');
      const row = checks.addRow([identity, null]);
      row.getCell(2).value = { formula: `IF(${refs(leftSide)}=${refs(rightSide)},"Đúng","Sai")` };
    }
  const registry = workbook.addWorksheet('Danh mục số liệu');
  registry.columns = [{ width: 34 }, { width: 60 }, { width: 14 }, { width: 14 }, { width: 60 }, { width: 70 }];
  registry.addRow(['Mã số liệu', 'Tên', 'Đơn vị tính', 'Giá trị', 'Căn cứ', 'Cách tính']).font = bold;
  const definitions = new Map(content.definitions.map((definition) => [definition.id, definition]));
  for (const figure of content.figures) {
    const definition = definitions.get(figure.id);
    if (!definition) continue;
    registry.addRow([
      figure.id,
      definition.labelVi,
      definition.unitWord,
      figure.value,
      definition.legalBasis ?? '',
      definition.query,
    ]).font = plain;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
