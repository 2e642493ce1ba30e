/** The list behind a figure as a file: CSV (UTF-8 with its mark, for spreadsheet programs) or XLSX, the figure's id in the title. */
import { newWorkbook } from '../../../platform/documents/workbook.js';
import type { DrillDown } from '../../../contracts/dashboard.js';

const csvCell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  // A cell starting with = + - @ is read as a formula by spreadsheets: prefix it (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** What a file cut at its row limit says in its last line. */
const cutNote = (list: DrillDown) =>
  list.total > list.rows.length
    ? `… còn ${list.total - list.rows.length} dòng không có trong tệp (tối đa ${list.rows.length} dòng một tệp); chọn kỳ ngắn hơn.`
    : null;

export function listsToCsv(list: DrillDown): Buffer {
  const note = cutNote(list);
  const lines = [
    list.columns.map((column) => csvCell(column.label)).join(','),
    ...list.rows.map((row) => list.columns.map((column) => csvCell(row[column.key])).join(',')),
    ...(note ? [csvCell(note)] : []),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function listToXlsx(list: DrillDown): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow([`${list.labelVi} (${list.figureId}): ${list.value ?? ''}`]).font = { bold: true };
  sheet.addRow(list.columns.map((column) => column.label)).font = { bold: true };
  for (const row of list.rows) sheet.addRow(list.columns.map((column) => row[column.key] ?? null));
  const note = cutNote(list);
  if (note) sheet.addRow([note]).font = { italic: true };
  sheet.columns.forEach((column) => (column.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
