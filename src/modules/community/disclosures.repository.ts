import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Disclosure, DisclosureReminder } from '../../contracts/disclosures.js';
import type { Queryable } from '../../platform/db/types.js';
import { DomainError } from '../../platform/errors/errors.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames } from '../org/index.js';
import { DemocracyError } from './democracy.errors.js';
import { disclosureChannels, disclosures } from './democracy.tables.js';
import {
  addDays,
  daysShown,
  disclosureBasis,
  disclosureItemTitles,
  judgeDisclosure,
  MIN_POSTING_DAYS,
  timingOf,
} from './disclosure-rules.js';

type Row = typeof disclosures.$inferSelect;
type ChannelRow = typeof disclosureChannels.$inferSelect;

function toDisclosure(row: Row, unitName: string, channels: ChannelRow[], today: string): Disclosure {
  const timing = timingOf(row.item);
  const judged = judgeDisclosure({ item: row.item, dueOn: row.dueOn, channels }, today);
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    item: row.item,
    itemTitle: disclosureItemTitles[row.item] ?? '',
    title: row.title,
    documentRef: row.documentRef,
    documentDate: row.documentDate,
    dueOn: row.dueOn,
    disclosedOn: judged.disclosedOn,
    permanent: timing.permanent,
    minPostingDays: timing.minPostingDays,
    minLoudspeakerDays: timing.minLoudspeakerDays,
    channels: channels.map((c) => ({
      id: c.id,
      kind: c.kind as Disclosure['channels'][number]['kind'],
      place: c.place,
      startedOn: c.startedOn,
      endedOn: c.endedOn,
      days: daysShown(c, today),
      evidence: c.evidence,
    })),
    problems: judged.problems,
    current: judged.current,
    basis: disclosureBasis,
    version: row.version,
  };
}

/** Disclosures with their channels in two queries, judged on `today`. */
export async function viewDisclosures(db: Queryable, rows: Row[], today: string): Promise<Disclosure[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [channels, names] = await Promise.all([
    db
      .select()
      .from(disclosureChannels)
      .where(inArray(disclosureChannels.disclosureId, ids))
      .orderBy(asc(disclosureChannels.startedOn), asc(disclosureChannels.createdAt)),
    findUnitNames(
      db,
      rows.map((row) => row.unitId),
    ),
  ]);
  return rows.map((row) =>
    toDisclosure(
      row,
      names.get(row.unitId) ?? '',
      channels.filter((c) => c.disclosureId === row.id),
      today,
    ),
  );
}

export async function getDisclosureRow(db: Queryable, id: string): Promise<Row> {
  const [row] = await db.select().from(disclosures).where(eq(disclosures.id, id));
  if (!row) throw new DomainError(DemocracyError.DISCLOSURE_NOT_FOUND);
  return row;
}

export async function getDisclosure(db: Queryable, id: string, now: Date = new Date()): Promise<Disclosure> {
  const [view] = await viewDisclosures(db, [await getDisclosureRow(db, id)], todayInVietnam(now));
  return view!;
}

/** Current: permanent, not yet shown, or a channel still showing it today; the archive is the rest. */
export function currentCondition(view: 'current' | 'archive' | 'all', today: string): SQL | undefined {
  if (view === 'all') return undefined;
  const running = sql`exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id" and (c.ended_on is null or c.ended_on >= ${today}))`;
  const none = sql`not exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id")`;
  const current = or(inArray(disclosures.item, [4, 13]), running, none)!;
  return view === 'current' ? current : sql`not (${current})`;
}

export async function selectDisclosures(db: Queryable, where: SQL | undefined, paging: { page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(disclosures)
      .where(where)
      .orderBy(desc(disclosures.documentDate), asc(disclosures.item), asc(disclosures.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(disclosures).where(where),
  ]);
  return { items: await viewDisclosures(db, rows, todayInVietnam(new Date())), total: total?.n ?? 0, ...paging };
}

/** What was disclosed in a period: items whose first channel started in it. */
export async function disclosedBetween(db: Queryable, unitId: string, from: string, to: string, today: string) {
  const first = sql`(select min(c.started_on) from disclosure_channels c where c.disclosure_id = "disclosures"."id")`;
  const rows = await db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.unitId, unitId), sql`${first} between ${from} and ${to}`))
    .orderBy(asc(disclosures.item), asc(disclosures.documentDate));
  return viewDisclosures(db, rows, today);
}

type Reminder = z.infer<typeof DisclosureReminder>;
/** The day of a posting the commune checks it is still up, before its 30 days lapse. */
const POSTING_REMINDER_DAY = 29;

/**
 * What needs doing about disclosures on `today`: items due within 2 days or overdue and not yet
 * out, postings reaching their 30th day while still up ("still posted?"), loudspeakers running.
 */
export async function disclosureReminders(db: Queryable, unitScope: SQL | undefined, today: string): Promise<Reminder[]> {
  // Only what a reminder is about is read: not yet out and due within 2 days (or overdue, within a year),
  // a posting at its 29th or 30th day still up, a broadcast running.
  const notOut = and(
    sql`not exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id")`,
    lte(disclosures.dueOn, addDays(today, 2)),
    gte(disclosures.dueOn, addDays(today, -366)),
  );
  const postingLapsing = and(
    sql`${disclosures.item} not in (4, 13, 14)`,
    sql`exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id" and c.kind = 'posting'
      and c.ended_on is null and c.started_on between ${addDays(today, -MIN_POSTING_DAYS + 1)} and ${addDays(today, -POSTING_REMINDER_DAY + 1)})`,
  );
  const broadcasting = sql`exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id" and c.kind = 'loudspeaker' and c.ended_on is null)`;
  const candidates = await db
    .select()
    .from(disclosures)
    .where(and(unitScope, lte(disclosures.documentDate, today), or(notOut, postingLapsing, broadcasting)))
    .orderBy(asc(disclosures.dueOn), asc(disclosures.id));
  const views = await viewDisclosures(db, candidates, today);
  const reminders: Reminder[] = [];
  for (const view of views) {
    const base = { disclosureId: view.id, unitId: view.unitId, item: view.item, title: view.title };
    if (view.disclosedOn === null) {
      if (view.dueOn < today) reminders.push({ ...base, kind: 'overdue', on: view.dueOn });
      else if (view.dueOn <= addDays(today, 2)) reminders.push({ ...base, kind: 'due_soon', on: view.dueOn });
      continue;
    }
    for (const channel of view.channels) {
      if (channel.endedOn !== null) continue;
      const beforeLapse = channel.days >= POSTING_REMINDER_DAY && channel.days <= MIN_POSTING_DAYS;
      if (channel.kind === 'posting' && !view.permanent && view.minPostingDays !== null && beforeLapse) {
        reminders.push({ ...base, kind: 'posting_day_29', on: addDays(channel.startedOn, POSTING_REMINDER_DAY - 1) });
      }
      if (channel.kind === 'loudspeaker') reminders.push({ ...base, kind: 'loudspeaker_running', on: channel.startedOn });
    }
  }
  return reminders;
}

export const openChannel = (disclosureId: string, channelId: string) =>
  and(eq(disclosureChannels.id, channelId), eq(disclosureChannels.disclosureId, disclosureId), isNull(disclosureChannels.endedOn));
