import type ExcelJS from 'exceljs';

/**
 * A new XLSX workbook. exceljs (and the zip libraries under it) is loaded on the first workbook,
 * not when the server starts: loading it was a quarter of the start-up time.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
