import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE,
  expectedSummary,
  flat,
  hasPdftotext,
  headingColumns,
  pageCount,
  pdfText,
  pdfWords,
  summary,
  firstPageText,
} from '../../../../test/support/pdf-inspect.js';
import { renderTrackingBook, TRACKING_BOOK_COLUMNS } from './render-tracking-book.js';
import { sampleTrackingBook } from '../../../../test/support/form-samples.js';

describe('renderTrackingBook (Mẫu 06)', () => {
  it.skipIf(!hasPdftotext)('is an A4 landscape book with its title, book, period, grouped header and rows', async () => {
    const pdf = await renderTrackingBook(sampleTrackingBook(12));
    expect(summary(pdf)).toEqual(expectedSummary(A4_LANDSCAPE));
    expect(headingColumns(pdf, 'SỔ').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    const first = firstPageText(pdf);
    expect(first).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(first).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê');
    expect(first).toContain('Quyển số 2025 - Từ ngày 01/01/2025 đến ngày 31/03/2025');
    expect(first).toContain('Ngày, tháng, năm');
    expect(first).toContain('Chuyển hồ sơ đến cơ quan giải quyết');
    expect(first).toContain('Cá nhân, tổ chức ký nhận kết quả');
    expect(first).toContain('Nguyễn Văn Ánh');
    expect(first).toContain('Ủy ban nhân dân xã Bắc Mê');
    expect(first).toContain('000.00.12.H15-250102-0001');
    // date cells wrap between the date and the time
    expect(first).toMatch(/02\/01\/2025 .*08:30/);
    expect(first).toContain('Trước hạn');
    expect(first).toContain('Trang 1/');
  });

  it('has a column for the applicant to sign for the result', () => {
    expect(TRACKING_BOOK_COLUMNS.map((column) => column.header)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Tên TTHC',
      'Số lượng hồ sơ (bộ)',
      'Tên cá nhân, tổ chức',
      'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết',
      'Nhận hồ sơ',
      'Hẹn trả kết quả',
      'Chuyển hồ sơ đến cơ quan giải quyết',
      'Nhận kết quả từ cơ quan giải quyết',
      'Trả kết quả cho cá nhân, tổ chức',
      'Kết quả (Trước hạn / Đúng hạn / Quá hạn)',
      'Cá nhân, tổ chức ký nhận kết quả',
      'Ghi chú',
    ]);
  });

  it.skipIf(!hasPdftotext)('prints each dossier’s entry of the year, so a printout of March starts where February ended', async () => {
    const march = await renderTrackingBook({ ...sampleTrackingBook(3, 126), periodFrom: '2025-02-28T17:00:00Z' });
    const words = pdfWords(march)[0]!;
    /** The word printed left of a dossier code on its row: its entry number. */
    const entryOf = (code: string) => {
      const cell = words.find((word) => word.text === code)!;
      return words.filter((word) => Math.abs(word.yMin - cell.yMin) < 2 && word.xMax < cell.xMin).map((word) => word.text);
    };
    expect(entryOf('000.00.12.H15-250102-0001')).toEqual(['126']);
    expect(entryOf('000.00.12.H15-250102-0003')).toEqual(['128']);
  });

  it('renders 1,000 rows on numbered pages in a few seconds', async () => {
    const started = performance.now();
    const pdf = await renderTrackingBook(sampleTrackingBook(1000));
    const elapsed = performance.now() - started;
    const pages = pageCount(pdf);
    expect(summary(pdf)).toEqual(expectedSummary(A4_LANDSCAPE));
    expect(pages).toBeGreaterThan(40);
    expect(pages).toBeLessThan(150);
    expect(elapsed).toBeLessThan(15_000);
    if (hasPdftotext) {
      const texts = pdfText(pdf).slice(0, pages).map(flat);
      expect(texts[0]).toContain(`Trang 1/${pages}`);
      expect(texts[pages - 1]).toContain(`Trang ${pages}/${pages}`);
      expect(texts[pages - 1]).toContain('-1000');
      expect(texts.every((page) => page.includes('Mã hồ sơ'))).toBe(true);
    }
  });
});
