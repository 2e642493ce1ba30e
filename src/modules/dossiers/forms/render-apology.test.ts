import { describe, expect, it } from 'vitest';
import { A5, expectedSummary, flat, hasPdftotext, pageCount, pdfText, summary } from '../../../../test/support/pdf-inspect.js';
import { renderApology } from './render-apology.js';
import { sampleApology } from '../../../../test/support/form-samples.js';

describe('renderApology (Mẫu 04)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderApology(sampleApology);
    expect(summary(pdf)).toEqual(expectedSummary(A5));
    expect(pageCount(pdf)).toBe(1);
  });

  it.skipIf(!hasPdftotext)('prints the addressee, the dossier, both due times, the reason and the signer', async () => {
    const text = flat(pdfText(await renderApology(sampleApology))[0]!);
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Số: 000.00.12.H15-250124-0001/PXL');
    expect(text).toContain('Bắc Mê, ngày 05 tháng 02 năm 2025');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Văn Ánh');
    expect(text).toContain('Ngày 24/01/2025, Trung tâm Phục vụ hành chính công xã Bắc Mê tiếp nhận giải quyết hồ sơ của ông/bà');
    expect(text).toContain('mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Thời hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 06/02/2025');
    expect(text).toContain('chưa trả kết quả giải quyết hồ sơ của ông/bà đúng hạn');
    expect(text).toContain('Lý do: Hệ thống liên thông');
    expect(text).toContain('sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào 16 giờ 00 phút, ngày 10/02/2025');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Ma Văn Đức');
    expect(text).toContain('Nơi nhận:');
  });
});
