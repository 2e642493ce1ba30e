import { describe, expect, it } from 'vitest';
import { A5, expectedSummary, flat, hasPdftotext, pageCount, pdfText, summary } from '../../../../test/support/pdf-inspect.js';
import { renderRefusal } from './render-refusal.js';
import { sampleRefusal } from '../../../../test/support/form-samples.js';

describe('renderRefusal (Mẫu 03)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderRefusal(sampleRefusal);
    expect(summary(pdf)).toEqual(expectedSummary(A5));
    expect(pageCount(pdf)).toBe(1);
  });

  it.skipIf(!hasPdftotext)('prints the applicant, the procedure and every reason', async () => {
    const pdf = await renderRefusal({
      ...sampleRefusal,
      reasons: `${sampleRefusal.reasons}\nThiếu văn bản đồng ý của chủ sở hữu công trình liền kề.`,
    });
    const text = flat(pdfText(pdf)[0]!);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Số: 000.00.12.H15-250124-0001/TCHS');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Bắc Mê từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:');
    expect(text).toContain('hành lang bảo vệ an toàn đường bộ');
    expect(text).toContain('- Thiếu văn bản đồng ý của chủ sở hữu công trình liền kề.');
    expect(text).toContain('Xin thông báo để ông/bà biết và thực hiện');
    expect(text).toContain('Hoàng Thị Thủy');
  });
});
