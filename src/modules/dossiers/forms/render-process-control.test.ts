import { describe, expect, it } from 'vitest';
import {
  A4,
  expectedSummary,
  flat,
  hasPdftotext,
  headingColumns,
  pageCount,
  pdfText,
  pdfWords,
  summary,
  expectOnePage,
  firstPageText,
} from '../../../../test/support/pdf-inspect.js';
import { renderProcessControl } from './render-process-control.js';
import { sampleProcessControl } from '../../../../test/support/form-samples.js';

describe('renderProcessControl (Mẫu 05)', () => {
  it('is an A4 portrait PDF with Noto Serif embedded', async () => {
    const pdf = await renderProcessControl(sampleProcessControl);
    expectOnePage(pdf, A4);
  });

  it.skipIf(!hasPdftotext)('prints the dossier, the applicant, the times and one row per hand-over with both officers', async () => {
    const pdf = await renderProcessControl(sampleProcessControl);
    expect(headingColumns(pdf, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    const text = firstPageText(pdf);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Kèm theo hồ sơ của: Nguyễn Văn Ánh');
    expect(text).toContain('Thời gian hẹn trả kết quả: 16 giờ 00 phút, ngày 06/02/2025');
    for (const header of ['TÊN CƠ QUAN / NHIỆM VỤ', 'NGƯỜI GIAO', 'NGƯỜI NHẬN', '(Ký, ghi rõ họ tên)']) expect(text).toContain(header);
    expect(text).toContain('1. Tiếp nhận, chuyển hồ sơ');
    expect(text).toContain('Giao: Trung tâm Phục vụ hành chính công xã Bắc Mê');
    expect(text).toContain('Nhận: Ủy ban nhân dân xã Bắc Mê');
    for (const label of ['Trước hạn', 'Đúng hạn', 'Quá hạn']) expect(text).toContain(label);
    expect(text).toContain('5. Cấp thẻ bảo hiểm y tế');
    expect(text).not.toContain('Trang 1/');
  });

  it.skipIf(!hasPdftotext)('leaves room on every row for the giver and the receiver to sign above their names', async () => {
    const words = pdfWords(await renderProcessControl(sampleProcessControl))[0]!;
    const rowTop = (number: number) => words.find((word) => word.text === `${number}.`)!.yMin;
    const below = (name: string, after: number) =>
      words.filter((word) => word.text === name && word.yMin > after).sort((a, b) => a.yMin - b.yMin)[0]!;
    // Row 1: the counter officer gives, the officer of the next step receives; each name sits under a blank space.
    expect(below('Thủy', rowTop(1)).yMin - rowTop(1)).toBeGreaterThanOrEqual(24);
    expect(below('Bình', rowTop(1)).yMin - rowTop(1)).toBeGreaterThanOrEqual(24);
    // Row 5: the step is in progress; the giver's name is printed, the receiver's space is left to fill in.
    expect(below('Nguyệt', rowTop(5)).yMin - rowTop(5)).toBeGreaterThanOrEqual(24);
    expect(words.some((word) => word.text === 'Thủy' && word.yMin > rowTop(5))).toBe(false);
  });

  it.skipIf(!hasPdftotext)('ends with how the result was returned: the home delivery record on the same page', async () => {
    const returned = {
      deliveryText: 'Trả tại nhà',
      at: '2025-02-06T03:00:00Z',
      recipientName: 'Nguyễn Thị Hoa',
      address: 'Thôn Nà Sáng, xã Bắc Mê',
      deliveredBy: 'Lục Văn Bình',
    };
    const pdf = await renderProcessControl({ ...sampleProcessControl, handovers: sampleProcessControl.handovers.slice(0, 3), returned });
    expect(pageCount(pdf)).toBe(1);
    const text = firstPageText(pdf);
    expect(text).toContain('Trả kết quả: Trả tại nhà, 10 giờ 00 phút, ngày 06/02/2025');
    expect(text).toContain('Người nhận kết quả: Nguyễn Thị Hoa');
    expect(text).toContain('Địa chỉ nhận: Thôn Nà Sáng, xã Bắc Mê');
    expect(text).toContain('Người giao: Lục Văn Bình');
    expect(text).not.toContain('Số biên nhận bưu chính');
    // A full page carries the return over to the next one, numbered.
    const long = await renderProcessControl({ ...sampleProcessControl, returned: { ...returned, postalReceiptNumber: 'EB123456789VN' } });
    const pages = pdfText(long).slice(0, pageCount(long)).map(flat);
    expect(pages.join(' ')).toContain('Số biên nhận bưu chính: EB123456789VN');
    if (pages.length > 1) expect(pages[1]).toContain(`Trang 2/${pages.length}`);
  });

  it('continues a long history on further pages with the header row repeated', async () => {
    const handovers = Array.from({ length: 8 }, () => sampleProcessControl.handovers).flat();
    const pdf = await renderProcessControl({ ...sampleProcessControl, handovers });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(summary(pdf)).toEqual(expectedSummary(A4));
    if (hasPdftotext) {
      const texts = pdfText(pdf).slice(0, pages).map(flat);
      texts.forEach((page, index) => {
        expect(page).toContain('TÊN CƠ QUAN / NHIỆM VỤ');
        expect(page).toContain(`Trang ${index + 1}/${pages}`);
      });
      expect(texts.join(' ')).toContain(`${handovers.length}. Cấp thẻ bảo hiểm y tế`);
    }
  });
});
