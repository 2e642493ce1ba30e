import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiveAtCounterPage, signIn, useBacMe } from './bac-me.js';
import { screenshotDir, waitForDialog } from './browser.js';

/** The counter kiosk: paired by the officer, it offers the citizen the four choices after an intake, then resets. */
const bacMe = useBacMe();

/** The text of the QR code in a screenshot, read by zbarimg (Debian's zbar-tools) as a tablet's camera would; null without zbarimg. */
function readQrCode(png: Buffer): string | null {
  if (!fs.existsSync('/usr/bin/zbarimg')) return null;
  const file = path.join(screenshotDir, 'kiosk-qr.png');
  fs.writeFileSync(file, png);
  return execFileSync('/usr/bin/zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file]).toString('utf8').trim();
}

describe('the counter kiosk', () => {
  it('is paired, shows four large choices after the intake, records the rating and the feedback the leader answers', async () => {
    const { server, browser } = bacMe;
    const counter = await signIn(browser, server, 'motcua.bacme');
    await counter.goto(`${server.url}/app/ratings`);
    await counter.getByRole('tab', { name: /Quầy đánh giá/ }).click();
    await counter.getByTestId('pair-kiosk').click();
    const kioskUrl = (await counter.getByTestId('kiosk-link').textContent({ timeout: 20_000 }))!.trim();
    expect(kioskUrl).toContain('/danh-gia/quay/');
    // The tablet scans the address instead of typing its 60 characters.
    const scanned = readQrCode(await counter.getByTestId('kiosk-qr').screenshot());
    if (scanned !== null) expect(scanned).toBe(kioskUrl);

    // The tablet at the counter: touch, no sign-in, no JavaScript needed.
    const tablet = await (
      await browser.newContext({
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
        isMobile: true,
        javaScriptEnabled: false,
        locale: 'vi-VN',
      })
    ).newPage();
    await tablet.goto(kioskUrl);
    await tablet.locator('[data-kiosk=waiting]').waitFor();

    const code = await receiveAtCounterPage(counter, '1.001193', {
      name: 'Lò Thị Hoa',
      citizenId: '008195004455',
      phone: '0977123456',
      address: 'Thôn Khuổi Luông, xã Bắc Mê',
    });
    // The waiting screen refreshes itself and picks up the transaction just finished.
    await tablet.getByRole('button', { name: 'Rất hài lòng' }).waitFor({ timeout: 20_000 });
    expect(await tablet.content()).toContain(code);
    const labels = ['Rất hài lòng', 'Hài lòng', 'Không ý kiến', 'Không hài lòng'];
    for (const label of labels) {
      const box = (await tablet.getByRole('button', { name: label, exact: true }).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(120);
      expect(box.width).toBeGreaterThanOrEqual(300);
    }
    await tablet.screenshot({ path: path.join(screenshotDir, 'kiosk-tablet.png') });

    await tablet.getByRole('button', { name: 'Không hài lòng', exact: true }).tap();
    await tablet.getByText('Cảm ơn quý khách đã đánh giá').waitFor();
    await tablet.locator('input[name=attitude][value=poor]').check();
    await tablet.fill('textarea[name=comment]', 'Phải chờ lâu mới đến lượt.');
    await tablet.getByRole('button', { name: 'Gửi góp ý' }).tap();
    await tablet.locator('[data-kiosk=done]').waitFor();
    await tablet.screenshot({ path: path.join(screenshotDir, 'kiosk-tablet-done.png') });
    await tablet.goto(kioskUrl);
    await tablet.locator('[data-kiosk=waiting]').waitFor();

    const stored = await server.database.query<{ level: string; attitude: string; channel: string }>(
      'select r.level, r.attitude, r.channel from ratings r join dossiers d on d.id = r.dossier_id where d.code = $1',
      [code],
    );
    expect(stored).toEqual([{ level: 'unsatisfied', attitude: 'poor', channel: 'kiosk' }]);

    const leader = await signIn(browser, server, 'lanhdao.bacme');
    await leader.getByTestId('unit-dashboard').waitFor();
    await leader.getByText('1 lượt đánh giá').waitFor({ timeout: 20_000 });
    await leader.screenshot({ path: path.join(screenshotDir, 'kiosk-dashboard.png'), fullPage: true });
    await leader.getByTestId('nav-ratings').click();
    await leader.getByText('Phải chờ lâu mới đến lượt.').waitFor();
    await leader.getByText('Trả lời', { exact: true }).click();
    await waitForDialog(leader);
    await leader.locator('.ant-modal textarea').fill('Đơn vị xin lỗi, đã bố trí thêm cán bộ vào giờ cao điểm.');
    await leader.locator('.ant-modal').getByRole('button', { name: 'Trả lời' }).click();
    await leader.getByText('Đã trả lời', { exact: true }).waitFor({ timeout: 20_000 });
    const answered = await server.database.query<{ status: string }>('select status from feedback_items');
    expect(answered).toEqual([{ status: 'answered' }]);
  });
});
