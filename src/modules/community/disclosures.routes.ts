import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  ChannelEnd,
  ChannelInput,
  Disclosure,
  DisclosureInput,
  DisclosureListQuery,
  DisclosureReminder,
  QuarterlyList,
  QuarterQuery,
  ReminderQuery,
} from '../../contracts/disclosures.js';
import { matchesText } from '../../platform/db/search.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page } from '../../platform/http/pagination.js';
import { commandContext, etag, requireIfMatchVersion, requirePrincipal } from '../../platform/http/request-context.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { getUnit, subtreeUnitIds } from '../org/index.js';
import { CommunityPermission } from './community.policy.js';
import { disclosures } from './democracy.tables.js';
import {
  currentCondition,
  disclosedBetween,
  disclosureReminders,
  getDisclosure,
  getDisclosureRow,
  selectDisclosures,
} from './disclosures.repository.js';
import { quarterDays } from './disclosure-rules.js';
import { recordDisclosure } from './use-cases/record-disclosure.js';
import { recordDisclosureChannel } from './use-cases/record-disclosure-channel.js';

const tags = ['community'];
const IdParams = z.object({ id: z.uuid() });

/** The commune's disclosure register (Law 10/2022 arts. 11–13): items, channels with evidence, the quarterly list, reminders. */
export function registerDisclosureRoutes(app: App, deps: AppDeps): void {
  const { db, access } = deps;
  const read = CommunityPermission['community.read'];

  app.post('/api/v1/community/disclosures', {
    schema: {
      tags,
      summary: 'Enter an item the commune discloses, due 5 working days after its document',
      body: DisclosureInput,
      response: { 201: Disclosure },
    },
    handler: async (request, reply) => {
      const made = await recordDisclosure(deps, requirePrincipal(request), commandContext(request), request.body);
      return reply.status(201).header('location', `/api/v1/community/disclosures/${made.id}`).header('etag', etag(made.version)).send(made);
    },
  });

  app.get('/api/v1/community/disclosures', {
    schema: {
      tags,
      summary: 'Disclosures in reach, current or in the archive, with what their timing lacks',
      querystring: DisclosureListQuery,
      response: { 200: Page(Disclosure) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      await access.requireSomewhere(principal, read);
      const q = request.query;
      const where = and(
        access.unitScope(principal, read, disclosures.unitId),
        q.unitId ? sql`${disclosures.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
        q.item ? eq(disclosures.item, q.item) : undefined,
        currentCondition(q.view, todayInVietnam(new Date())),
        matchesText(disclosures.title, q.q),
      );
      return selectDisclosures(db, where, { page: q.page, pageSize: q.pageSize });
    },
  });

  app.get('/api/v1/community/disclosures/quarterly', {
    schema: {
      tags,
      summary: 'The quarterly list of what the commune disclosed (art. 13)',
      querystring: QuarterQuery,
      response: { 200: QuarterlyList },
    },
    handler: async (request) => {
      const q = request.query;
      await access.require(requirePrincipal(request), read, q.unitId);
      const unit = await getUnit(db, q.unitId);
      const { from, to } = quarterDays(q.year, q.quarter);
      const entries = await disclosedBetween(db, q.unitId, from, to, todayInVietnam(new Date()));
      const items = new Set(entries.map((entry) => entry.item));
      const itemsWithout = Array.from({ length: 14 }, (_, index) => index + 1).filter((item) => !items.has(item));
      return { unitId: q.unitId, unitName: unit.name, year: q.year, quarter: q.quarter, from, to, entries, itemsWithout };
    },
  });

  app.get('/api/v1/community/disclosures/reminders', {
    schema: {
      tags,
      summary: 'Items due or overdue, postings at their 29th day still up, broadcasts running',
      querystring: ReminderQuery,
      response: { 200: z.array(DisclosureReminder) },
    },
    handler: async (request) => {
      const principal = requirePrincipal(request);
      const q = request.query;
      if (q.unitId) await access.require(principal, read, q.unitId);
      else await access.requireSomewhere(principal, read);
      const scope = and(
        access.unitScope(principal, read, disclosures.unitId),
        q.unitId ? sql`${disclosures.unitId} in (${subtreeUnitIds(q.unitId)})` : undefined,
      );
      return disclosureReminders(db, scope, q.on ?? todayInVietnam(new Date()));
    },
  });

  app.get('/api/v1/community/disclosures/:id', {
    schema: { tags, summary: 'A disclosure with its channels and evidence', params: IdParams, response: { 200: Disclosure } },
    handler: async (request, reply) => {
      const row = await getDisclosureRow(db, request.params.id);
      await access.require(requirePrincipal(request), read, row.unitId);
      const made = await getDisclosure(db, row.id);
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/disclosures/:id/channels', {
    schema: {
      tags,
      summary: 'Record a channel the item went out by, with its evidence (If-Match)',
      params: IdParams,
      body: ChannelInput,
      response: { 200: Disclosure },
    },
    handler: async (request, reply) => {
      const made = await recordDisclosureChannel(deps, requirePrincipal(request), commandContext(request), {
        disclosureId: request.params.id,
        version: requireIfMatchVersion(request),
        change: { kind: 'add', channel: request.body },
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });

  app.post('/api/v1/community/disclosures/:id/channels/:channelId/end', {
    schema: {
      tags,
      summary: 'A posting taken down or a broadcast over, with its evidence (If-Match)',
      params: z.object({ id: z.uuid(), channelId: z.uuid() }),
      body: ChannelEnd,
      response: { 200: Disclosure },
    },
    handler: async (request, reply) => {
      const made = await recordDisclosureChannel(deps, requirePrincipal(request), commandContext(request), {
        disclosureId: request.params.id,
        version: requireIfMatchVersion(request),
        change: { kind: 'end', channelId: request.params.channelId, end: request.body },
      });
      return reply.header('etag', etag(made.version)).send(made);
    },
  });
}
