/** What the reception journeys share: the keyboard at the desk, the phone-width check, the photographs. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { addStaff, seedBacMe, signIn } from './bac-me.js';

/** Bắc Mê with a reception officer at the commune. */
export async function seedReception(server: RunningServer): Promise<void> {
  await seedBacMe(server);
  const [commune] = await server.database.query<{ id: string }>("select id from units where code = '00991'");
  await addStaff(server, commune!.id, [['tiepdan.bacme', 'reception_officer']]);
}

export const shots = path.resolve(import.meta.dirname, '../../scratch/reception-e2e');
fs.mkdirSync(shots, { recursive: true });

type Dom = {
  document: {
    activeElement: { closest(selector: string): { getAttribute(name: string): string | null } | null } | null;
    scrollingElement: { scrollWidth: number };
  };
  window: { innerWidth: number };
};

/** The test id of the element holding the focus (or of the select, input box… around it). */
export async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    return document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
  });
}

/** Presses Tab until the focus is in the element with `testId`, as an officer does (at most 10 times). */
export async function tabTo(page: Page, testId: string): Promise<void> {
  for (let press = 0; press < 10; press += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedTestId(page)) === testId) return;
  }
  throw new Error(`Tab never reached ${testId}; the focus is on ${await focusedTestId(page)}`);
}

/** In the focused picker: types a few letters (no diacritics) and takes the option they find with Enter. */
export async function pickByTyping(page: Page, words: string, option: string): Promise<void> {
  await page.keyboard.type(words);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Now in Vietnam minus `hours`, as a datetime-local input takes it. */
export function vietnamLocal(hours = 0): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(Date.now() - hours * 3_600_000));
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour') === '24' ? '00' : part('hour')}:${part('minute')}`;
}

export async function waitForQuiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
}

/**
 * Photographs the page at a laptop's width and a phone's (the whole page, or only the screen when a
 * drawer is open over it) into `dir` (the reception pictures by default), and notes when it is wider than the screen: a table may scroll in its
 * own box, the page may not.
 */
export async function photograph(
  page: Page,
  name: string,
  problems: string[],
  options: { fullPage?: boolean; dir?: string } = {},
): Promise<void> {
  await waitForQuiet(page);
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(options.dir ?? shots, `${name}-${width}.png`), fullPage: options.fullPage ?? true });
    const overflow = await page.evaluate(() => {
      const { document, window } = globalThis as unknown as Dom;
      return Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth);
    });
    if (overflow > 1) problems.push(`${name} at ${width} px: ${overflow} px wider than the screen (${await pastTheEdge(page)})`);
  }
  await page.setViewportSize({ width: 1440, height: 950 });
  await page.waitForTimeout(300);
}

/** The innermost elements reaching past the screen's right edge, to say what to fix. */
export async function pastTheEdge(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Element = { tagName: string; className: unknown; getBoundingClientRect(): { right: number }; contains(other: unknown): boolean };
    const { document, window } = globalThis as unknown as {
      document: { querySelectorAll(selector: string): Iterable<Element> };
      window: { innerWidth: number };
    };
    const past = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 1,
    );
    const innermost = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
    return innermost
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className).split(' ').slice(0, 2).join('.')} → ${Math.round(element.getBoundingClientRect().right)}`,
      )
      .join('; ');
  });
}

/** A signed-in reception officer whose console errors are collected. */
export async function officerOf(browser: Browser, server: RunningServer, errors: string[]): Promise<Page> {
  const page = await signIn(browser, server, 'tiepdan.bacme');
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}
