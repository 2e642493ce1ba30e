import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { todayInVietnam } from '../../src/platform/time/vietnam-time.js';
import { docxText } from '../support/docx-text.js';
import { signIn as signInToApi } from '../support/test-app.js';
import { fullNames, password, seedBacMe, signIn } from './bac-me.js';
import { waitForDialog } from './browser.js';
import { photograph as photographAt } from './reception-support.js';
import { useServerAndBrowser } from './server.js';

/**
 * From the operations dashboard to a downloaded report, in the officer app: the commune's leader
 * opens "Bảng điều hành", finds the petitions received this year as the figure registry counts
 * them (the same number as the API's figure set), opens the list behind it and sees the declared
 * indicator "12/15 thôn" in its own card; then drafts a "Dân vận chính quyền" report for this year
 * up to yesterday, reads the sentence about petitions in the preview, names the signer, writes the
 * assessment, downloads the DOCX and the PDF from the page's buttons (the PDF turned into PNG pages
 * with pdftoppm) and signs it. Pages are photographed at 1280 px and 390 px (scratch/reports-e2e/)
 * and must fit a phone's width; the browser must report no error.
 */
const shots = path.resolve(import.meta.dirname, '../../scratch/reports-e2e');
fs.mkdirSync(shots, { recursive: true });

const today = todayInVietnam();
/**
 * The report ends yesterday, a period that has ended however signing is dated: the page offered
 * "Ký ban hành" only from the day after the period's last day while the server signed on that day.
 */
const yesterday = new Date(Date.parse(`${today}T12:00:00+07:00`) - 86_400_000).toISOString().slice(0, 10);
// On 1 January yesterday is last year: the dashboard's "Năm nay" would not hold the petitions.
const year = yesterday.slice(0, 4);
const reportPeriod = { from: `${year}-01-01`, to: yesterday };
const dashboardPeriod = { from: `${today.slice(0, 4)}-01-01`, to: today };
const signer = fullNames['lanhdao.bacme']!;
const assessment =
  'Công tác tiếp nhận, xử lý đơn thư được thực hiện kịp thời, đúng quy định; còn đơn phải lưu do gửi nhiều nơi, cần hướng dẫn người dân gửi đúng cơ quan có thẩm quyền.';

const petitions = [
  'Kiến nghị sửa chữa cầu treo thôn Nà Sáng bị xuống cấp, người dân đi lại khó khăn.',
  'Kiến nghị bổ sung đèn chiếu sáng đường liên thôn Khuổi Khon.',
  'Phản ánh việc thu gom rác thải ở chợ trung tâm xã chưa thường xuyên.',
] as const;

/** Bắc Mê, three petitions received yesterday at the commune (one of them filed) and an indicator declared for this year. */
async function seedReports(server: RunningServer): Promise<void> {
  await seedBacMe(server);
  const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
  const unitId = commune!.id;
  const leader = await signInToApi(server.app, 'lanhdao.bacme', password);
  const received: { id: string; version: number }[] = [];
  for (const [index, contentSummary] of petitions.entries()) {
    const petition = await leader.post('/api/v1/petitions', {
      unitId,
      channel: 'post',
      kind: 'recommendation',
      receivedAt: `${yesterday}T${String(8 + index).padStart(2, '0')}:30:00+07:00`,
      contentSummary,
      petitioner: { fullName: ['Hoàng Văn Páo', 'Lý Thị Hoa', 'Ma Văn Sình'][index], address: 'Xã Bắc Mê' },
    });
    if (petition.statusCode !== 201) throw new Error(`petition: ${petition.statusCode} ${petition.body}`);
    received.push(petition.data);
  }
  // The last one was sent to several bodies at once: classified as not eligible, then filed.
  const filed = received[2]!;
  const classified = await leader.post(
    `/api/v1/petitions/${filed.id}/classification`,
    {
      kind: 'recommendation',
      field: 'other_administrative',
      isEligible: false,
      reasons: ['sent_to_several_bodies'],
      competence: { scope: 'ours' },
      settlementStatus: 'none',
    },
    { 'if-match': `"${filed.version}"` },
  );
  if (classified.statusCode !== 200) throw new Error(`classification: ${classified.statusCode} ${classified.body}`);
  const handled = await leader.post(
    `/api/v1/petitions/${filed.id}/handling`,
    { outcome: 'file', note: 'Đơn gửi nhiều nơi.' },
    { 'if-match': `"${classified.data.version}"` },
  );
  if (handled.statusCode !== 200 || handled.data.status !== 'filed') throw new Error(`handling: ${handled.statusCode} ${handled.body}`);
  const declared = await leader.post('/api/v1/reports/declarations', {
    unitId,
    kind: 'indicator',
    label: 'Tổng số thôn đạt chuẩn văn hóa',
    value: 12,
    denominator: 15,
    unitWord: 'thôn',
    // Up to the report's last day: a report prints the figures declared for periods inside its own.
    ...reportPeriod,
  });
  if (declared.statusCode !== 201) throw new Error(`declaration: ${declared.statusCode} ${declared.body}`);
}

