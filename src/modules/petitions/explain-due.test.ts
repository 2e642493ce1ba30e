/**
 * Petition clocks computed by hand first (the 2026 calendar: 30/4–1/5 off Thu–Fri; Tết Mon 16 –
 * Fri 20 Feb), then checked against the rule table, the case clock and the written derivation.
 */
import { describe, expect, it } from 'vitest';
import { loadCalendar } from '../calendar/index.js';
import { formatVietnamInstant, vietnamInstant } from '../../platform/time/vietnam-time.js';
import { clockRuleKeys, findClockRule, petitionClockRules, ruleSetVersionOn, type ClockRuleKey } from './clock-rules.js';
import { explainPetitionDue } from './explain-due.js';

const calendar = loadCalendar();
const at = (date: string, time: string) => vietnamInstant(date, time);
const show = (ms: number) => formatVietnamInstant(ms);
const rule = (key: ClockRuleKey, on: string) => {
  const found = findClockRule(key, on);
  if (!found) throw new Error(`no rule ${key} on ${on}`);
  return found;
};

describe('petition clocks', () => {
  it('a complaint received on Tuesday 28 April 2026 is accepted within 10 working days: Thursday 14 May, the holidays skipped by name', () => {
    // 29/4 is day 1; 30/4, 1/5 and the weekend are off; 4–8/5 days 2–6; 11–14/5 days 7–10.
    const acceptance = rule('complaint.acceptance', '2026-04-28');
    expect(acceptance.limit).toEqual({ value: 10, unit: 'working-days' });
    const explained = explainPetitionDue(calendar, acceptance, { startAt: at('2026-04-28', '09:00') });
    expect(show(explained.dueAt)).toBe('2026-05-14 17:00');
    const text = explained.lines.map((line) => line.vi).join('\n');
    expect(text).toContain('Không tính 6 ngày nghỉ');
    expect(text).toContain('Thứ Năm 30/04/2026 (Ngày Chiến thắng)');
    expect(text).toContain('Thứ Sáu 01/05/2026 (Ngày Quốc tế Lao động)');
    expect(text).toContain('Hạn: 17:00 14/05/2026');
    expect(text).toContain('Luật Khiếu nại 2011 Điều 27');
  });

  it('keeps the rule set in force when the case was received: a complaint of 2 July 2026 has the reported 7 working days, marked as unchecked', () => {
    expect(ruleSetVersionOn('2026-04-28')).not.toBe(ruleSetVersionOn('2026-07-02'));
    const acceptance = rule('complaint.acceptance', '2026-07-02');
    expect(acceptance).toMatchObject({ limit: { value: 7, unit: 'working-days' }, confidence: 'reported', effectiveFrom: '2026-07-01' });
    // Thu 2 July: 3, 6, 7, 8, 9, 10 July are days 1–6, Mon 13 July day 7.
    const explained = explainPetitionDue(calendar, acceptance, { startAt: at('2026-07-02', '10:00') });
    expect(show(explained.dueAt)).toBe('2026-07-13 17:00');
    expect(explained.lines[0]!.vi).toContain('chưa đối chiếu văn bản gốc');
  });

  it('a denunciation accepted Monday 9 March 2026 and extended twice ends on day 90, Sunday 7 June, rolled to Monday 8 June', () => {
    const settlement = rule('denunciation.settlement', '2026-03-09');
    expect(settlement.extensions?.maxCount).toBe(2);
    const explained = explainPetitionDue(calendar, settlement, {
      startAt: at('2026-03-09', '14:00'),
      extensions: [
        { at: at('2026-04-01', '09:00'), days: 30, reason: 'Vụ việc phức tạp' },
        { at: at('2026-05-04', '09:00'), days: 30, reason: 'Vụ việc đặc biệt phức tạp' },
      ],
    });
    expect(show(explained.dueAt)).toBe('2026-06-08 17:00');
    const text = explained.lines.map((line) => line.vi).join('\n');
    expect(text).toContain('Ngày thứ nhất: Thứ Ba 10/03/2026');
    expect(text).toContain('Ngày thứ 90: Chủ nhật 07/06/2026');
    expect(text).toContain('Chủ nhật 07/06/2026 (nghỉ hằng tuần) → chuyển sang ngày làm việc tiếp theo');
    expect(text).toContain('Gia hạn lần 2');
  });

  it('a first complaint accepted Monday 2 February 2026 and suspended over Tết (10 → 25 February) is due 15 days later: Thursday 19 March', () => {
    // Day 30 is Wed 4 March; the 15 suspended days make it day 45, Thu 19 March.
    const settlement = rule('complaint.first_settlement', '2026-02-02');
    const explained = explainPetitionDue(calendar, settlement, {
      startAt: at('2026-02-02', '09:00'),
      suspensions: [{ from: at('2026-02-10', '09:00'), to: at('2026-02-25', '09:00'), reason: 'Chờ kết quả giám định' }],
    });
    expect(show(explained.dueAt)).toBe('2026-03-19 17:00');
    expect(explained.lines.map((line) => line.vi).join('\n')).toContain('Ngày thứ 30 (cộng 15 ngày tạm đình chỉ): Thứ Năm 19/03/2026');
  });

  it('gives the complex and remote-area limits of a first complaint, and counts the start day when the deployment chooses so', () => {
    const settlement = rule('complaint.first_settlement', '2026-08-03');
    const start = { startAt: at('2026-08-03', '09:00') };
    // Mon 3 August + 30 = Wed 2 September (National Day) → the next working day after the holiday.
    const plain = explainPetitionDue(calendar, settlement, start);
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
    expect(plain.lines.map((line) => line.vi).join('\n')).toContain('Quốc khánh');
    // 45 days (complex): Thu 17 September; 60 (remote and complex): Fri 2 October.
    expect(show(explainPetitionDue(calendar, settlement, { ...start, matter: { isComplex: true } }).dueAt)).toBe('2026-09-17 17:00');
    expect(show(explainPetitionDue(calendar, settlement, { ...start, matter: { isComplex: true, isRemote: true } }).dueAt)).toBe(
      '2026-10-02 17:00',
    );
    // Day 1 = the start day: 45 days end Wed 16 September.
    expect(show(explainPetitionDue(calendar, settlement, { ...start, matter: { isComplex: true }, counting: 'same_day' }).dueAt)).toBe(
      '2026-09-16 17:00',
    );
  });

  it('has versions of one rule that never overlap, and every rule in force from October 2021 (Circular 05/2021) on', () => {
    for (const key of clockRuleKeys) {
      const versions = petitionClockRules.filter((r) => r.key === key).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      versions.slice(1).forEach((version, index) => {
        const previous = versions[index]!;
        expect(previous.effectiveTo, `${key} before ${version.effectiveFrom}`).not.toBeNull();
        expect(previous.effectiveTo! < version.effectiveFrom, `${key}: ${previous.effectiveTo} < ${version.effectiveFrom}`).toBe(true);
      });
      for (const on of ['2021-10-01', '2026-06-30', '2026-07-01', '2030-01-01'])
        expect(findClockRule(key, on), `${key} on ${on}`).toBeDefined();
    }
  });
});
