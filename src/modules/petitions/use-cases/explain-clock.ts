import type { Db } from '../../../platform/db/types.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { calendarFor } from '../../calendar/index.js';
import { findClockRule } from '../clock-rules.js';
import { explainPetitionDue } from '../explain-due.js';
import { getPetitionRow } from '../petitions.repository.js';

/** A petition's due date with its derivation; a repeat has none of its own and says whose it follows. */
export async function explainClock(db: Db, petitionId: string, now: Date = new Date()) {
  const row = await getPetitionRow(db, petitionId);
  const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
  const dueAt = iso(row.dueAt);
  const handledAt = iso(row.handledAt);
  const isOverdue = dueAt !== null && (handledAt ?? now.toISOString()) > dueAt;
  if (row.duplicateOf && row.dueAt === null) {
    return {
      rule: null,
      legalBasis: null,
      dueAt: null,
      handledAt,
      isOverdue: false,
      lines: [
        {
          vi: 'Đơn trùng: không có thời hạn riêng, theo thời hạn của đơn gốc.',
          en: 'A repeat: no clock of its own, the original’s applies.',
        },
      ],
    };
  }
  const rule = row.clockRule ? findClockRule(row.clockRule, todayInVietnam(new Date(row.receivedAt))) : undefined;
  if (!rule) return { rule: null, legalBasis: null, dueAt, handledAt, isOverdue, lines: [] };
  const calendar = await calendarFor(db, row.unitId);
  const explained = explainPetitionDue(calendar, rule, { startAt: Date.parse(row.receivedAt) });
  return { rule: rule.key, legalBasis: rule.legalBasis, dueAt, handledAt, isOverdue, lines: explained.lines };
}
