import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server.js';
import { photograph, waitForQuiet } from './reception-support.js';
import { e2eAdminPassword, useServerAndBrowser } from './server.js';

/**
 * The administrator's operations page: the state of each service, a backup made from the page
 * (seen in the table of backups kept), and a message that could not be sent, sent again from the
 * page and gone from the "Cần xử lý" list. SMS points at a closed port, so that the retried
 * message fails again and the SMS channel shows as failing. Pictures at 1280 px and 390 px go to
 * scratch/operations-e2e/; the page must fit a phone's width and the browser must report no error.
 */
const shots = path.resolve(import.meta.dirname, '../../scratch/operations-e2e');
fs.mkdirSync(shots, { recursive: true });

/** A message given up after ten attempts, and one of unknown fate (the process stopped while sending it). */
async function seedStuckMessages(server: RunningServer): Promise<void> {
  await server.database.query(
    `insert into outbox_messages (channel, recipient, body, topic, dedupe_key, status, attempts, last_error, created_at)
     values ('sms', '0912345678', 'Hồ sơ của ông/bà đã được tiếp nhận.', 'dossier.received', 'e2e:failed', 'failed', 10,
             'SMS gateway answered 502', now() - interval '3 hours'),
            ('email', 'nguyen.van.a@example.vn', 'Kết quả giải quyết hồ sơ.', 'dossier.finished', 'e2e:uncertain', 'uncertain', 1,
             null, now() - interval '2 hours')`,
  );
}

const e2e = useServerAndBrowser({
  seed: seedStuckMessages,
  // Nothing listens on the discard port: every SMS attempt is refused at once.
  env: { MOTCUA_SMS_URL: 'http://127.0.0.1:9/sms', MOTCUA_OUTBOX_INTERVAL_MS: '1000' },
});

async function signInAsAdministrator(page: Page) {
  await page.goto(`${e2e.server.url}/app/`);
  await page.getByTestId('signin-username').fill('admin');
  await page.getByTestId('signin-password').fill(e2eAdminPassword);
  await page.getByTestId('signin-submit').click();
}

async function pickOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

describe('operations page', () => {
  it('shows the services, makes a backup and sends a stuck message again', async () => {
    const errors: string[] = [];
    const problems: string[] = [];
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await signInAsAdministrator(page);
    await page.getByTestId('nav-operations').click();
    await page.getByRole('heading', { name: 'Vận hành hệ thống' }).waitFor();

    // The state of each part, in words.
    await expect.poll(() => page.getByTestId('health-database').innerText()).toContain('Hoạt động bình thường');
    expect(await page.getByTestId('health-email').innerText()).toContain('Chưa cấu hình');
    const sms = await page.getByTestId('health-sms').innerText();
    expect(sms).toContain('Hoạt động bình thường');
    expect(sms).toMatch(/Tin không gửi được\s+1/);
    expect(await page.getByTestId('health-files').innerText()).toContain('Lưu trên máy chủ');
    expect(await page.getByTestId('health-backup').innerText()).toContain('Chưa có bản sao lưu nào');
    expect(await page.getByTestId('operations-banner').innerText()).toContain('Có 2 tin không gửi được');
    expect(await page.getByTestId('operations-backups').innerText()).toContain('Hằng ngày lúc 02:00, giữ 7 bản gần nhất');
    await page.getByTestId('backups-table').getByText('Thư mục chưa có tệp sao lưu nào.').waitFor();

    // "Sao lưu ngay": the job runs, the file appears in the table.
    await page.getByTestId('backup-now').click();
    const done = page.locator('.ant-message-notice').filter({ hasText: 'Đã sao lưu xong' });
    await done.waitFor({ timeout: 60_000 });
    const name = /motcua-\d{8}-\d{6}\.backup\.gz/.exec(await done.innerText())?.[0];
    expect(name).toBeDefined();
    await page.getByTestId('backups-table').locator('tr', { hasText: name! }).waitFor();
    expect(await page.getByTestId('backup-last').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · [\d,.]+ (KB|MB)/);
    expect(await page.getByTestId('health-backup').innerText()).not.toContain('Chưa có bản sao lưu nào');
    await photograph(page, 'operations', problems, { dir: shots });

    // The message of unknown fate warns of a repeat before it is sent again; left as it is.
    const outbox = page.getByTestId('outbox-table');
    const uncertain = outbox.locator('tr', { hasText: 'dossier.finished' });
    await uncertain.getByRole('button', { name: 'Gửi lại' }).click();
    const warning = page.locator('.ant-popconfirm:visible');
    await warning.getByText('Tin này có thể đã được gửi; cổng SMS/máy chủ thư nhận cùng mã tin nên có thể nhận ra tin lặp.').waitFor();
    await warning.getByRole('button', { name: 'Hủy' }).click();
    await warning.waitFor({ state: 'hidden' });

    // The failed one is sent again and leaves the list of messages needing attention.
    const failed = outbox.locator('tr', { hasText: 'dossier.received' });
    expect(await failed.innerText()).toContain('09****678');
    await failed.getByRole('button', { name: 'Gửi lại' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Gửi lại' }).click();
    await page.locator('.ant-message-notice').filter({ hasText: 'Đã đưa tin vào hàng chờ gửi lại.' }).waitFor();
    await expect.poll(() => failed.count()).toBe(0);
    expect(await outbox.locator('tr', { hasText: 'dossier.finished' }).count()).toBe(1);
    const [row] = await e2e.server.database.query<{ status: string }>("select status from outbox_messages where dedupe_key = 'e2e:failed'");
    expect(row!.status).not.toBe('failed');
    const [audit] = await e2e.server.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'outbox.retried'",
    );
    expect(audit!.n).toBe(1);

    await pickOption(page, 'outbox-status', 'Đang chờ');
    await outbox.locator('tr', { hasText: 'dossier.received' }).getByText('Đang chờ').waitFor();

    // The gateway refuses the retried message: SMS is failing, the platform degraded but serving.
    await expect
      .poll(
        async () => {
          await page.getByTestId('operations-refresh').click();
          await waitForQuiet(page);
          return page.getByTestId('health-sms').innerText();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('Đang lỗi');
    expect(await page.getByTestId('operations-banner').innerText()).toContain('Hệ thống vẫn phục vụ, nhưng có phần cần xử lý');
    await photograph(page, 'operations-degraded', problems, { dir: shots });

    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
