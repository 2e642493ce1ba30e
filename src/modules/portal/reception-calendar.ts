import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendPage, type Html } from '../../platform/html/index.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import { listPublishedSessions } from '../petitions/index.js';
import { choosePlaces } from './pages/place-choice.js';
import { calendarPage, RECEPTION_PATH } from './pages/reception-pages.js';
import { addMonths, isMonth, monthDays } from './pages/vietnamese-dates.js';
import { publicUnits } from './public-units.js';

const tags = ['portal'];
/** Sessions one page shows at most (a province's agencies over two months stay well under it; the page stays small). */
const shownAtMost = 120;

/** The reception calendar: a unit's published sessions, the coming ones or one month, without JavaScript. */
export function registerReceptionCalendar(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, body: Html) =>
    sendPage(reply, { status, title: 'Lịch tiếp công dân', deploymentName: config.deploymentName, body });

  app.get(RECEPTION_PATH, {
    schema: {
      tags,
      summary:
        'Portal: the reception calendar of a commune or agency (`don-vi`, its id) — the coming published sessions, or one month (`thang`, YYYY-MM) — with the booking link of each session still open (HTML)',
      querystring: z.object({
        'don-vi': z.string().max(60).optional(),
        tinh: z.string().max(60).optional(),
        thang: z.string().max(10).optional(),
      }),
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const today = todayInVietnam();
      const units = await publicUnits(db, config.deploymentUnitCode);
      const wanted = request.query['don-vi']?.trim();
      const unit = wanted ? units.find((candidate) => candidate.id === wanted) : units.length === 1 ? units[0] : undefined;
      const places = choosePlaces(units, unit?.provinceId ?? request.query.tinh);
      const month = request.query.thang?.trim();
      const isBadMonth = month !== undefined && month !== '' && !isMonth(month);
      const view = { places, unit, today, month: isBadMonth || !month ? undefined : month, sessions: [], isCut: false };
      if (wanted && !unit)
        return page(reply, 404, calendarPage({ ...view, message: 'Không có xã, phường hoặc cơ quan này. Vui lòng chọn lại.' }));
      if (!unit) return page(reply, isBadMonth ? 400 : 200, calendarPage(view));
      const period = view.month ? monthDays(view.month) : { from: today, to: monthDays(addMonths(today.slice(0, 7), 1)).to };
      const sessions = await listPublishedSessions(db, { unitId: unit.id, ...period });
      return page(
        reply,
        isBadMonth ? 400 : 200,
        calendarPage({
          ...view,
          sessions: sessions.slice(0, shownAtMost),
          isCut: sessions.length > shownAtMost,
          ...(isBadMonth ? { message: 'Tháng không hợp lệ (cần dạng YYYY-MM): đang hiện lịch sắp tới.' } : {}),
        }),
      );
    },
  });
}
