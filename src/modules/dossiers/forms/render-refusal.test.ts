import { describe, expect, it } from 'vitest';
import { hasPdftotext, headingColumns, expectOnePage, firstPageText } from '../../../../test/support/pdf-inspect.js';
import { renderRefusal } from './render-refusal.js';
import { sampleRefusal } from '../../../../test/support/form-samples.js';

describe('renderRefusal (Mẫu 03)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderRefusal(sampleRefusal);
    expectOnePage(pdf);
  });

  it.skipIf(!hasPdftotext)('prints the applicant, the procedure and every reason', async () => {
    const pdf = await renderRefusal({
      ...sampleRefusal,
      reasons: `${sampleRefusal.reasons}\nThiếu văn bản đồng ý của chủ sở hữu công trình liền kề.`,
    });
    expect(headingColumns(pdf, 'PHIẾU').left).toBe('UBND XÃ BẮC MÊ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG Số: 03/TCHS');
    const text = firstPageText(pdf);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Bắc Mê, ngày 24 tháng 01 năm 2025');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:');
    expect(text).toContain('hành lang bảo vệ an toàn đường bộ');
    expect(text).toContain('- Thiếu văn bản đồng ý của chủ sở hữu công trình liền kề.');
    expect(text).toContain('Xin thông báo để ông/bà biết và thực hiện');
    expect(text).toContain('Hoàng Thị Thủy');
  });
});
