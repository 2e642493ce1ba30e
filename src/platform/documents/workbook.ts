import type ExcelJS from 'exceljs';

/**
 * A new XLSX workbook. exceljs (and the zip libraries under it) is loaded on the first workbook,
 * not when the server starts (about 0.2 s of every start).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
