import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../src/platform/time/vietnam-time.js';
import { waitForDialog } from './browser.js';
import { focusedTestId, officerOf, photograph, pickByTyping, seedReception, shots, tabTo, waitForQuiet } from './reception-support.js';
import { useServerAndBrowser } from './server.js';

/**
 * Citizen reception in the officer app: at the desk a reception officer logs a visit with the
 * keyboard alone (Tab from field to field, a few letters and Enter in the pickers, Enter to write
 * it), sees the server's field error on its field, finds the entry in the log, makes the oral
 * complaint a petition and follows the link, prints the receipt and looks up earlier visits; then
 * schedules a head's session, records it held on the head's behalf with a conclusion, and plans
 * next year's sessions from the planner. Each page is photographed at 1280 px and 390 px
 * (scratch/reception-e2e/) and must fit the phone's width.
 */
const e2e = useServerAndBrowser({ seed: seedReception });

describe('citizen reception at the desk, in Chromium', () => {
  it('logs visits from the keyboard, makes a petition of an oral complaint, and schedules and plans sessions', async () => {
    const { server } = e2e;
    const problems: string[] = [];
    const errors: string[] = [];
    const officer = await officerOf(e2e.browser, server, errors);
    await officer.getByTestId('nav-reception').click();
    await officer.getByTestId('visit-form').waitFor();

    // The first citizen's name has the focus; everything else follows from the keyboard.
    await expect.poll(() => focusedTestId(officer)).toBe('visit-citizen-name-0');
    await officer.keyboard.type('Triệu Văn Pao');
    await officer.keyboard.press('Tab');
    expect(await focusedTestId(officer)).toBe('visit-citizen-id-0');
    await officer.keyboard.type('008088001234');
    await officer.keyboard.press('Tab');
    await officer.keyboard.type('Thôn Nà Sáng, xã Bắc Mê');
    await tabTo(officer, 'visit-content');
    await officer.keyboard.type('Khiếu nại quyết định thu hồi đất làm đường liên thôn, chưa được bồi thường cây cối trên đất.');
    await officer.keyboard.press('Tab');
    expect(await focusedTestId(officer)).toBe('visit-nature');
    await pickByTyping(officer, 'khieu', 'Khiếu nại');
    await officer.keyboard.press('Tab');
    await pickByTyping(officer, 'dat dai', 'đất đai');
    await tabTo(officer, 'visit-documents');
    await officer.keyboard.type('Quyết định thu hồi đất 15/QĐ-UBND');
    await officer.keyboard.press('Enter');
    expect(await officer.getByTestId('visit-nature').getAttribute('data-value')).toBe('complaint');
    expect(await officer.getByTestId('visit-field').getAttribute('data-value')).toBe('land_housing');
    expect(await officer.getByTestId('visit-outcome').getAttribute('data-value')).toBe('answered');
    await officer.screenshot({ path: path.join(shots, 'desk-1-filled.png'), fullPage: true });
    await tabTo(officer, 'visit-submit');
    await officer.keyboard.press('Enter');

    // Written: the log of the day shows it, and the focus is back for the next citizen.
    const log = officer.getByTestId('visit-log');
    const complaintRow = log.locator('tr.ant-table-row', { hasText: 'thu hồi đất làm đường' });
    await complaintRow.waitFor({ timeout: 20_000 });
    await expect.poll(() => focusedTestId(officer)).toBe('visit-citizen-name-0');
    expect(await officer.getByTestId('visit-citizen-name-0').inputValue()).toBe('');
    expect(await complaintRow.textContent()).toContain('Triệu Văn Pao');

    // The next one: the server refuses an ID number without a province code, under the field.
    await officer.keyboard.type('Lò Thị Hoa');
    await officer.keyboard.press('Tab');
    await officer.keyboard.type('999912345678');
    await tabTo(officer, 'visit-content');
    await officer.keyboard.type('Phản ánh đèn chiếu sáng đường liên thôn Nà Sáng bị hỏng.');
    await officer.keyboard.press('Tab');
    await pickByTyping(officer, 'phan anh', 'Phản ánh');
    await officer.keyboard.press('Shift+Tab');
    expect(await focusedTestId(officer)).toBe('visit-content');
    await officer.keyboard.press('Enter');
    const idItem = officer.locator('.ant-form-item', { has: officer.getByTestId('visit-citizen-id-0') });
    await idItem.locator('.ant-form-item-explain-error').waitFor({ timeout: 20_000 });
    expect(await idItem.locator('.ant-form-item-explain-error').textContent()).toContain('mã tỉnh');
    await officer.screenshot({ path: path.join(shots, 'desk-2-field-error.png'), fullPage: true });
    await officer.getByTestId('visit-citizen-id-0').fill('008190004321');
    await officer.getByTestId('visit-citizen-id-0').press('Enter');
    await log.locator('tr.ant-table-row', { hasText: 'đèn chiếu sáng' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => log.locator('tr.ant-table-row').count()).toBe(2);
    await expect.poll(() => focusedTestId(officer)).toBe('visit-citizen-name-0');

    // The whole log, searched without diacritics.
    await officer.getByTestId('visit-log-all').click();
    await officer.getByTestId('visit-log-search').fill('den chieu sang');
    await officer.getByTestId('visit-log-search').press('Enter');
    await expect.poll(() => log.locator('tr.ant-table-row').count()).toBe(1);
    await officer.getByTestId('visit-log-search').fill('');
    await expect.poll(() => log.locator('tr.ant-table-row').count()).toBe(2);
    await photograph(officer, 'desk', problems);

    // The oral complaint, read back and fingerprinted, becomes a petition linked to the entry.
    await complaintRow.click();
    await officer.getByTestId('visit-entry').waitFor();
    await officer.getByTestId('visit-convert').click();
    await waitForDialog(officer);
    expect(await officer.getByTestId('convert-kind').getAttribute('data-value')).toBe('complaint');
    await officer.getByTestId('convert-signed-fingerprint').click();
    await officer.getByTestId('convert-submit').click();
    const petitionLink = officer.getByTestId('visit-petition-link');
    await petitionLink.waitFor({ timeout: 20_000 });
    expect(await petitionLink.textContent()).toMatch(/^Đơn số \d+\/\d{4}$/);
    await complaintRow.getByTestId('visit-row-petition').waitFor();
    const [linked] = await server.database.query<{ petition_id: string; outcome: string; channel: string }>(
      `select v.petition_id, v.outcome, p.channel from reception_visits v join petitions p on p.id = v.petition_id
        where v.content_summary like 'Khiếu nại quyết định thu hồi đất%'`,
    );
    expect(linked).toMatchObject({ outcome: 'petition_received', channel: 'reception' });

    // The receipt of the documents handed over, and the person's earlier visits by the ID number.
    const [receipt] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('visit-letter-receipt-pdf').click()]);
    expect(receipt.suggestedFilename()).toMatch(/\.pdf$/);
    await officer.getByTestId('history-id').fill('008088001234');
    await officer.getByTestId('history-submit').click();
    await officer.getByTestId('history-items').locator('[data-type=petition]').waitFor({ timeout: 20_000 });
    expect(await officer.getByTestId('history-items').locator('[data-type=visit]').count()).toBe(1);
    await waitForQuiet(officer);
    await photograph(officer, 'desk-3-entry', problems, { fullPage: false });
    await petitionLink.click();
    await officer.locator(`[data-testid=petition-page][data-status=received]`).waitFor({ timeout: 20_000 });
    expect(officer.url()).toContain(`/app/petitions/${linked!.petition_id}`);

    // A head's session today, held on the head's behalf, concluded into a commitment.
    const today = todayInVietnam();
    await officer.getByTestId('nav-reception-sessions').click();
    await officer.getByTestId('planner').waitFor();
    await officer.getByTestId('sessions-schedule').click();
    await waitForDialog(officer);
    const scheduling = officer.locator('.ant-modal');
    await scheduling.getByTestId('session-host-name').fill('Chủ tịch UBND xã Nông Văn Bình');
    await scheduling.getByTestId('session-place').fill('Trụ sở Ủy ban nhân dân xã Bắc Mê');
    await scheduling.getByTestId('session-submit').click();
    const todayRow = officer.locator(`[data-testid=sessions-table] tr[data-date="${today}"]`);
    await todayRow.locator('[data-testid=session-status][data-status=planned]').waitFor({ timeout: 20_000 });
    await todayRow.getByTestId('session-outcome').click();
    await waitForDialog(officer);
    await officer.getByTestId('outcome-held-by').fill('Phó Chủ tịch UBND xã Ma Văn Đức');
    await officer.getByTestId('outcome-delegated').click();
    await officer.getByTestId('outcome-submit').click();
    await todayRow.locator('[data-testid=session-status][data-status=held]').waitFor({ timeout: 20_000 });
    expect(await todayRow.textContent()).toContain('Ủy quyền');
    await todayRow.getByTestId('session-conclude').click();
    await waitForDialog(officer);
    await officer
      .getByTestId('session-conclusions-0-text')
      .fill('Giao công chức địa chính kiểm tra hiện trạng đất của hộ ông Triệu Văn Pao.');
    await officer.getByTestId('session-conclusions-0-public').fill('Kiểm tra hiện trạng đất tại thôn Nà Sáng.');
    await officer.getByTestId('session-conclusions-0-owner').fill('Công chức địa chính - xây dựng');
    await officer.getByTestId('session-conclusions-0-evidence').fill('Biên bản kiểm tra hiện trạng');
    await officer.getByTestId('conclude-submit').click();
    await officer.getByTestId('conclude-done').waitFor({ timeout: 20_000 });
    const [made] = await server.database.query<{ n: number }>(
      "select count(*)::int as n from commitments where origin = 'reception_session'",
    );
    expect(Number(made!.n)).toBe(1);
    await officer.locator('.ant-modal-close').click();

    // Next year's plan: the 10th and the 20th, days off made up; then the days scheduled in one go.
    const year = Number(today.slice(0, 4)) + 1;
    const planner = officer.getByTestId('planner');
    await planner.locator('input[data-testid=planner-year], [data-testid=planner-year] input').first().fill(String(year));
    await planner.getByTestId('planner-days').click();
    // A multiple choice stays open: each day typed and taken with Enter, then Escape.
    for (const day of ['10', '20']) {
      await officer.keyboard.type(`ngay ${day}`);
      await officer.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: `Ngày ${day}` }).waitFor();
      await officer.keyboard.press('Enter');
      await planner.getByTestId('planner-days').getByText(`Ngày ${day}`, { exact: true }).waitFor();
    }
    await officer.keyboard.press('Escape');
    await planner.getByTestId('session-host-name').fill('Chủ tịch UBND xã Nông Văn Bình');
    await planner.getByTestId('session-place').fill('Trụ sở Ủy ban nhân dân xã Bắc Mê');
    await planner.getByTestId('planner-submit').click();
    await officer.locator(`[data-testid=plan-result][data-year="${year}"]`).waitFor({ timeout: 20_000 });
    const days = await officer
      .getByTestId('plan-day')
      .evaluateAll((tags) =>
        tags.map((tag) => ({ date: tag.getAttribute('data-date') ?? '', makeUp: tag.getAttribute('data-make-up') ?? '' })),
      );
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((day) => day.date.startsWith(`${year}-`))).toBe(true);
    // A preferred day that is a day off moves to the next working day.
    expect(days.filter((day) => day.makeUp === '').every((day) => ['10', '20'].includes(day.date.slice(8)))).toBe(true);
    expect(days.some((day) => day.makeUp !== '')).toBe(true);
    expect(await officer.getByTestId('plan-period').count()).toBeGreaterThan(0);
    await officer.locator(`[data-testid=plan-create][data-pending="${days.length}"]`).waitFor();
    await officer.getByTestId('plan-create-submit').click();
    await officer
      .locator(`[data-testid=plan-progress][data-running=false][data-done="${days.length}"][data-failed="0"]`)
      .waitFor({ timeout: 60_000 });
    const [scheduled] = await server.database.query<{ n: number }>(
      'select count(*)::int as n from reception_sessions where date >= $1 and date <= $2',
      [`${year}-01-01`, `${year}-12-31`],
    );
    expect(Number(scheduled!.n)).toBe(days.length);
    // The plan now counts them, and nothing is left to create.
    await officer.locator('[data-testid=plan-create][data-pending="0"]').waitFor({ timeout: 20_000 });
    await officer.locator('[data-testid=plan-period][data-state=planned], [data-testid=plan-period][data-state=met]').first().waitFor();
    await photograph(officer, 'sessions', problems);

    // Back at the desk, today's session is offered: a visit logged at it counts for the session.
    await officer.getByTestId('nav-reception').click();
    await expect.poll(() => focusedTestId(officer)).toBe('visit-citizen-name-0');
    await officer.keyboard.press('Shift+Tab');
    expect(await focusedTestId(officer)).toBe('visit-session');
    await pickByTyping(officer, 'nong van binh', 'Nông Văn Bình');
    await officer.keyboard.press('Tab');
    await officer.keyboard.type('Hà Thị Mến');
    await tabTo(officer, 'visit-content');
    await officer.keyboard.type('Kiến nghị làm rõ phương án hỗ trợ di chuyển mồ mả khi làm đường.');
    await officer.keyboard.press('Tab');
    await pickByTyping(officer, 'kien nghi', 'Kiến nghị');
    await officer.keyboard.press('Shift+Tab');
    await officer.keyboard.press('Enter');
    await log.locator('tr.ant-table-row', { hasText: 'di chuyển mồ mả' }).waitFor({ timeout: 20_000 });
    const [atSession] = await server.database.query<{ kind: string; session_date: string | null }>(
      `select v.kind, s.date::text as session_date from reception_visits v left join reception_sessions s on s.id = v.session_id
        where v.content_summary like 'Kiến nghị làm rõ%'`,
    );
    expect(atSession).toEqual({ kind: 'periodic', session_date: today });
    expect(await officer.getByTestId('visit-session').getAttribute('data-value')).not.toBe('regular');

    // The same desk in English.
    await officer.getByText('English', { exact: true }).click();
    await officer.getByText('Citizen reception', { exact: true }).first().waitFor();
    await waitForQuiet(officer);
    await officer.screenshot({ path: path.join(shots, 'desk-en-1280.png'), fullPage: true });
    await officer.getByText('Tiếng Việt', { exact: true }).click();

    // The ID number the server refused is the one failed request the page may log.
    expect([...problems, ...errors.filter((error) => !error.includes('status of 400'))]).toEqual([]);
    expect(errors.filter((error) => error.includes('status of 400'))).toHaveLength(1);
  });
});
