import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, waitForDialog } from './browser.js';
import { e2eAdminPassword, useServerAndBrowser } from './server.js';

const e2e = useServerAndBrowser();

describe('officer app in Chromium', () => {
  it('signs in, creates a unit and finds it in the list', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    await page.goto(`${e2e.server.url}/app/`);
    await page.getByTestId('signin-username').fill('admin');
    await page.getByTestId('signin-password').fill(e2eAdminPassword);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-units').click();
    await page.getByTestId('units-create').click();
    await waitForDialog(page);
    await page.getByTestId('unit-code').fill('E2E01');
    await page.getByTestId('unit-name').fill('Tỉnh Kiểm Thử Trình Duyệt');
    await page.getByTestId('unit-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Tỉnh' }).first().click();
    // The unit is saved (201) and the dialog gone before the list is searched, however slow the machine.
    const [saved] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/api/v1/units')),
      page.getByTestId('unit-form-submit').click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(201);
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('units-search').fill('kiem thu trinh duyet');
    await page.getByTestId('units-search').press('Enter');
    const row = page.getByTestId('units-table').locator('tr', { hasText: 'Tỉnh Kiểm Thử Trình Duyệt' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('E2E01');
    await page.screenshot({ path: path.join(screenshotDir, 'units-list.png'), fullPage: true });

    const created = await e2e.server.database.query<{ name: string }>("select name from units where code = 'E2E01'");
    expect(created).toEqual([{ name: 'Tỉnh Kiểm Thử Trình Duyệt' }]);
  });
});
