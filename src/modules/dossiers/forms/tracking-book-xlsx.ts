import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../platform/documents/workbook.js';
import type { TrackingBookForm, TrackingBookRow } from './form-data.js';
import { TRACKING_BOOK_COLUMNS, trackingBookPeriod } from './render-tracking-book.js';
import { outcomeLabel, vietnamWallClock } from '../../../platform/documents/vn-format.js';

/** First row of the column headings, and the first data row. */
export const XLSX_HEADER_ROW = 5;
export const XLSX_FIRST_DATA_ROW = XLSX_HEADER_ROW + 2;
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy hh:mm';

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Excel dates carry no zone: the cell holds Vietnam's wall-clock time (UTC+7). */
const when = (iso: string | undefined) => (iso ? vietnamWallClock(iso) : null);

function values(row: TrackingBookRow): (string | number | Date | null)[] {
  return [
    row.number,
    row.dossierCode,
    row.procedureName,
    row.setCount,
    row.applicantName,
    row.applicantContact,
    row.handlingAgency,
    when(row.receivedAt),
    when(row.dueAt),
    when(row.transferredAt),
    when(row.resultReceivedAt),
    when(row.returnedAt),
    row.outcome ? outcomeLabel[row.outcome] : null,
    null,
    row.note ?? null,
  ];
}

/**
 * Mẫu 06 as a workbook: the same columns as the PDF book (the applicant's signature column left
 * empty), a title block, a two-level header frozen above the rows, and the dates as real Excel
 * dates shown dd/mm/yyyy hh:mm.
 */
export async function renderTrackingBookXlsx(form: TrackingBookForm): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'motcua';
  const count = TRACKING_BOOK_COLUMNS.length;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: XLSX_FIRST_DATA_ROW - 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW + 1}`,
    },
  });
  sheet.columns = TRACKING_BOOK_COLUMNS.map((column) => ({ width: column.xlsxWidth }));

  const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, count);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: 'Times New Roman', ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  banner(1, 'SỔ THEO DÕI HỒ SƠ', { bold: true, size: 14 });
  banner(2, form.unitName, { bold: true, size: 12 });
  banner(3, trackingBookPeriod(form), { italic: true, size: 11 });
  sheet.getRow(1).height = 22;

  const top = XLSX_HEADER_ROW;
  TRACKING_BOOK_COLUMNS.forEach((column, index) => {
    const col = index + 1;
    if (column.group) {
      sheet.getCell(top + 1, col).value = column.header;
      const previous = TRACKING_BOOK_COLUMNS[index - 1];
      if (previous?.group !== column.group) {
        const span = TRACKING_BOOK_COLUMNS.slice(index).findIndex((next) => next.group !== column.group);
        const last = span === -1 ? count : index + span;
        sheet.mergeCells(top, col, top, last);
        sheet.getCell(top, col).value = column.group;
      }
    } else {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = column.header;
    }
  });
  for (const rowNumber of [top, top + 1]) {
    const row = sheet.getRow(rowNumber);
    row.height = rowNumber === top ? 20 : 48;
    for (let col = 1; col <= count; col++) {
      const cell = row.getCell(col);
      cell.font = { name: 'Times New Roman', bold: true, size: 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = thin;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }

  for (const entry of form.rows) {
    const row = sheet.addRow(values(entry));
    TRACKING_BOOK_COLUMNS.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.font = { name: 'Times New Roman', size: 11 };
      cell.border = thin;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.align === 'center' ? 'center' : 'left' };
      if (column.group) cell.numFmt = XLSX_DATE_FORMAT;
    });
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
