import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoCatalogue } from '../../src/modules/catalog/index.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import { screenshotDir } from './browser.js';
import { e2eAdminPassword, useServerAndBrowser } from './server.js';

const e2e = useServerAndBrowser({
  seed: async (server) => {
    await loadDemoCatalogue(server.database.db, systemContext('e2e'));
  },
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/app/`);
  await page.getByTestId('signin-username').fill('admin');
  await page.getByTestId('signin-password').fill(e2eAdminPassword);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-units').waitFor();
}

/** Whether an element shows within 15 s, without failing when it does not. */
async function appears(locator: Locator): Promise<boolean> {
  for (let waited = 0; waited < 15_000; waited += 250) {
    if ((await locator.count()) > 0) return true;
    await locator.page().waitForTimeout(250);
  }
  return false;
}

describe('working calendar page', () => {
  it('shows 2025 with the Tết holidays and the swapped Saturday marked', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
    await signIn(page);
    await page.goto(`${e2e.server.url}/app/calendar?year=2025`);
    const yearSelect = page.getByTestId('calendar-year');
    await yearSelect.waitFor();
    const tet = page.getByTestId('calendar-day-2025-01-29');
    // Choose 2025 in the year picker; a click that lands while its list is still opening is lost, so try again.
    for (let attempt = 1; attempt <= 3 && (await tet.count()) === 0; attempt++) {
      await yearSelect.click();
      const option = page
        .locator('.ant-select-dropdown')
        .filter({ visible: true })
        .locator('.ant-select-item-option')
        .filter({ hasText: /^2025$/ });
      await option.first().waitFor();
      await page.waitForTimeout(300);
      await option.first().click();
      if (await appears(tet)) break;
    }
    await tet.waitFor({ timeout: 15_000 });
    expect(await tet.getAttribute('data-kind')).toBe('off');
    expect(await page.getByTestId('calendar-day-2025-04-26').getAttribute('data-kind')).toBe('swapped-workday');
    expect(await page.getByTestId('calendar-day-2025-05-02').getAttribute('data-kind')).toBe('off');
    expect(await page.getByTestId('calendar-day-2025-03-04').getAttribute('data-kind')).toBe('working');
    await page.screenshot({ path: path.join(screenshotDir, 'calendar-2025.png'), fullPage: true });
  });
});

describe('procedure catalogue', () => {
  it('lists and finds procedures in the officer app', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    await signIn(page);
    await page.getByTestId('nav-procedures').click();
    await page.getByTestId('procedures-search').fill('dang ky ho kinh doanh');
    await page.getByTestId('procedures-search').press('Enter');
    await page
      .getByTestId('procedures-table')
      .locator('tr', { hasText: 'Đăng ký thành lập hộ kinh doanh' })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(screenshotDir, 'procedures.png'), fullPage: true });
  });

  it('is searchable on the portal with JavaScript turned off', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/thu-tuc`);
    await page.fill('input[name=q]', 'khai sinh');
    await page.click('form.search button[type=submit]');
    await page.waitForURL(/\/thu-tuc\?q=khai\+sinh/);
    const link = page.locator('ol.results a[href^="/thu-tuc/1.001193/"]');
    await link.click();
    await page.waitForURL(/\/thu-tuc\/1\.001193\//);
    expect(await page.locator('h1').textContent()).toContain('khai sinh');
    expect(await page.content()).toContain('Thành phần hồ sơ');
    await page.screenshot({ path: path.join(screenshotDir, 'portal-procedure-mobile.png'), fullPage: true });
    await context.close();
  });
});
