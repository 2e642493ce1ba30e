import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { receivePetition } from '../../src/modules/petitions/use-cases/receive-petition.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { RunningServer } from '../../src/server.js';
import { addStaff, seedBacMe, signIn } from './bac-me.js';
import { screenshotDir, waitForDialog } from './browser.js';
import { useServerAndBrowser } from './server.js';

/**
 * A reflection sent on the portal (no JavaScript) → the reception officer finds it in the petition
 * book, classifies it, proposes to accept it, accepts it for settlement and records the answer →
 * the citizen's tracking page shows "Đã trả lời" with the answer.
 */
const e2e = useServerAndBrowser({
  seed: async (server) => {
    await seedBacMe(server);
    const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
    await addStaff(server, commune!.id, [['tiepdan.bacme', 'reception_officer']]);
    await seedEarlierPetitions(server, commune!.id);
  },
});

const day = 24 * 3_600_000;

/** Petitions already in the book: an overdue complaint, a forwarded recommendation and an anonymous denunciation. */
async function seedEarlierPetitions(server: RunningServer, unitId: string): Promise<void> {
  const db = server.database.db;
  const officer: Principal = {
    kind: 'token',
    tokenId: '00000000-0000-4000-8000-00000000e2e1',
    tokenName: 'e2e',
    role: 'reception_officer',
    unitId,
  };
  const deps = { db, access: createAccessPolicy(db) };
  const context = systemContext('e2e');
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString();
  await receivePetition(deps, officer, context, {
    unitId,
    channel: 'post',
    kind: 'complaint',
    receivedAt: at(40),
    contentSummary:
      'Khiếu nại quyết định thu hồi đất làm đường liên xã của Ủy ban nhân dân xã, chưa được bồi thường phần tài sản trên đất.',
    signerCount: 1,
    isAnonymous: false,
    petitioner: { fullName: 'Hà Thị Mến', address: 'Xóm Đồng Bòng, xã Bắc Mê' },
  });
  await receivePetition(deps, officer, context, {
    unitId,
    channel: 'forwarded',
    kind: 'recommendation',
    receivedAt: at(2),
    contentSummary: 'Kiến nghị sửa chữa cầu treo bản Khâu Cả trước mùa mưa lũ.',
    forwardedBy: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc xã',
    forwardLetterRef: '12/CV-MTTQ',
    signerCount: 7,
    isAnonymous: false,
    petitioner: { fullName: 'Nông Văn Dũng', address: 'Bản Khâu Cả, xã Bắc Mê' },
  });
  await receivePetition(deps, officer, context, {
    unitId,
    channel: 'post',
    kind: 'denunciation',
    receivedAt: at(1),
    contentSummary: 'Tố cáo cán bộ địa chính thu tiền trái quy định khi làm thủ tục đo đạc đất.',
    signerCount: 1,
    isAnonymous: true,
  });
}

/**
 * Picks an option from the open list of an antd Select and leaves the picker; the choice counts once
 * the form holds it (the select's data-value), since an open list previews the option under the
 * pointer and, under load, a click that lands while the list is still opening is lost: then again.
 */
