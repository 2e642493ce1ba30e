import { z } from 'zod';
import { commitmentStatuses, type CommitmentStatus } from '../../contracts/dialogues.js';
import { receptionForms, receptionKinds } from '../../contracts/reception.js';
import { validationError } from '../../platform/errors/errors.js';
import { isoDate } from '../../platform/http/dates.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { Page, PageQuery } from '../../platform/http/pagination.js';
import { dayNumberToIso, isoToDayNumber, todayInVietnam } from '../../platform/time/vietnam-time.js';
import { findUnitNames } from '../org/index.js';
import { listPublishedSessions, publicCommitmentBoard, type BoardItem } from '../petitions/index.js';
import { bookingPath } from './pages/reception-pages.js';

const tags = ['public'];
/** Open to anyone: no session, no token (a signed-in caller is simply one more reader). */
const anyone = { security: [] };
const longestPeriodDays = 366;

const SessionsQuery = z.object({
  unitId: z.uuid().optional(),
  /** The first day; today by default. */
  from: isoDate.optional(),
  /** The last day; two months after `from` by default. */
  to: isoDate.optional(),
});

/** The period asked, `to` checked against `from` (given or today): not before it, at most 366 days after. */
function periodOf(query: { from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  const from = query.from ?? todayInVietnam();
  const to = query.to ?? dayNumberToIso(isoToDayNumber(from)! + 61);
  const refuse = (vi: string, en: string) => validationError([{ field: 'to', in: 'query', code: 'custom', message: { vi, en } }]);
  if (to < from) throw refuse('Không được trước ngày bắt đầu.', 'Must not be before "from".');
  if (isoToDayNumber(to)! - isoToDayNumber(from)! > longestPeriodDays)
    throw refuse('Tối đa 366 ngày kể từ ngày bắt đầu.', 'At most 366 days after "from".');
  return { from, to };
}

const PublicSession = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  hostName: z.string(),
  hostRole: z.string(),
  kind: z.enum(receptionKinds),
  form: z.enum(receptionForms),
  place: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['planned', 'held']),
  bookable: z.boolean(),
  /** Where a citizen books it on the portal, while it is open. */
  bookingUrl: z.string().nullable(),
});

const BoardEntry = z.object({
  publicText: z.string(),
  ownerUnitName: z.string(),
  dueOn: z.string(),
  status: z.enum(commitmentStatuses),
  isOverdue: z.boolean(),
  progressPct: z.number().int(),
  evidence: z.array(z.object({ at: z.string(), text: z.string() })),
  reopenedCount: z.number().int(),
});
const CommitmentsQuery = PageQuery.extend({ unitId: z.uuid() });

const unknownUnit = () =>
  validationError([{ field: 'unitId', in: 'query', code: 'not_found', message: { vi: 'Không có đơn vị này.', en: 'No such unit.' } }]);
const boardEntry = (item: BoardItem) => ({ ...item, status: item.status as CommitmentStatus });

/**
 * The reception calendar and the commitment board for machines (JSON, no sign-in): the same
 * published data the portal's pages show, never a person beyond the announced host.
 */
export function registerPublicData(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const requireUnit = async (unitId: string | undefined) => {
    if (unitId && !(await findUnitNames(db, [unitId])).has(unitId)) throw unknownUnit();
  };

  app.get('/api/v1/public/reception-sessions', {
    schema: {
      tags,
      summary:
        'Published reception sessions of a unit and the units under it (or of all units) between two dates (today and two months by default, at most 366 days), with the portal’s booking address of those still open; no sign-in',
      querystring: SessionsQuery,
      response: { 200: z.object({ items: z.array(PublicSession) }) },
      ...anyone,
    },
    config: { isOpenBeforePasswordChange: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
    handler: async (request) => {
      const { unitId } = request.query;
      await requireUnit(unitId);
      const sessions = await listPublishedSessions(db, { ...(unitId ? { unitId } : {}), ...periodOf(request.query) });
      return {
        items: sessions.map((session) => ({
          ...session,
          kind: session.kind as (typeof receptionKinds)[number],
          form: session.form as (typeof receptionForms)[number],
          bookingUrl: session.bookable ? `${config.publicUrl}${bookingPath(session)}` : null,
        })),
      };
    },
  });

  app.get('/api/v1/public/commitments', {
    schema: {
      tags,
      summary:
        'The public commitment board of a unit: what was promised, the owner unit, due date, status (overdue marked), progress and evidence, due first; no personal data, no sign-in',
      querystring: CommitmentsQuery,
      response: { 200: Page(BoardEntry) },
      ...anyone,
    },
    config: { isOpenBeforePasswordChange: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
    handler: async (request) => {
      const { unitId, page, pageSize } = request.query;
      await requireUnit(unitId);
      const board = await publicCommitmentBoard(db, { unitId, page, pageSize });
      return { items: board.items.map(boardEntry), total: board.total, page, pageSize };
    },
  });
}
