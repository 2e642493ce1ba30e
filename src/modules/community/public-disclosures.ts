import { and, eq, sql } from 'drizzle-orm';
import type { disclosureChannels as channelKinds } from '../../contracts/disclosures.js';
import type { Queryable } from '../../platform/db/types.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { disclosures } from './democracy.tables.js';
import { currentCondition, selectDisclosures } from './disclosures.repository.js';

/** A channel as residents read it: how, where, which days; of its evidence only the web addresses. */
export type PublicDisclosureChannel = {
  kind: (typeof channelKinds)[number];
  place: string | null;
  startedOn: string;
  endedOn: string | null;
  days: number;
  links: string[];
};

/** A disclosed item of a commune as the public board shows it: no compliance judgement, no file names. */
export type PublicDisclosure = {
  id: string;
  item: number;
  itemTitle: string;
  title: string;
  documentRef: string | null;
  documentDate: string;
  disclosedOn: string;
  permanent: boolean;
  channels: PublicDisclosureChannel[];
};

/** An address a page may link to: http or https only. */
function isWebAddress(ref: string): boolean {
  try {
    const url = new URL(ref);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * What a commune has made public (Law 10/2022 art. 11), current or in the archive, newest document
 * first: only items already out by a channel that started by today, and only those channels.
 */
export async function publicDisclosures(
  db: Queryable,
  options: { unitId: string; view: 'current' | 'archive'; page: number; pageSize: number },
  now: Date = new Date(),
): Promise<{ items: PublicDisclosure[]; total: number; page: number; pageSize: number }> {
  const today = todayInVietnam(now);
  const isOut = sql`exists (select 1 from disclosure_channels c where c.disclosure_id = "disclosures"."id" and c.started_on <= ${today})`;
  const found = await selectDisclosures(db, and(eq(disclosures.unitId, options.unitId), currentCondition(options.view, today), isOut), {
    page: options.page,
    pageSize: options.pageSize,
  });
  const items = found.items.map((disclosure) => {
    const channels = disclosure.channels
      .filter((channel) => channel.startedOn <= today)
      .map((channel) => ({
        kind: channel.kind,
        place: channel.place,
        startedOn: channel.startedOn,
        endedOn: channel.endedOn,
        days: channel.days,
        links: channel.evidence.filter((entry) => entry.kind === 'url' && isWebAddress(entry.ref)).map((entry) => entry.ref),
      }));
    return {
      id: disclosure.id,
      item: disclosure.item,
      itemTitle: disclosure.itemTitle,
      title: disclosure.title,
      documentRef: disclosure.documentRef,
      documentDate: disclosure.documentDate,
      disclosedOn: channels.map((channel) => channel.startedOn).sort()[0] ?? disclosure.documentDate,
      permanent: disclosure.permanent,
      channels,
    };
  });
  return { items, total: found.total, page: found.page, pageSize: found.pageSize };
}
