import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, expectedSummary, flat, hasPdftotext, pageCount, pdfText, summary } from '../../../../test/support/pdf-inspect.js';
import { renderTrackingBook } from './render-tracking-book.js';
import { sampleTrackingBook } from '../../../../test/support/form-samples.js';

describe('renderTrackingBook (Mẫu 06)', () => {
  it.skipIf(!hasPdftotext)('is an A4 landscape book with its title, period, grouped header and rows', async () => {
    const pdf = await renderTrackingBook(sampleTrackingBook(12));
    expect(summary(pdf)).toEqual(expectedSummary(A4_LANDSCAPE));
    const first = flat(pdfText(pdf)[0]!);
    expect(first).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(first).toContain('Bộ phận Một cửa - Trung tâm Phục vụ hành chính công xã Bắc Mê');
    expect(first).toContain('Từ ngày 01/01/2025 đến ngày 31/03/2025');
    expect(first).toContain('Ngày, tháng, năm');
    expect(first).toContain('Nguyễn Văn Ánh');
    expect(first).toContain('000.00.12.H15-250102-0001');
    // date cells wrap between the date and the time
    expect(first).toMatch(/02\/01\/2025 .*08:30/);
    expect(first).toContain('Trước hạn');
    expect(first).toContain('Trang 1/');
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
