import { describe, expect, it } from 'vitest';
import {
  A5,
  decodeQrCodes,
  expectedSummary,
  flat,
  hasPdfimages,
  hasPdftotext,
  hasZbarimg,
  headingColumns,
  imageWidthsCm,
  images,
  pageCount,
  pdfText,
  readQrModules,
  summary,
  expectOnePage,
} from '../../../../test/support/pdf-inspect.js';
import { QR_OPTIONS, qrModules } from './qr.js';
import { renderReceipt } from './render-receipt.js';
import { communeHeader, sampleDocuments, sampleReceipt } from '../../../../test/support/form-samples.js';

describe('renderReceipt (Mẫu 01)', () => {
  it('is an A5 PDF with Noto Serif embedded, on one page for eight documents', async () => {
    const pdf = await renderReceipt(sampleReceipt);
    expect(sampleReceipt.documents).toHaveLength(8);
    expectOnePage(pdf);
  });

  it.skipIf(!hasPdftotext)('heads the receipt with the commune over its centre, dated at the commune', async () => {
    const pdf = await renderReceipt(sampleReceipt);
    expect(headingColumns(pdf, 'GIẤY')).toEqual({
      left: 'UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Mê, ngày 24 tháng 01 năm 2025',
    });
    const commune = await renderReceipt({ ...sampleReceipt, header: communeHeader });
    expect(headingColumns(commune, 'GIẤY').left).toBe('UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ');
    expect(flat(pdfText(commune)[0]!)).toContain('Ủy ban nhân dân xã Bắc Mê tiếp nhận hồ sơ của:');
  });

  it.skipIf(!hasPdftotext)('prints the code, the copy line, the times, where to collect, the fees and the book entry', async () => {
    const [page] = pdfText(await renderReceipt(sampleReceipt));
    const text = flat(page!);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('(Liên: lưu / giao người nộp)');
    expect(text).toContain('Mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê tiếp nhận hồ sơ của:');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('2. Số lượng hồ sơ: 1 bộ');
    expect(text).toContain('3. Thời gian giải quyết hồ sơ theo quy định là: 05 ngày làm việc');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 24/01/2025');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 06/02/2025');
    expect(text).toContain('6. Nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Bắc Mê');
    expect(text).not.toMatch(/tại:? Tại/i);
    expect(text).toContain('7. Phí, lệ phí: Lệ phí đăng ký thường trú: 10.000 đồng; Lệ phí đăng ký khai sinh: Miễn.');
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, quyển số 2025, số thứ tự 125.');
    expect(text).toContain('Bản sao có chứng thực');
    expect(text).toContain('Quét mã để tra cứu tiến độ');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Hoàng Thị Thủy');
    expect(text).not.toContain(sampleReceipt.applicant.identifier!);
  });

  it.skipIf(!hasPdftotext)('says "Không" when the procedure has no fee', async () => {
    const text = flat(pdfText(await renderReceipt({ ...sampleReceipt, fees: [] }))[0]!);
    expect(text).toContain('7. Phí, lệ phí: Không.');
  });

  it('embeds a QR code that reads back as the tracking address', async () => {
    const pdf = await renderReceipt(sampleReceipt);
    const qr = images(pdf).find((image) => image.colorSpace === 'DeviceRGB');
    expect(qr).toBeDefined();
    const expected = qrModules(sampleReceipt.trackingUrl);
    expect(qr!.width).toBe(qr!.height);
    expect(readQrModules(qr!, expected.length, QR_OPTIONS.margin)).toEqual(expected);
    const other = qrModules(sampleReceipt.trackingUrl.replace('7f3a9c21', '7f3a9c22'));
    expect(other.length === expected.length && readQrModules(qr!, other.length, QR_OPTIONS.margin)).not.toEqual(other);
  });

  it.skipIf(!hasPdfimages)('prints the QR code at least 2.5 cm wide, for a phone to read from paper', async () => {
    const [width] = imageWidthsCm(await renderReceipt(sampleReceipt));
    expect(width).toBeGreaterThanOrEqual(2.5);
  });

  it.skipIf(!hasZbarimg)('reads back from the page rendered at 100 dpi, as a phone photographs a print', async () => {
    expect(decodeQrCodes(await renderReceipt(sampleReceipt), 100)).toEqual([sampleReceipt.trackingUrl]);
  });

  it('leaves out what is not given and continues on a second page for long checklists', async () => {
    const short = await renderReceipt({
      ...sampleReceipt,
      documents: sampleDocuments.slice(0, 2),
      bookYear: undefined,
      bookEntry: undefined,
      applicant: { name: 'Lò Thị Hiền', address: 'Thôn Nà Sáng' },
    });
    expect(pageCount(short)).toBe(1);
    if (hasPdftotext) {
      const text = flat(pdfText(short)[0]!);
      expect(text).toContain('Lò Thị Hiền');
      expect(text).not.toContain('Vào Sổ theo dõi');
      expect(text).not.toContain('Số điện thoại');
    }
    const long = await renderReceipt({ ...sampleReceipt, documents: [...sampleDocuments, ...sampleDocuments] });
    expect(pageCount(long)).toBe(2);
    expect(summary(long)).toEqual(expectedSummary(A5));
  });
});
