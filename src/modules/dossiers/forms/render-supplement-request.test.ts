import { describe, expect, it } from 'vitest';
import { hasPdftotext, headingColumns, expectOnePage, firstPageText } from '../../../../test/support/pdf-inspect.js';
import { renderSupplementRequest } from './render-supplement-request.js';
import { sampleSupplement } from '../../../../test/support/form-samples.js';

describe('renderSupplementRequest (Mẫu 02)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderSupplementRequest(sampleSupplement);
    expectOnePage(pdf);
  });

  it.skipIf(!hasPdftotext)('prints the number, the applicant, the documents to add, the reason and whom to call', async () => {
    const pdf = await renderSupplementRequest(sampleSupplement);
    expect(headingColumns(pdf, 'PHIẾU')).toEqual({
      left: 'UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 000.00.12.H15-250124-0001/HDHS',
      right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Mê, ngày 24 tháng 01 năm 2025',
    });
    const text = firstPageText(pdf);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê tiếp nhận hồ sơ đề nghị giải quyết thủ tục');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(text).toContain('Giấy chứng nhận kết hôn của cha mẹ');
    expect(text).toContain('Lý do: Giấy chứng sinh nộp kèm là bản chụp');
    expect(text).toContain('Tra cứu quy định của thủ tục tại: https://dichvucong.gov.vn');
    expect(text).toContain('ông/bà liên hệ với Hoàng Thị Thủy, số điện thoại 0219 3841 234 để được hướng dẫn');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
    expect(text).toContain('(Ký và ghi rõ họ tên)');
  });

  it.skipIf(!hasPdftotext)('numbers a slip of a dossier without a code on its own, and leaves out what is not given', async () => {
    const pdf = await renderSupplementRequest({
      ...sampleSupplement,
      number: '07/HDHS',
      dossierCode: undefined,
      contact: { officerName: 'Lục Văn Bình' },
    });
    expect(headingColumns(pdf, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 07/HDHS');
    const text = firstPageText(pdf);
    expect(text).toContain('liên hệ với Lục Văn Bình để được hướng dẫn');
    expect(text).not.toContain('Tra cứu quy định');
    expect(text).not.toContain('Mã hồ sơ');
  });
});
