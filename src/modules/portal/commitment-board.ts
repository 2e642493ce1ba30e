import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sendPage, type Html } from '../../platform/html/index.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { publicCommitmentBoard } from '../petitions/index.js';
import { boardPage, COMMITMENT_PATH } from './pages/commitment-pages.js';
import { choosePlaces } from './pages/place-choice.js';
import { publicUnits } from './public-units.js';

const tags = ['portal'];
const pageSize = 20;

/** The public commitment board of a unit, page by page, without JavaScript and without any person. */
export function registerCommitmentBoard(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, body: Html) =>
    sendPage(reply, { status, title: 'Cam kết với người dân', deploymentName: config.deploymentName, body });

  app.get(COMMITMENT_PATH, {
    schema: {
      tags,
      summary:
        'Portal: the commitments a commune or agency (`don-vi`, its id) made to the people — promise, owner unit, due date, status, progress, evidence; no personal data (HTML)',
      querystring: z.object({
        'don-vi': z.string().max(60).optional(),
        tinh: z.string().max(60).optional(),
        trang: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
      }),
    },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const units = await publicUnits(db, config.deploymentUnitCode);
      const wanted = request.query['don-vi']?.trim();
      const unit = wanted ? units.find((candidate) => candidate.id === wanted) : units.length === 1 ? units[0] : undefined;
      const places = choosePlaces(units, unit?.provinceId ?? request.query.tinh);
      const empty = { places, unit, items: [], total: 0, page: 1, pageSize };
      if (wanted && !unit)
        return page(reply, 404, boardPage({ ...empty, message: 'Không có xã, phường hoặc cơ quan này. Vui lòng chọn lại.' }));
      if (!unit) return page(reply, 200, boardPage(empty));
      const board = await publicCommitmentBoard(db, { unitId: unit.id, page: request.query.trang, pageSize });
      return page(reply, 200, boardPage({ places, unit, items: board.items, total: board.total, page: request.query.trang, pageSize }));
    },
  });
}
