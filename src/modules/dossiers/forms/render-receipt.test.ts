import { describe, expect, it } from 'vitest';
import {
  A5,
  expectedSummary,
  flat,
  hasPdftotext,
  images,
  pageCount,
  pdfText,
  readQrModules,
  summary,
} from '../../../../test/support/pdf-inspect.js';
import { QR_OPTIONS, qrModules } from './qr.js';
import { renderReceipt } from './render-receipt.js';
import { sampleDocuments, sampleReceipt } from '../../../../test/support/form-samples.js';

describe('renderReceipt (Mẫu 01)', () => {
  it('is an A5 PDF with Noto Serif embedded, on one page for eight documents', async () => {
    const pdf = await renderReceipt(sampleReceipt);
    expect(sampleReceipt.documents).toHaveLength(8);
    expect(summary(pdf)).toEqual(expectedSummary(A5));
    expect(pageCount(pdf)).toBe(1);
  });

  it.skipIf(!hasPdftotext)('prints the code, the Vietnamese name, the times and the book entry', async () => {
    const [page] = pdfText(await renderReceipt(sampleReceipt));
    const text = flat(page!);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Bắc Mê, ngày 24 tháng 01 năm 2025');
    expect(text).toContain('Mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê tiếp nhận hồ sơ của:');
    expect(text).toContain('4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 24/01/2025');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 06/02/2025');
    expect(text).toContain('2. Số lượng hồ sơ: 1 bộ');
    expect(text).toContain('Bản sao có chứng thực');
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 125.');
    expect(text).toContain('Quét mã để tra cứu tiến độ');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).not.toContain(sampleReceipt.applicant.identifier!);
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

  it('leaves out what is not given and continues on a second page for long checklists', async () => {
    const short = await renderReceipt({
      ...sampleReceipt,
      documents: sampleDocuments.slice(0, 2),
      feesText: undefined,
      bookNumber: undefined,
      entryNumber: undefined,
      applicant: { name: 'Lò Thị Hiền', address: 'Thôn Nà Sáng' },
    });
    expect(pageCount(short)).toBe(1);
    if (hasPdftotext) {
      const text = flat(pdfText(short)[0]!);
      expect(text).toContain('Lò Thị Hiền');
      expect(text).not.toContain('Phí, lệ phí');
      expect(text).not.toContain('Vào Sổ theo dõi');
      expect(text).not.toContain('Số điện thoại');
    }
    const long = await renderReceipt({ ...sampleReceipt, documents: [...sampleDocuments, ...sampleDocuments] });
    expect(pageCount(long)).toBe(2);
    expect(summary(long)).toEqual(expectedSummary(A5));
  });
});
