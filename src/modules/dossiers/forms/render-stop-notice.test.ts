import { describe, expect, it } from 'vitest';
import { hasPdftotext, headingColumns, expectOnePage, firstPageText } from '../../../../test/support/pdf-inspect.js';
import { renderStopNotice } from './render-stop-notice.js';
import { sampleStopNotice } from '../../../../test/support/form-samples.js';

describe('renderStopNotice (Thông báo dừng giải quyết hồ sơ)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderStopNotice(sampleStopNotice);
    expectOnePage(pdf);
  });

  it.skipIf(!hasPdftotext)('tells the applicant who stopped the dossier, why, and where it is returned', async () => {
    const pdf = await renderStopNotice(sampleStopNotice);
    expect(headingColumns(pdf, 'THÔNG')).toEqual({
      left: 'UBND TỈNH TUYÊN QUANG UBND XÃ BẮC MÊ Số: 000.00.12.H15-250124-0001/DGHS',
      right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Mê, ngày 29 tháng 01 năm 2025',
    });
    const text = firstPageText(pdf);
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Văn Ánh');
    expect(text).toContain(
      'Ngày 24/01/2025, Trung tâm Phục vụ hành chính công xã Bắc Mê tiếp nhận hồ sơ của ông/bà đề nghị giải quyết thủ tục Cấp giấy phép xây dựng nhà ở riêng lẻ, mã hồ sơ: 000.00.12.H15-250124-0001.',
    );
    expect(text).toContain('Sau khi thẩm định hồ sơ, Ủy ban nhân dân xã Bắc Mê thông báo dừng giải quyết hồ sơ của ông/bà vì lý do sau:');
    expect(text).toContain('- Kết quả kiểm tra thực địa cho thấy thửa đất nằm trong hành lang bảo vệ an toàn đường bộ của Quốc lộ 34.');
    expect(text).toContain('- Công trình không phù hợp với quy hoạch chi tiết đã được phê duyệt.');
    expect(text).toContain('Hồ sơ được trả lại cho ông/bà tại Trung tâm Phục vụ hành chính công xã Bắc Mê.');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Trung tâm Phục vụ hành chính công xã Bắc Mê;');
    expect(text).toMatch(/KT\. CHỦ TỊCH PHÓ CHỦ TỊCH .*Hà Thị Lan/);
    expect(text).not.toContain('TỪ CHỐI');
  });
});
