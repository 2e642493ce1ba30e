import { describe, expect, it } from 'vitest';
import { A5_MARGINS, A5_SCALE, createDocument, drawHeader, para, pdfToBuffer, use } from './pdf-kit.js';
import { flat, hasPdftotext, pageCount, pdfText, summary } from '../../../test/support/pdf-inspect.js';
import { drawTable } from './pdf-table.js';
import { sampleHeader } from '../../../test/support/form-samples.js';

const italicOnly = async (text: string) => {
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: 'thử' });
  use(doc, 'italic', 10).text(text);
  return pdfToBuffer(doc);
};

describe('pdf-kit', () => {
  it('never loads a standard PDF font', async () => {
    const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: 'thử' });
    drawHeader(doc, sampleHeader, A5_SCALE, '01/HDHS');
    const pdf = await pdfToBuffer(doc);
    expect(summary(pdf)).toMatchObject({ magic: '%PDF-', notoSerif: true, standardFont: false });
  });

  it.skipIf(!hasPdftotext)('keeps the text layer right across documents sharing the parsed fonts', async () => {
    // The first document uses "a" only inside accented letters, where it is a component glyph.
    await italicOnly('ngày tháng năm ằ ẳ ẵ ạ');
    const [page] = pdfText(await italicOnly('Trang a ă â Nguyễn Văn Ánh'));
    expect(flat(page!)).toContain('Trang a ă â Nguyễn Văn Ánh');
  });

  it.skipIf(!hasPdftotext)('breaks tables between rows and repeats the two-level header', async () => {
    const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: 'bảng' });
    para(doc, 'Bảng thử', A5_SCALE);
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      `Dòng số ${i + 1} có nội dung đủ dài để xuống dòng trong ô của bảng`,
      'x',
      'y',
    ]);
    drawTable(
      doc,
      [
        { header: 'STT', weight: 1 },
        { header: 'Nội dung', weight: 4 },
        { header: 'Đầu', weight: 1, group: 'Nhóm' },
        { header: 'Cuối', weight: 1, group: 'Nhóm' },
      ],
      rows,
      { fontSize: 8 },
    );
    const pdf = await pdfToBuffer(doc);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    const texts = pdfText(pdf).slice(0, pages).map(flat);
    for (const text of texts) expect(text).toContain('Nhóm');
    const all = texts.join(' ');
    for (let i = 1; i <= 60; i++) expect(all).toContain(`Dòng số ${i} có`);
  });
});
