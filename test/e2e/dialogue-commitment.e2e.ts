import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { waitForDialog } from './browser.js';
import { officerOf, photograph, seedReception, shots, vietnamLocal } from './reception-support.js';
import { useServerAndBrowser } from './server.js';

/**
 * A dialogue in the officer app: planned with its invitation, its minutes recorded with a
 * participant who does not sign (the reason required) and a conclusion that becomes a commitment,
 * which is reported under way and then done on the commitment board. Each page is photographed at
 * 1280 px and 390 px (scratch/reception-e2e/) and must fit the phone's width.
 */
const e2e = useServerAndBrowser({ seed: seedReception });

describe('a dialogue and its commitment, in Chromium', () => {
  it('records a dialogue’s minutes whose conclusion becomes a commitment, reported under way and then done', async () => {
    const { server } = e2e;
    const problems: string[] = [];
    const errors: string[] = [];
    const officer = await officerOf(e2e.browser, server, errors);
    await officer.getByTestId('nav-dialogues').click();
    await officer.getByTestId('dialogues-table').waitFor();

    await officer.getByTestId('dialogues-plan').click();
    await waitForDialog(officer);
    await officer.getByTestId('dialogue-title').fill('Đối thoại về bồi thường, hỗ trợ khi thu hồi đất làm đường liên thôn Nà Sáng');
    await officer.getByTestId('dialogue-host-name').fill('Chủ tịch UBND xã Nông Văn Bình');
    await officer.getByTestId('dialogue-planned-at').fill(vietnamLocal(2));
    await officer.getByTestId('dialogue-place').fill('Nhà văn hóa thôn Nà Sáng');
    await officer.getByTestId('dialogue-invitation-ref').fill('25/GM-UBND');
    await officer.getByTestId('dialogue-submit').click();
    const drawer = officer.locator('[data-testid=dialogue-drawer]');
    await officer.locator('[data-testid=dialogue-drawer][data-status=planned]').waitFor({ timeout: 20_000 });
    const [invitation] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByTestId('dialogue-letter-invitation-docx').click(),
    ]);
    expect(invitation.suggestedFilename()).toMatch(/\.docx$/);

    // The minutes: two participants (one does not sign, with the reason), what was agreed, one conclusion.
    await officer.getByTestId('dialogue-record-minutes').click();
    await waitForDialog(officer);
    await officer.locator('input[data-testid=minutes-attendees], [data-testid=minutes-attendees] input').first().fill('35');
    await officer.getByTestId('participant-name-0').fill('Triệu Văn Pao');
    await officer.getByTestId('participant-role-0').fill('Người dân có đất bị thu hồi');
    await officer.getByTestId('participant-opinion-0').fill('Đề nghị bồi thường cây cối trên đất theo giá thị trường.');
    await officer.getByTestId('participant-add').click();
    await officer.getByTestId('participant-name-1').fill('Hà Thị Mến');
    await officer.getByTestId('participant-role-1').fill('Người dân có đất bị thu hồi');
    await officer.getByTestId('participant-signed-1').click();
    await officer.getByTestId('participant-refusal-1').fill('Chưa đồng ý với phương án bồi thường');
    await officer.getByTestId('minutes-agreed').fill('Ủy ban nhân dân xã kiểm đếm lại cây cối trên đất và trả lời bằng văn bản.');
    await officer.getByTestId('minutes-conclusions-add').click();
    await officer.getByTestId('minutes-conclusions-0-text').fill('Kiểm đếm lại cây cối trên phần đất thu hồi của các hộ thôn Nà Sáng.');
    await officer.getByTestId('minutes-conclusions-0-public').fill('Kiểm đếm lại cây cối trên đất thu hồi làm đường thôn Nà Sáng.');
    await officer.getByTestId('minutes-conclusions-0-owner').fill('Công chức địa chính - xây dựng');
    await officer.getByTestId('minutes-conclusions-0-evidence').fill('Biên bản kiểm đếm có chữ ký của các hộ');
    await officer.screenshot({ path: path.join(shots, 'dialogue-1-minutes.png') });
    await officer.getByTestId('minutes-submit').click();
    await officer.locator('[data-testid=dialogue-drawer][data-status=held]').waitFor({ timeout: 20_000 });
    await drawer.getByTestId('dialogue-participants').getByText('Chưa đồng ý với phương án bồi thường').waitFor();
    const [minutes] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('dialogue-letter-minutes-pdf').click()]);
    expect(minutes.suggestedFilename()).toMatch(/\.pdf$/);
    await photograph(officer, 'dialogue-2-drawer', problems, { fullPage: false });

    // The commitment it made, on the board: reported under way, then done with its evidence.
    await drawer.getByTestId('dialogue-commitment-link').click();
    const commitment = officer.getByTestId('commitment-drawer');
    await officer.locator('[data-testid=commitment-drawer][data-status=open]').waitFor({ timeout: 20_000 });
    await officer.getByTestId('commitment-report-progress').click();
    await waitForDialog(officer);
    await officer.locator('input[data-testid=commitment-progress-pct], [data-testid=commitment-progress-pct] input').first().fill('50');
    await officer.getByTestId('commitment-evidence').fill('Đã kiểm đếm 6/12 hộ.');
    await officer.getByTestId('commitment-step-submit').click();
    await officer.locator('[data-testid=commitment-drawer][data-status=in_progress]').waitFor({ timeout: 20_000 });
    await officer.getByTestId('commitment-report-done').click();
    await waitForDialog(officer);
    await officer.getByTestId('commitment-evidence').fill('Đã kiểm đếm đủ 12 hộ; biên bản lưu tại bộ phận địa chính.');
    await officer.getByTestId('commitment-step-submit').click();
    await officer.locator('[data-testid=commitment-drawer][data-status=done]').waitFor({ timeout: 20_000 });
    expect(await commitment.getByTestId('commitment-evidence-entry').count()).toBe(2);
    await officer.locator('[data-testid=commitments-table] tr[data-status=done]').first().waitFor({ timeout: 20_000 });
    const [stored] = await server.database.query<{ status: string; progress_pct: number }>(
      "select status, progress_pct from commitments where origin = 'dialogue'",
    );
    expect(stored).toMatchObject({ status: 'done', progress_pct: 100 });
    await photograph(officer, 'commitments-drawer', problems, { fullPage: false });
    await officer.locator('.ant-drawer-close').click();
    await photograph(officer, 'commitments', problems);

    // The figures count the dialogue held and its commitment done.
    await officer.getByTestId('nav-dialogues').click();
    await expect.poll(() => officer.getByTestId('dialogue-figure-held').getAttribute('data-value'), { timeout: 20_000 }).toBe('1');
    expect(await officer.getByTestId('dialogue-figure-done').getAttribute('data-value')).toBe('1');
    await photograph(officer, 'dialogues', problems);

    expect([...problems, ...errors]).toEqual([]);
  });
});
