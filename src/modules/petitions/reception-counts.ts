/**
 * The counting units of citizen reception, defined once (citizen-relations §2.2(10), §2.3) so that
 * every figure — "29 ngày, 786 lượt", "13 cuộc", the statistics table — comes from the same log:
 *
 * - a **visit** (lượt) is one arrival of a citizen or a group: a group's contents split into several
 *   entries are one visit;
 * - **persons** (người) are the people who came on those visits (a group counts its size once);
 * - a **matter** (vụ việc) is counted once per kind of reception in the period: first (mới phát
 *   sinh) when an entry of it in the period is not a repeat, else repeat (cũ);
 * - a **group** (đoàn đông người) is a visit of 5 people or more, with its persons;
 * - a **session** (kỳ tiếp, cuộc) is a head's periodic or ad-hoc session held; its **days** are the
 *   distinct dates sessions were held on; regular reception has no sessions, its days are the dates
 *   entries were made on.
 *
 * The total row is the sum of the three kinds (TCD01's "1 = 4 + 13 + 22"); a row's identities:
 * matters = first + repeat; groups ≤ visits; persons ≥ visits.
 */
import type { ReceptionCountRow, ReceptionKind } from '../../contracts/reception.js';

export type CountedEntry = {
  kind: ReceptionKind;
  groupId: string;
  matterId: string;
  isRepeat: boolean;
  peopleCount: number;
  visitedOn: string;
};
export type CountedSession = { kind: ReceptionKind; date: string; delegated: boolean };

export const GROUP_SIZE = 5;

const emptyRow = (): ReceptionCountRow => ({
  visits: 0,
  persons: 0,
  matters: 0,
  firstMatters: 0,
  repeatMatters: 0,
  groups: 0,
  groupPersons: 0,
  sessions: 0,
  days: 0,
});

function countKind(entries: readonly CountedEntry[], sessions: readonly CountedSession[], kind: ReceptionKind): ReceptionCountRow {
  const row = emptyRow();
  const groupSizes = new Map<string, number>();
  const matterIsFirst = new Map<string, boolean>();
  for (const entry of entries) {
    groupSizes.set(entry.groupId, Math.max(groupSizes.get(entry.groupId) ?? 0, entry.peopleCount));
    matterIsFirst.set(entry.matterId, (matterIsFirst.get(entry.matterId) ?? false) || !entry.isRepeat);
  }
  row.visits = groupSizes.size;
  for (const size of groupSizes.values()) {
    row.persons += size;
    if (size >= GROUP_SIZE) {
      row.groups += 1;
      row.groupPersons += size;
    }
  }
  row.matters = matterIsFirst.size;
  row.firstMatters = [...matterIsFirst.values()].filter(Boolean).length;
  row.repeatMatters = row.matters - row.firstMatters;
  if (kind === 'regular') {
    row.days = new Set(entries.map((entry) => entry.visitedOn)).size;
  } else {
    row.sessions = sessions.length;
    row.days = new Set(sessions.map((session) => session.date)).size;
  }
  return row;
}

export function countReception(entries: readonly CountedEntry[], heldSessions: readonly CountedSession[]) {
  const kinds = ['regular', 'periodic', 'ad_hoc'] as const;
  const byKind = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      countKind(
        entries.filter((entry) => entry.kind === kind),
        heldSessions.filter((session) => session.kind === kind),
        kind,
      ),
    ]),
  ) as Record<(typeof kinds)[number], ReceptionCountRow>;
  const total = emptyRow();
  for (const kind of kinds) {
    for (const key of Object.keys(total) as (keyof ReceptionCountRow)[]) total[key] += byKind[kind][key];
  }
  return { total, byKind, delegatedSessions: heldSessions.filter((session) => session.delegated).length };
}
