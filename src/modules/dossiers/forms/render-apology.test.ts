import { describe, expect, it } from 'vitest';
import { flat, hasPdftotext, headingColumns, pdfText, expectOnePage, firstPageText } from '../../../../test/support/pdf-inspect.js';
import { renderApology } from './render-apology.js';
import { sampleApology } from '../../../../test/support/form-samples.js';

describe('renderApology (Mẫu 04)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderApology(sampleApology);
    expectOnePage(pdf);
  });

  it.skipIf(!hasPdftotext)('is issued and signed by the settling agency, with the dossier, both due times and the reason', async () => {
    const pdf = await renderApology(sampleApology);
    expect(headingColumns(pdf, 'PHIẾU')).toEqual({
      left: 'UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: 000.00.12.H15-250124-0001/PXL',
      right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Mê, ngày 05 tháng 02 năm 2025',
    });
    const text = firstPageText(pdf);
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Văn Ánh');
    expect(text).toContain('Ngày 24/01/2025, Ủy ban nhân dân xã Bắc Mê tiếp nhận giải quyết hồ sơ của ông/bà');
    expect(text).toContain('mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Thời hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 06/02/2025');
    expect(text).toContain('Tuy nhiên đến nay, Ủy ban nhân dân xã Bắc Mê chưa trả kết quả giải quyết hồ sơ của ông/bà đúng hạn');
    expect(text).toContain('Lý do: Hệ thống liên thông');
    expect(text).toContain(
      'Ủy ban nhân dân xã Bắc Mê xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào 16 giờ 00 phút, ngày 10/02/2025',
    );
    expect(text).toContain('- Trung tâm Phục vụ hành chính công xã Bắc Mê;');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Ma Văn Đức');
    expect(text).not.toContain('THỦ TRƯỞNG');
    expect(text).not.toContain('KT.');
  });

  it.skipIf(!hasPdftotext)(
    'signs for the head when a deputy acted, and leaves the name to write when nobody holding the title did',
    async () => {
      const deputy = flat(
        pdfText(
          await renderApology({ ...sampleApology, signer: { title: 'Chủ tịch', deputyTitle: 'Phó Chủ tịch', name: 'Hà Thị Lan' } }),
        )[0]!,
      );
      expect(deputy).toMatch(/KT\. CHỦ TỊCH PHÓ CHỦ TỊCH .*Hà Thị Lan/);
      const unnamed = flat(pdfText(await renderApology({ ...sampleApology, signer: { title: 'Giám đốc' }, copyTo: undefined }))[0]!);
      expect(unnamed).toContain('GIÁM ĐỐC');
      expect(unnamed).not.toContain('Ma Văn Đức');
      expect(unnamed).not.toContain('Trung tâm Phục vụ');
    },
  );
});
