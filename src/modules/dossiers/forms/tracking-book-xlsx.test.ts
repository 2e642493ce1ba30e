import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TRACKING_BOOK_COLUMNS } from './render-tracking-book.js';
import { sampleTrackingBook } from '../../../../test/support/form-samples.js';
import { XLSX_DATE_FORMAT, XLSX_FIRST_DATA_ROW, XLSX_HEADER_ROW, renderTrackingBookXlsx } from './tracking-book-xlsx.js';

describe('renderTrackingBookXlsx (Mẫu 06 as XLSX)', () => {
  it('opens with the title, a frozen two-level header and one row per dossier', async () => {
    const form = sampleTrackingBook(250, 41);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderTrackingBookXlsx(form)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;

    expect(sheet.getCell('A1').value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getCell('A3').value).toBe('Quyển số 2025 - Từ ngày 01/01/2025 đến ngày 31/03/2025');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_FIRST_DATA_ROW - 1 });
    expect(sheet.getColumn(3).width).toBe(40);

    const headers = TRACKING_BOOK_COLUMNS.map(
      (column, index) => sheet.getCell(column.group ? XLSX_HEADER_ROW + 1 : XLSX_HEADER_ROW, index + 1).value,
    );
    expect(headers).toEqual(TRACKING_BOOK_COLUMNS.map((column) => column.header));
    expect(sheet.getCell(XLSX_HEADER_ROW, 8).value).toBe('Ngày, tháng, năm');
    expect(sheet.getCell(XLSX_HEADER_ROW, 12).isMerged).toBe(true);

    expect(sheet.rowCount).toBe(XLSX_FIRST_DATA_ROW - 1 + 250);
    const first = sheet.getRow(XLSX_FIRST_DATA_ROW);
    expect(first.getCell(1).value).toBe(41);
    expect(first.getCell(2).value).toBe('000.00.12.H15-250102-0001');
    expect(first.getCell(5).value).toBe('Nguyễn Văn Ánh');
    // received 2025-01-02T01:30Z = 08:30 in Vietnam, stored as that wall-clock time
    expect(first.getCell(8).value).toEqual(new Date('2025-01-02T08:30:00Z'));
    expect(first.getCell(8).numFmt).toBe(XLSX_DATE_FORMAT);
    expect(first.getCell(13).value).toBe('Trước hạn');
    // the applicant signs for the result on paper: the cell is left empty
    expect(sheet.getCell(XLSX_HEADER_ROW, 14).value).toBe('Cá nhân, tổ chức ký nhận kết quả');
    expect(first.getCell(14).value).toBeNull();
    expect(sheet.getCell('A2').value).toBe('Trung tâm Phục vụ hành chính công xã Bắc Mê');
    const unfinished = sheet.getRow(XLSX_FIRST_DATA_ROW + 3);
    expect(unfinished.getCell(11).value).toBeNull();
    expect(sheet.getRow(XLSX_FIRST_DATA_ROW + 249).getCell(1).value).toBe(290);
  });
});
