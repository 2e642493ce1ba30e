import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Debian's Chromium, headless, with the flags this network needs (no background calls home); Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Waits until the open dialog (antd Modal) has finished zooming in, so that the next click lands
 * inside a settled dialog, as a person's would.
 */
export async function waitForDialog(page: Page): Promise<void> {
  await page.locator('.ant-modal').first().waitFor();
  await page.waitForFunction(() => {
    type Animated = { getAnimations(options: { subtree: boolean }): unknown[] };
    const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<Animated> } };
    return [...document.querySelectorAll('.ant-modal-wrap, .ant-modal-mask')].every(
      (element) => element.getAnimations({ subtree: true }).length === 0,
    );
  });
}