const e2e = useServerAndBrowser({ seed: seedReports });

const photograph = (page: Page, name: string, problems: string[], fullPage = true) =>
  photographAt(page, name, problems, { fullPage, dir: shots });

/**
 * Opens the select with `testId` and takes the option showing `text`, until the select shows it and
 * its list is closed: on a loaded machine a click during the list's opening animation can miss.
 */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click({ timeout: 10_000 });
    const isChosen = await expect
      .poll(
        async () => (await select.textContent())?.includes(text) && (await page.locator('.ant-select-dropdown:visible').count()) === 0,
        {
          timeout: 3_000,
        },
      )
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (isChosen) return;
    if (attempt === 3) throw new Error(`the select ${testId} did not take "${text}"`);
  }
}

/** Clicks a download button of the report page and returns the file the browser saved. */
async function download(page: Page, format: 'docx' | 'pdf'): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(`run-download-${format}`).click(),
  ]);
  const saved = path.join(shots, `report.${format}`);
  await file.saveAs(saved);
  return { file, bytes: fs.readFileSync(saved) };
}

describe('reports, from the dashboard to a downloaded report, in Chromium', () => {
  it('shows the counted petitions and the declared indicator, drafts, downloads and signs a report', async () => {
    const { server } = e2e;
    const problems: string[] = [];
    const errors: string[] = [];
    const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
    const api = await signInToApi(server.app, 'lanhdao.bacme', password);
    const figureOf = async (period: { from: string; to: string }, id: string) => {
      const set = await api.get(`/api/v1/reports/units/${commune!.id}/figure-set?from=${period.from}&to=${period.to}`);
      expect(set.statusCode, set.body).toBe(200);
      return (set.data.figures as { id: string; value: number | null }[]).find((figure) => figure.id === id)?.value;
    };
    // The API counts the three petitions, whatever the page then shows.
    expect(await figureOf(dashboardPeriod, 'petitions.received')).toBe(petitions.length);
    expect(await figureOf(dashboardPeriod, 'petitions.processed')).toBe(1);

    const leader = await signIn(e2e.browser, server, 'lanhdao.bacme');
    leader.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${leader.url()}: ${message.text()}`);
    });
    leader.on('pageerror', (error) => errors.push(`${leader.url()}: ${error.message}`));

    // The dashboard of the commune (the leader's own unit), this year so far.
    await leader.getByTestId('nav-reports').click();
    await leader.getByTestId('reports-dashboard').waitFor();
    expect(await leader.getByTestId('reports-unit').textContent()).toContain('Xã Bắc Mê');
    const received = leader.getByTestId('figure-petitions.received');
    await expect.poll(() => received.getAttribute('data-value'), { timeout: 20_000 }).toBe(String(petitions.length));
    expect(await received.textContent()).toContain(`${petitions.length}`);
    expect(await received.textContent()).toContain('Đơn tiếp nhận trong kỳ');
    expect(await leader.getByTestId('figure-petitions.processed').getAttribute('data-value')).toBe('1');
    expect(await leader.getByTestId('reports-period').textContent()).toContain(`01/01/${today.slice(0, 4)}`);
    // The declared indicator, in its own card, out of its whole.
    const declaredRow = leader.locator('[data-testid=declarations-table] tr.ant-table-row', { hasText: 'Tổng số thôn đạt chuẩn văn hóa' });
    await declaredRow.waitFor({ timeout: 20_000 });
    expect(await declaredRow.getByTestId('declaration-value').textContent()).toBe('12/15 thôn');
    await photograph(leader, 'dashboard', problems);

    // The list behind the figure: one row per petition received, no petitioner.
    await received.click();
    const drill = leader.locator('[data-testid=drill-down][data-figure="petitions.received"]');
    await drill.waitFor({ timeout: 20_000 });
    const drillRows = drill.locator('tr.ant-table-row');
    await expect.poll(() => drillRows.count(), { timeout: 20_000 }).toBe(petitions.length);
    const listed = (await drill.textContent()) ?? '';
    for (const name of ['Hoàng Văn Páo', 'Lý Thị Hoa', 'Ma Văn Sình']) expect(listed).not.toContain(name);
    await photograph(leader, 'drill-down', problems, false);
    await leader.locator('.ant-drawer-close').click();
    await drill.waitFor({ state: 'detached' });

    // The periodic reports: a new "Dân vận chính quyền" report for this year up to yesterday.
    await leader.getByTestId('reports-runs-link').click();
    await leader.getByTestId('report-runs-page').waitFor();
    await leader.getByTestId('run-create').click();
    await waitForDialog(leader);
    await choose(leader, 'run-kind', 'Kết quả công tác dân vận chính quyền');
    await choose(leader, 'run-period-kind', 'Tùy chọn');
    await leader.getByTestId('run-from').fill(reportPeriod.from);
    await leader.getByTestId('run-to').fill(reportPeriod.to);
    await expect.poll(() => leader.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await leader.screenshot({ path: path.join(shots, 'run-form.png'), fullPage: true });
    await leader.getByTestId('run-submit').click();
    const runPage = leader.getByTestId('report-run-page');
    await leader.locator('[data-testid=report-run-page][data-status=draft]').waitFor({ timeout: 30_000 });
    const runId = /\/reports\/runs\/([0-9a-f-]{36})/.exec(leader.url())?.[1];
    expect(runId).toBeDefined();
    expect(await leader.getByTestId('report-run-title').textContent()).toBe('Kết quả công tác dân vận chính quyền');

    // The preview writes the petitions from the registry's figure for the report's period.
    const counted = await figureOf(reportPeriod, 'petitions.received');
    expect(counted).toBe(petitions.length);
    const preview = leader.getByTestId('report-preview');
    await preview.waitFor();
    const sentence = preview.locator('p[data-origin=generated][data-figures~="petitions.received"]').first();
    expect(await sentence.textContent()).toContain(`tiếp nhận ${counted} đơn thư`);
    expect(await leader.getByTestId('report-range').textContent()).toContain(reportPeriod.to.split('-').reverse().join('/'));
    expect(await preview.textContent()).toContain('Tổng số thôn đạt chuẩn văn hóa');
    await photograph(leader, 'run-draft', problems);

    // The signer named and the assessment written, saved; the preview prints the assessment.
    await leader.getByRole('tab', { name: 'Soạn nội dung' }).click();
    await leader.getByTestId('run-signer-name').fill(signer);
    await leader.getByTestId('run-free-assessment').fill(assessment);
    const before = await runPage.getAttribute('data-version');
    await leader.getByTestId('run-save').click();
    await leader.locator(`[data-testid=report-run-page]:not([data-version="${before}"])`).waitFor({ timeout: 20_000 });
    await photograph(leader, 'run-edit', problems);
    await leader.getByRole('tab', { name: 'Xem trước' }).click();
    await expect.poll(async () => (await preview.locator('p[data-origin=free]').allTextContents()).join('\n')).toContain(assessment);
    await leader.getByRole('tab', { name: 'Phụ lục số liệu' }).click();
    await photograph(leader, 'run-annexes', problems);
    await leader.getByRole('tab', { name: 'Xem trước' }).click();

    // The DOCX from the page's button: the title, the petitions sentence, the assessment and the signer.
    const docx = await download(leader, 'docx');
    expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
    const words = docxText(docx.bytes);
    expect(words).toContain('BÁO CÁO');
    expect(words).toContain(`tiếp nhận ${counted} đơn thư`);
    expect(words).toContain(assessment);
    expect(words).toContain(signer);

    // The PDF from the page's button, looked at as PNG pages.
    const pdf = await download(leader, 'pdf');
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const old of fs.readdirSync(shots).filter((name) => name.startsWith('report-page'))) fs.rmSync(path.join(shots, old));
    execFileSync('pdftoppm', ['-r', '60', '-png', path.join(shots, 'report.pdf'), path.join(shots, 'report-page')]);
    const pages = fs.readdirSync(shots).filter((name) => /^report-page-\d+\.png$/.test(name));
    expect(pages.length).toBeGreaterThanOrEqual(1);

    // Signed ("Ký ban hành", confirmed): frozen, the status says so, and the list shows it.
    await leader.getByTestId('run-sign').click();
    await waitForDialog(leader);
    await leader.getByTestId('run-sign-confirm').click();
    await leader.locator('[data-testid=report-run-page][data-status=signed]').waitFor({ timeout: 30_000 });
    expect(await leader.getByTestId('report-run-status').textContent()).toBe('Đã ký ban hành');
    expect(await leader.getByTestId('report-run-notice').textContent()).toContain('đã ký ban hành');
    expect(await leader.getByRole('tab', { name: 'Soạn nội dung' }).count()).toBe(0);
    const signed = await api.get(`/api/v1/reports/runs/${runId}`);
    expect(signed.data.status).toBe('signed');
    expect(signed.data.freeText.assessment).toBe(assessment);
    expect(signed.data.signerName).toBe(signer);
    await photograph(leader, 'run-signed', problems);

    // Signed without a number: the registry's number is written once, and the document carries it.
    await leader.getByTestId('run-number').click();
    await waitForDialog(leader);
    await leader.getByTestId('number-input').fill('15/BC-UBND');
    await leader.getByTestId('number-submit').click();
    await expect.poll(async () => (await api.get(`/api/v1/reports/runs/${runId}`)).data.number, { timeout: 20_000 }).toBe('15/BC-UBND');
    await leader.getByTestId('run-number').waitFor({ state: 'detached', timeout: 20_000 });
    expect(docxText((await download(leader, 'docx')).bytes)).toContain('Số: 15/BC-UBND');

    await runPage.getByRole('button', { name: 'Quay lại' }).click();
    const listedRun = leader.locator('[data-testid=runs-table] tr.ant-table-row', { hasText: 'Kết quả công tác dân vận chính quyền' });
    await listedRun.waitFor({ timeout: 20_000 });
    expect(await listedRun.textContent()).toContain('Đã ký ban hành');
    await photograph(leader, 'runs', problems);

    await leader.context().close();
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  });
});
