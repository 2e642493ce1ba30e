import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { screenshotDir } from './browser.js';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** What a citizen page shows at one width: its size, what a screen reader and a thumb meet, and any word not meant for people. */
export type PortalPageCheck = {
  name: string;
  viewport: string;
  /** The page's full height, in CSS pixels. */
  height: number;
  /** Wider than the screen when scrollWidth > innerWidth. */
  scrollWidth: number;
  innerWidth: number;
  /** axe-core's serious and critical violations, with the first offending elements. */
  violations: { id: string; impact: string; targets: string[] }[];
  /** Controls smaller than 44 px, or with text under 16 px. */
  smallControls: string[];
  /** Raw keys, internal ids, national status codes or English words found in the visible text. */
  foreignText: string[];
};

/** Words a Vietnamese citizen page must not show: raw keys, actor ids, "(mã 10)", and English left from code. */
const foreignPatterns: RegExp[] = [
  /\b[a-z]+(?:_[a-z]+)+\b/g,
  /\b(?:citizen|staff|system|officer):\S*/gi,
  /\(mã \d+\)/g,
  /\b(?:submitted|processing|received|returned|handed|withdrawn|pending|status|undefined|null|NaN|Invalid Date|true|false|error)\b/g,
];

export async function checkPortalPage(page: Page, name: string): Promise<PortalPageCheck> {
  const viewport = page.viewportSize();
  const label = `${name}-${viewport?.width ?? 0}`;
  await page.screenshot({ path: path.join(screenshotDir, `portal-${label}.png`), fullPage: true });
  await page.addScriptTag({ content: axeSource });
  type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
  const axe = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe.run(
      (globalThis as unknown as { document: unknown }).document,
      { resultTypes: ['violations'] },
    ),
  )) as AxeResult;
  const measured = await page.evaluate(() => {
    type Box = { width: number; height: number };
    type Element = {
      tagName: string;
      type?: string;
      id: string;
      name?: string;
      className: string;
      textContent: string | null;
      closest(selector: string): Element | null;
      getBoundingClientRect(): Box;
    };
    const { document, innerWidth, getComputedStyle } = globalThis as unknown as {
      document: {
        scrollingElement: { scrollWidth: number; scrollHeight: number };
        body: { innerText: string };
        querySelectorAll(selector: string): Iterable<Element>;
      };
      innerWidth: number;
      getComputedStyle(element: Element): { fontSize: string; display: string; visibility: string };
    };
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.name ? `[name=${element.name}]` : ''}${
        element.className ? `.${element.className}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const smallControls: string[] = [];
    for (const element of document.querySelectorAll('button, select, textarea, input:not([type=hidden]), a.button, nav a, summary')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const isChoice = element.type === 'radio' || element.type === 'checkbox';
      // A radio or a checkbox is reached through its label: the label is the target.
      const target = isChoice ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.height < 44 || box.width < 44) smallControls.push(`${describe(target)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      if (!isChoice && Number.parseFloat(style.fontSize) < 16) smallControls.push(`${describe(element)} font ${style.fontSize}`);
    }
    return {
      height: document.scrollingElement.scrollHeight,
      scrollWidth: document.scrollingElement.scrollWidth,
      innerWidth,
      text: document.body.innerText,
      smallControls,
    };
  });
  return {
    name,
    viewport: `${viewport?.width ?? 0}×${viewport?.height ?? 0}`,
    height: measured.height,
    scrollWidth: measured.scrollWidth,
    innerWidth: measured.innerWidth,
    violations: axe.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      })),
    smallControls: measured.smallControls,
    foreignText: foreignPatterns.flatMap((pattern) => measured.text.match(pattern) ?? []),
  };
}

/** Keeps the measures of a run beside the screenshots, for reading and for comparing runs. */
export function saveMeasures(checks: PortalPageCheck[]): void {
  fs.writeFileSync(
    path.join(screenshotDir, 'portal-measures.json'),
    `${JSON.stringify(
      checks.map(({ name, viewport, height, scrollWidth, violations, smallControls, foreignText }) => ({
        name,
        viewport,
        height,
        scrollWidth,
        violations: violations.map((violation) => violation.id),
        smallControls: smallControls.length,
        foreignText,
      })),
      null,
      2,
    )}\n`,
  );
}
