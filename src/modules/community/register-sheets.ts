/**
 * The XLSX layout of the paper registers a commune brings in: one sheet, a header row of Vietnamese
 * column titles, one record per row. Reading gives each row's cells by column key, as text, and a
 * per-row label for errors ("rows.3.count").
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../platform/documents/workbook.js';
import type { FieldError } from '../../platform/errors/errors.js';

type Column = { key: string; title: string; example: string | number };
type Register = { sheet: string; columns: Column[] };

export const registerSheets: Record<'households' | 'mediators', Register> = {
  households: {
    sheet: 'So ho',
    columns: [
      { key: 'village', title: 'Thôn, tổ dân phố (mã hoặc tên)', example: 'Thôn Nà Sáng' },
      { key: 'asOf', title: 'Tính đến ngày (YYYY-MM-DD)', example: '2026-01-01' },
      { key: 'count', title: 'Số hộ gia đình', example: 182 },
      { key: 'source', title: 'Nguồn số liệu', example: 'Sổ hộ khẩu thôn' },
    ],
  },
  mediators: {
    sheet: 'Hoa giai vien',
    columns: [
      { key: 'village', title: 'Thôn, tổ dân phố (mã hoặc tên)', example: 'Thôn Nà Sáng' },
      { key: 'team', title: 'Tên tổ hòa giải', example: 'Tổ hòa giải thôn Nà Sáng' },
      { key: 'fullName', title: 'Họ và tên', example: 'Hoàng Thị Mai' },
      { key: 'sex', title: 'Giới tính (Nam/Nữ)', example: 'Nữ' },
      { key: 'ethnicity', title: 'Dân tộc', example: 'Tày' },
      { key: 'isEthnicMinority', title: 'Dân tộc thiểu số (Có/Không)', example: 'Có' },
      { key: 'isLeader', title: 'Tổ trưởng (Có/Không)', example: 'Có' },
      { key: 'electedOn', title: 'Ngày bầu (YYYY-MM-DD)', example: '2025-01-15' },
      { key: 'method', title: 'Hình thức bầu (Biểu quyết/Bỏ phiếu kín/Lấy ý kiến hộ)', example: 'Biểu quyết' },
      { key: 'votesFor', title: 'Số đại diện hộ tán thành', example: 120 },
      { key: 'recognitionRef', title: 'Quyết định công nhận', example: '15/QĐ-UBND' },
    ],
  },
};

export type SheetRow = { label: string; row: number; cells: Record<string, string> };

export async function registerTemplate(register: keyof typeof registerSheets): Promise<Buffer> {
  const layout = registerSheets[register];
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(layout.sheet);
  sheet.addRow(layout.columns.map((column) => column.title)).font = { bold: true };
  sheet.addRow(layout.columns.map((column) => column.example));
  layout.columns.forEach((column, index) => (sheet.getColumn(index + 1).width = Math.max(14, column.title.length + 2)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  if (typeof value === 'object' && 'result' in value) return text(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
};

/** The rows of the register's sheet (the first sheet when the name differs), keyed by column; errors for an unreadable file or a missing column. */
export async function readRegister(
  register: keyof typeof registerSheets,
  content: Buffer,
): Promise<{ rows: SheetRow[]; errors: FieldError[] }> {
  const layout = registerSheets[register];
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    const reason = (error as Error).message;
    return {
      rows: [],
      errors: [
        { field: 'content', code: 'malformed', message: { vi: `Không đọc được tệp XLSX: ${reason}`, en: `Unreadable XLSX: ${reason}` } },
      ],
    };
  }
  const sheet = workbook.getWorksheet(layout.sheet) ?? workbook.worksheets[0];
  if (!sheet)
    return {
      rows: [],
      errors: [{ field: 'content', code: 'empty', message: { vi: 'Tệp không có trang nào.', en: 'The file has no sheet.' } }],
    };
  const header = ((sheet.getRow(1).values as ExcelJS.CellValue[]) ?? []).slice(1).map((cell) => text(cell).trim());
  const positions = new Map<string, number>();
  const errors: FieldError[] = [];
  for (const column of layout.columns) {
    const at = header.findIndex(
      (title) => title === column.title || title.toLowerCase().startsWith(column.title.split(' (')[0]!.toLowerCase()),
    );
    if (at >= 0) positions.set(column.key, at + 1);
    else if (column.key !== 'source' && column.key !== 'recognitionRef') {
      errors.push({
        field: `columns.${column.key}`,
        code: 'missing_column',
        message: { vi: `Thiếu cột "${column.title}".`, en: `Missing column "${column.title}".` },
      });
    }
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    for (const [key, position] of positions) cells[key] = text(row.getCell(position).value).trim();
    if (Object.values(cells).every((value) => value === '')) return;
    rows.push({ label: `rows.${number}`, row: number, cells });
  });
  if (rows.length === 0 && errors.length === 0)
    errors.push({ field: 'content', code: 'empty', message: { vi: 'Không có dòng dữ liệu.', en: 'No data rows.' } });
  return { rows, errors };
}
