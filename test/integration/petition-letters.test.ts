/**
 * The letters of handling and settlement, read back from the PDF and the DOCX: each carries its
 * heading, its number line and the petition's content; a complainant is addressed by name, a
 * denouncer never (the line is left to fill in), and the notice to the person denounced carries
 * the content only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { buildStaff, buildUnitTree, type CommuneRef, type Staff } from '../support/factories.js';
import { flat, hasPdftotext, pdfText } from '../support/pdf-inspect.js';
import { docxText } from '../support/docx-text.js';

let t: TestApp;
let commune: CommuneRef;
let officer: Staff;
const marker = 'ZQXJ';
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function petition(kind: string, petitioner: Record<string, string>, classification: Record<string, unknown>) {
  const received = await officer.client.post('/api/v1/petitions', {
    unitId: commune.id,
    channel: 'post',
    kind,
    contentSummary: `Nội dung ${kind}: lấn chiếm hành lang đường tỉnh 176`,
    petitioner,
  });
  expect(received.statusCode, received.body).toBe(201);
  const classified = await officer.client.post(
    `/api/v1/petitions/${received.data.id}/classification`,
    { kind, field: 'land_housing', isEligible: true, competence: { scope: 'ours' }, settlementStatus: 'none', ...classification },
    ifMatch(1),
  );
  expect(classified.statusCode, classified.body).toBe(200);
  return classified.data as { id: string; version: number };
}
async function fetchLetter(url: string) {
  const pdf = await officer.client.request('GET', `${url}?format=pdf`);
  const docx = await officer.client.request('GET', `${url}?format=docx`);
  expect(pdf.statusCode, pdf.body).toBe(200);
  expect(docx.statusCode).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  expect(String(docx.headers['content-type'])).toContain('wordprocessingml');
  return { pdf: hasPdftotext ? flat(pdfText(pdf.rawPayload).join(' ')) : '', docx: flat(docxText(docx.rawPayload)) };
}

beforeAll(async () => {
  t = await createTestApp();
  commune = (await buildUnitTree(t.admin, { communes: 1 })).commune;
  officer = await buildStaff(t.admin, { roles: ['reception_officer'], unitId: commune.id });
});
afterAll(async () => t?.close());

describe('petition letters', () => {
  it('guide a complainant by name to the competent body', async () => {
    const made = await petition(
      'complaint',
      { fullName: 'Nông Văn Dền', address: 'Thôn Khuôn Tát' },
      {
        competence: { scope: 'other', bodyType: 'administrative' },
      },
    );
    const guided = await officer.client.post(
      `/api/v1/petitions/${made.id}/handling`,
      { outcome: 'guide', to: 'Sở Xây dựng tỉnh' },
      ifMatch(made.version),
    );
    expect(guided.statusCode, guided.body).toBe(200);
    const { pdf, docx } = await fetchLetter(`/api/v1/petitions/${made.id}/letter`);
    for (const text of [docx, ...(hasPdftotext ? [pdf] : [])]) {
      expect(text).toContain('PHIẾU HƯỚNG DẪN');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Ông/Bà Nông Văn Dền');
      expect(text).toContain('Sở Xây dựng tỉnh');
      expect(text).toContain('lấn chiếm hành lang đường tỉnh 176');
    }
  });

  it('never print a denouncer: the transfer slip, the acceptance notice and the notice to the person denounced', async () => {
    const denouncer = { fullName: `${marker} Hoàng Thị Tố`, address: `${marker} bản Nà Coóc`, phone: '0987000111' };
    const transferred = await petition('denunciation', denouncer, { competence: { scope: 'other', bodyType: 'administrative' } });
    const handled = await officer.client.post(
      `/api/v1/petitions/${transferred.id}/handling`,
      { outcome: 'transfer', to: 'Thanh tra tỉnh' },
      ifMatch(transferred.version),
    );
    expect(handled.statusCode, handled.body).toBe(200);
    const slip = await fetchLetter(`/api/v1/petitions/${transferred.id}/letter`);
    expect(slip.docx).toContain('PHIẾU CHUYỂN ĐƠN');
    expect(slip.docx).toContain('Điều 47');

    const accepted = await petition('denunciation', denouncer, {});
    await officer.client.post(`/api/v1/petitions/${accepted.id}/handling`, { outcome: 'accept' }, ifMatch(accepted.version));
    const proposal = await fetchLetter(`/api/v1/petitions/${accepted.id}/letter`);
    expect(proposal.docx).toContain('PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN');
    const opened = await officer.client.post(`/api/v1/petitions/${accepted.id}/settlement`, { decisionRef: '07/QĐ-TLTC' });
    expect(opened.statusCode, opened.body).toBe(201);
    const notice = await fetchLetter(`/api/v1/settlements/${opened.data.id}/letters/acceptance_notice`);
    expect(notice.docx).toContain('Về việc thụ lý giải quyết tố cáo');
    expect(notice.docx).toContain('Ông/Bà ……');
    const toDenounced = await fetchLetter(`/api/v1/settlements/${opened.data.id}/letters/notice_to_denounced`);
    expect(toDenounced.docx).toContain('Về nội dung tố cáo');
    expect(toDenounced.docx).toContain('lấn chiếm hành lang đường tỉnh 176');

    for (const text of [slip.docx, slip.pdf, proposal.docx, proposal.pdf, notice.docx, notice.pdf, toDenounced.docx, toDenounced.pdf]) {
      expect(text).not.toContain(marker);
      expect(text).not.toContain('0987000111');
    }
  });

  it('answer a recommendation once decided, and refuse a letter a step does not have', async () => {
    const made = await petition('recommendation', { fullName: 'Lục Văn Khoa' }, { field: 'other_administrative' });
    const noLetter = await officer.client.get(`/api/v1/petitions/${made.id}/letter`);
    expect(noLetter.statusCode).toBe(409);
    expect(noLetter.data.code).toBe('LETTER_NOT_AVAILABLE');
    await officer.client.post(`/api/v1/petitions/${made.id}/handling`, { outcome: 'accept' }, ifMatch(made.version));
    const opened = await officer.client.post(`/api/v1/petitions/${made.id}/settlement`, { decisionRef: '08/TB' });
    const early = await officer.client.get(`/api/v1/settlements/${opened.data.id}/letters/answer`);
    expect(early.statusCode).toBe(409);
    const decided = await officer.client.post(
      `/api/v1/settlements/${opened.data.id}/steps`,
      { step: 'decide', decisionRef: '12/TL', result: 'answered', summary: 'Ủy ban sẽ lắp đèn tín hiệu tại ngã ba trong tháng Giêng.' },
      ifMatch(opened.data.version),
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const answer = await fetchLetter(`/api/v1/settlements/${opened.data.id}/letters/answer`);
    expect(answer.docx).toContain('VĂN BẢN TRẢ LỜI');
    expect(answer.docx).toContain('Ông/Bà Lục Văn Khoa');
    expect(answer.docx).toContain('lắp đèn tín hiệu tại ngã ba');
    const notDenunciation = await officer.client.get(`/api/v1/settlements/${opened.data.id}/letters/notice_to_denounced`);
    expect(notDenunciation.statusCode).toBe(409);
  });

  it('tell a complainant why the complaint is not accepted', async () => {
    const made = await petition('complaint', { fullName: 'Hầu A Lử' }, { isEligible: false, reasons: ['time_barred'] });
    const filed = await officer.client.post(`/api/v1/petitions/${made.id}/handling`, { outcome: 'file' }, ifMatch(made.version));
    expect(filed.statusCode, filed.body).toBe(200);
    const { docx } = await fetchLetter(`/api/v1/petitions/${made.id}/letter`);
    expect(docx).toContain('Về việc không thụ lý giải quyết khiếu nại');
    expect(docx).toContain('Ông/Bà Hầu A Lử');
    expect(docx).toContain('Luật Khiếu nại 2011 Điều 9');
  });
});
