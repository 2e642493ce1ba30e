import { describe, expect, it } from 'vitest';
import { A5, expectedSummary, flat, hasPdftotext, pageCount, pdfText, summary } from '../../../../test/support/pdf-inspect.js';
import { renderSupplementRequest } from './render-supplement-request.js';
import { sampleSupplement } from '../../../../test/support/form-samples.js';

describe('renderSupplementRequest (Mẫu 02)', () => {
  it('is a one-page A5 PDF with Noto Serif embedded', async () => {
    const pdf = await renderSupplementRequest(sampleSupplement);
    expect(summary(pdf)).toEqual(expectedSummary(A5));
    expect(pageCount(pdf)).toBe(1);
  });

  it.skipIf(!hasPdftotext)('prints the number, the applicant, the documents to add, the reason and whom to call', async () => {
    const text = flat(pdfText(await renderSupplementRequest(sampleSupplement))[0]!);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Số: 000.00.12.H15-250124-0001/HDHS');
    expect(text).toContain('Mã hồ sơ: 000.00.12.H15-250124-0001');
    expect(text).toContain('Nguyễn Văn Ánh');
    expect(text).toContain('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(text).toContain('Giấy chứng nhận kết hôn của cha mẹ');
    expect(text).toContain('Lý do: Giấy chứng sinh nộp kèm là bản chụp');
    expect(text).toContain('ông/bà liên hệ với Hoàng Thị Thủy, số điện thoại 0219 3841 234 để được hướng dẫn');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
    expect(text).toContain('(Ký và ghi rõ họ tên)');
  });

  it.skipIf(!hasPdftotext)('leaves out the phone and the look-up address when not given', async () => {
    const pdf = await renderSupplementRequest({ ...sampleSupplement, dossierCode: undefined, contact: { officerName: 'Lục Văn Bình' } });
    const text = flat(pdfText(pdf)[0]!);
    expect(text).toContain('liên hệ với Lục Văn Bình để được hướng dẫn');
    expect(text).not.toContain('Tra cứu quy định');
    expect(text).not.toContain('Mã hồ sơ');
  });
});