async function choose(page: Page, select: Locator, option: string, value: string): Promise<void> {
  const openList = page.locator('.ant-select-dropdown').filter({ visible: true });
  for (let attempt = 1; ; attempt += 1) {
    await select.click();
    const item = openList.locator('.ant-select-item-option').filter({ hasText: option }).first();
    await item.waitFor();
    await page.waitForTimeout(300);
    await item.click();
    await page.keyboard.press('Tab');
    await openList.first().waitFor({ state: 'hidden' });
    try {
      await expect.poll(() => select.getAttribute('data-value'), { timeout: 3_000 }).toBe(value);
      expect(await select.locator('.ant-select-content').textContent()).toContain(option);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Waits until no dialog shows any more (its closing animation done), so that a screenshot shows the page. */
async function waitForDialogClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-modal-wrap:visible, .ant-modal-mask:visible').count(), { timeout: 10_000 }).toBe(0);
}

/** Waits until the confirmations at the top of the page have faded, for a screenshot of the page itself. */
async function waitForMessagesGone(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

/** Waits until the case page shows a new version with the expected status (reloading once if a slow machine missed it). */
async function waitForStatus(page: Page, selector: string, before: string | null, status: string): Promise<void> {
  const changed = page.locator(`${selector}[data-status="${status}"]:not([data-version="${before}"])`);
  try {
    await changed.waitFor({ timeout: 30_000 });
  } catch {
    await page.screenshot({ path: path.join(screenshotDir, `petition-${status}-not-refreshed.png`), fullPage: true });
    await page.reload();
    await page.locator(`${selector}[data-status="${status}"]`).waitFor({ timeout: 20_000 });
  }
}

describe('a reflection from the portal to its answer, in Chromium', () => {
  it('is sent without JavaScript, found in the petition book, classified, accepted, answered and tracked', async () => {
    const { server, browser } = e2e;
    const answer = 'Ủy ban nhân dân xã đã giao Ban quản lý thôn Nà Sáng thay bóng đèn chiếu sáng; công việc xong trong tuần này.';

    const citizen = await (
      await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 }, locale: 'vi-VN' })
    ).newPage();
    await citizen.goto(`${server.url}/phan-anh-kien-nghi`);
    await citizen.selectOption('select#unit', { label: 'Xã Bắc Mê' });
    await citizen.check('input[name=kind][value=reflection]');
    await citizen.fill(
      'textarea#content',
      'Đèn chiếu sáng trên đường liên thôn Nà Sáng bị hỏng từ tháng trước, buổi tối đi lại rất nguy hiểm.',
    );
    await citizen.fill('input[name=name]', 'Lò Văn Hải');
    await citizen.fill('input[name=phone]', '0978123456');
    await citizen.click('form button[type=submit]');
    await citizen.waitForURL(/\/phan-anh-kien-nghi\/da-gui\?ma=/);
    const code = new URL(citizen.url()).searchParams.get('ma')!;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(await citizen.locator('strong.code').textContent()).toBe(code);

    const officer = await signIn(browser, server, 'tiepdan.bacme');
    await officer.getByTestId('nav-petitions').click();
    await officer.getByTestId('petitions-table').locator('tr.ant-table-row').first().waitFor();
    // The complaint received 40 days ago is past its due date: shown in red, and on the overdue tab.
    await officer.getByTestId('petition-overdue').first().waitFor();
    await officer.getByTestId('petitions-tab-overdue').click();
    await expect.poll(() => officer.getByTestId('petitions-table').locator('tr.ant-table-row').count(), { timeout: 15_000 }).toBe(1);
    expect(await officer.getByTestId('petitions-table').locator('tr.ant-table-row').textContent()).toContain('thu hồi đất');
    await officer.getByTestId('petitions-tab-all').click();
    await officer.getByTestId('petitions-table').locator('tr.ant-table-row').nth(3).waitFor();
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-1-book.png'), fullPage: true });

    // Search without diacritics.
    await officer.getByTestId('petitions-search').fill('den chieu sang');
    await officer.getByTestId('petitions-search').press('Enter');
    const row = officer.getByTestId('petitions-table').locator('tr.ant-table-row', { hasText: 'Nà Sáng' });
    await row.waitFor();
    await expect.poll(() => officer.getByTestId('petitions-table').locator('tr.ant-table-row').count()).toBe(1);
    await row.click();
    await officer.getByTestId('petition-page').waitFor();
    // Nobody's name shows before the petition is classified.
    await officer.getByTestId('petitioner-protected').waitFor();
    expect(await officer.getByTestId('petition-petitioner').textContent()).not.toContain('Lò Văn Hải');

    // The officer holds no identity clearance: the read is refused, with the reason.
    await officer.getByTestId('identity-read-open').click();
    await waitForDialog(officer);
    await officer.getByTestId('identity-read-purpose').fill('Liên hệ người gửi để xác minh địa điểm');
    await officer.getByTestId('identity-read-submit').click();
    await officer.getByTestId('identity-read-refused').waitFor();
    expect(await officer.getByTestId('identity-read-refused').textContent()).toContain('quyền tiếp cận');
    await officer.locator('.ant-modal-close').click();
    await waitForDialogClosed(officer);

    // Classification: the rules find nothing against it; eligible and within the commune's competence.
    await officer.locator('[data-testid=classify-suggestions][data-eligible=true]').waitFor();
    await choose(officer, officer.getByTestId('classify-field'), 'Hành chính — lĩnh vực khác', 'other_administrative');
    await officer.getByTestId('classify-eligible-yes').click();
    await officer.getByTestId('classify-scope-ours').click();
    expect(await officer.getByTestId('classify-field').getAttribute('data-value')).toBe('other_administrative');
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-2-classify.png'), fullPage: true });
    let before = await officer.getByTestId('petition-page').getAttribute('data-version');
    await officer.getByTestId('classify-submit').click();
    await waitForStatus(officer, '[data-testid=petition-page]', before, 'classified');
    // A reflection's writer is named once it is classified.
    await officer.getByTestId('petition-petitioner').getByText('Lò Văn Hải').waitFor();

    before = await officer.getByTestId('petition-page').getAttribute('data-version');
    await officer.getByTestId('petition-outcome-accept').click();
    await waitForDialog(officer);
    await officer.getByTestId('handling-submit').click();
    await waitForStatus(officer, '[data-testid=petition-page]', before, 'accepted');
    const [proposal] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('petition-letter-pdf').click()]);
    expect(proposal.suggestedFilename()).toMatch(/\.pdf$/);

    await officer.getByTestId('settlement-open').click();
    await waitForDialog(officer);
    await officer.getByTestId('settlement-decision-ref').fill('15/TB-UBND');
    await officer.getByTestId('settlement-open-submit').click();
    await officer.locator('[data-testid=settlement-panel][data-status=in_progress]').waitFor({ timeout: 20_000 });
    await officer.getByTestId('settlement-clock-lines').waitFor();

    before = await officer.getByTestId('settlement-panel').getAttribute('data-version');
    await officer.getByTestId('settlement-record').click();
    await waitForDialog(officer);
    await choose(officer, officer.getByTestId('step-select'), 'Quyết định, kết luận, trả lời', 'decide');
    await expect.poll(() => officer.getByTestId('step-result').getAttribute('data-value')).toBe('answered');
    expect(await officer.getByTestId('step-result').textContent()).toContain('Đã trả lời');
    await officer.getByTestId('step-decision-ref').fill('16/TL-UBND');
    await officer.getByTestId('step-summary').fill(answer);
    await officer.getByTestId('step-submit').click();
    await waitForStatus(officer, '[data-testid=settlement-panel]', before, 'decided');
    expect(await officer.getByTestId('settlement-answer').textContent()).toBe(answer);
    expect(await officer.getByTestId('settlement-result').textContent()).toBe('Đã trả lời');
    await officer.getByTestId('settlement-timeline').locator('[data-event=decided]').waitFor();
    await officer.getByTestId('settlement-letter-answer').waitFor();
    await waitForDialogClosed(officer);
    await waitForMessagesGone(officer);
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-3-case.png'), fullPage: true });

    const [stored] = await server.database.query<{ status: string; result: string }>(
      'select s.status, s.result from petition_settlements s join petitions p on p.id = s.petition_id where p.tracking_code = $1',
      [code],
    );
    expect(stored).toEqual({ status: 'decided', result: 'answered' });

    await citizen.goto(`${server.url}/phan-anh-kien-nghi/tra-cuu?ma=${code}`);
    await citizen.locator('[data-stage=answered]').waitFor();
    expect(await citizen.locator('[data-stage=answered]').textContent()).toBe('Đã trả lời');
    expect(await citizen.locator('blockquote.answer').textContent()).toBe(answer);
    await citizen.screenshot({ path: path.join(screenshotDir, 'petition-4-tracking.png'), fullPage: true });

    // The same case page in English, and on a phone.
    await officer.getByText('English', { exact: true }).click();
    await officer.getByTestId('petition-title').getByText('Petition 4/').waitFor();
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-6-case-en.png'), fullPage: true });
    await officer.setViewportSize({ width: 412, height: 915 });
    await officer.getByTestId('settlement-panel').waitFor();
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-7-case-phone.png'), fullPage: true });
  });

  it('records a forwarded complaint from the book, with the server’s field errors on the fields', async () => {
    const { server, browser } = e2e;
    const officer = await signIn(browser, server, 'tiepdan.bacme');
    await officer.getByTestId('nav-petitions').click();
    await officer.getByTestId('petitions-record').click();
    await waitForDialog(officer);
    await choose(officer, officer.getByTestId('petition-channel'), 'Cơ quan, tổ chức chuyển đến', 'forwarded');
    await officer.getByTestId('petition-forwarded-by').fill('Văn phòng Đoàn đại biểu Quốc hội tỉnh');
    await officer.getByTestId('petition-forward-letter').fill('45/ĐĐBQH-VP');
    await officer.getByTestId('petition-content').fill('Khiếu nại việc chậm chi trả tiền hỗ trợ sản xuất nông nghiệp năm 2025.');
    await officer.getByTestId('petition-petitioner-name').fill('Hoàng Thị Lan');
    await officer.getByTestId('petition-petitioner-phone').fill('12345');
    await officer.getByTestId('petition-submit').click();
    // The phone is checked by the server: its message shows under the phone field, nothing is recorded.
    const phoneItem = officer.locator('.ant-form-item', { has: officer.getByTestId('petition-petitioner-phone') });
    await phoneItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await phoneItem.locator('.ant-form-item-explain-error').textContent()).toContain('0912345678');
    await officer.screenshot({ path: path.join(screenshotDir, 'petition-5-intake-error.png') });
    await officer.getByTestId('petition-petitioner-phone').fill('0912345678');
    await officer.getByTestId('petition-submit').click();
    await officer.locator('[data-testid=petition-page][data-status=received]').waitFor({ timeout: 20_000 });
    expect(await officer.getByTestId('petition-title').textContent()).toMatch(/^Đơn số \d+\/\d{4}$/);
    expect(await officer.getByTestId('petition-page').textContent()).toContain('Văn phòng Đoàn đại biểu Quốc hội tỉnh (45/ĐĐBQH-VP)');
    const [recorded] = await server.database.query<{ channel: string; forwarded_by: string }>(
      "select channel, forwarded_by from petitions where content_summary like 'Khiếu nại việc chậm chi trả%'",
    );
    expect(recorded).toEqual({ channel: 'forwarded', forwarded_by: 'Văn phòng Đoàn đại biểu Quốc hội tỉnh' });
  });
});
