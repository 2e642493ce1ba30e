import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './browser.js';
import { actOnPage, receiveAtCounterPage, signIn as signInAs, useBacMe } from './bac-me.js';

/** Counter intake → receipt PDF → steps at two units → result → return → the public tracking page says returned. */
const bacMe = useBacMe();

const signIn = (username: string): Promise<Page> => signInAs(bacMe.browser, bacMe.server, username);

async function openDossier(page: Page, code: string): Promise<void> {
  await page.getByTestId('nav-dossiers').click();
  await page.getByTestId('dossiers-search').fill(code);
  await page.getByTestId('dossiers-search').press('Enter');
  await page.locator('[data-testid=dossiers-table] tr.ant-table-row', { hasText: code }).first().click();
  await page.getByTestId('dossier-status').waitFor();
}

describe('a dossier from counter to return, in Chromium', () => {
  it('is received, printed, handled at two units, approved, returned and tracked publicly', async () => {
    const { server, browser } = bacMe;
    const counter = await signIn('motcua.bacme');
    const code = await receiveAtCounterPage(counter, '1.001193', {
      name: 'Nguyễn Văn Ánh',
      citizenId: '008095001234',
      phone: '0912345678',
      address: 'Thôn Nà Sáng, xã Bắc Mê',
    });
    expect(code).toMatch(/^00991-\d{6}-0001$/);
    await counter.screenshot({ path: path.join(screenshotDir, 'journey-1-receipt.png'), fullPage: true });
    const receiptHref = await counter.getByTestId('form-link-receipt').getAttribute('href');
    const receipt = await counter.request.get(new URL(receiptHref!, server.url).href);
    expect(receipt.status()).toBe(200);
    expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await counter.getByTestId('intake-open-dossier').click();
    await counter.getByTestId('dossier-status').waitFor();
    await actOnPage(counter, 'hand_over', 'processing');

    const specialist = await signIn('chuyenvien.bacme');
    await openDossier(specialist, code);
    await actOnPage(specialist, 'hand_over', 'processing');

    const leader = await signIn('lanhdao.bacme');
    await openDossier(leader, code);
    await actOnPage(leader, 'approve', 'result_ready');

    await counter.reload();
    await counter.locator('[data-testid=dossier-status][data-status=result_ready]').waitFor({ timeout: 20_000 });
    await actOnPage(counter, 'return', 'returned');
    await counter.screenshot({ path: path.join(screenshotDir, 'journey-2-returned.png'), fullPage: true });

    const tasks = await server.database.query<{ unit_id: string; status: string }>(
      "select distinct unit_id from dossier_tasks t join dossiers d on d.id = t.dossier_id where d.code = $1 and t.status = 'done'",
      [code],
    );
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    const statuses = await server.database.query<{ status: string }>(
      'select t.status from dossier_tasks t join dossiers d on d.id = t.dossier_id where d.code = $1',
      [code],
    );
    expect(statuses.map((row) => row.status)).toEqual(['done', 'done', 'done', 'done']);

    const citizen = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
    const tracking = await citizen.newPage();
    await tracking.goto(`${server.url}/tra-cuu`);
    await tracking.fill('input[name=ma]', code);
    await tracking.fill('input[name=sdt]', '5678');
    await tracking.click('form button[type=submit]');
    await tracking.locator('[data-status=returned]').waitFor();
    expect(await tracking.content()).toContain('Đã trả kết quả');
    await tracking.screenshot({ path: path.join(screenshotDir, 'journey-3-tracking.png'), fullPage: true });
  });
});
