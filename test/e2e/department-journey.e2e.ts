import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './browser.js';
import { actOnPage, receiveAtCounterPage, signIn as signInAs, useBacMe } from './bac-me.js';

/**
 * A province-level procedure received at a commune's counter (regardless of administrative
 * boundaries) and handled by a provincial department: the department's specialist and leader find
 * it in their own worklists, open it and settle it; the commune returns the result.
 */
const bacMe = useBacMe({ withDepartment: true });

const signIn = (username: string): Promise<Page> => signInAs(bacMe.browser, bacMe.server, username);

/** The officer's "waiting for me" worklist lists the dossier; it opens from there. */
async function openFromWorklist(page: Page, code: string, shot: string): Promise<void> {
  await page.getByTestId('nav-dossiers').click();
  await page.getByTestId('dossiers-tab-mine').click();
  const row = page.locator('[data-testid=dossiers-table] tr.ant-table-row', { hasText: code }).first();
  await row.waitFor({ timeout: 20_000 });
  await page.screenshot({ path: path.join(screenshotDir, shot), fullPage: true });
  await row.click();
  await page.getByTestId('dossier-status').waitFor();
}

describe('a dossier handed from a commune to a provincial department, in Chromium', () => {
  it("reaches the department specialist's worklist, is settled by the department and returned by the commune", async () => {
    const { server } = bacMe;
    const counter = await signIn('motcua.bacme');
    const code = await receiveAtCounterPage(counter, '2.000505', {
      name: 'Hoàng Thị Lan',
      citizenId: '002196004321',
      phone: '0987654321',
      address: 'Thôn Nà Sáng, xã Bắc Mê',
    });
    await counter.getByTestId('intake-open-dossier').click();
    await counter.getByTestId('dossier-status').waitFor();
    await actOnPage(counter, 'hand_over', 'processing');

    const specialist = await signIn('chuyenvien.congan');
    await openFromWorklist(specialist, code, 'department-1-worklist.png');
    await actOnPage(specialist, 'hand_over', 'processing');
    await actOnPage(specialist, 'hand_over', 'processing');

    const leader = await signIn('lanhdao.congan');
    await openFromWorklist(leader, code, 'department-2-leader-worklist.png');
    await actOnPage(leader, 'approve', 'result_ready');

    await counter.reload();
    await counter.locator('[data-testid=dossier-status][data-status=result_ready]').waitFor({ timeout: 20_000 });
    await actOnPage(counter, 'return', 'returned');

    const tasks = await server.database.query<{ step_index: number; unit_code: string; status: string; finished_by_id: string | null }>(
      `select t.step_index, u.code as unit_code, t.status, t.finished_by_id
         from dossier_tasks t join dossiers d on d.id = t.dossier_id join units u on u.id = t.unit_id
        where d.code = $1 order by t.step_index`,
      [code],
    );
    expect(tasks.map((task) => task.unit_code)).toEqual(['00991-TTPVHCC', '08-CAT', '08-CAT', '08-CAT', '00991-TTPVHCC']);
    expect(tasks.every((task) => task.status === 'done' && task.finished_by_id !== null)).toBe(true);
  });
});
