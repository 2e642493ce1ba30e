import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendPage, type Html } from '../../platform/html/index.js';
import type { App, AppDeps } from '../../platform/http/deps.js';
import { publicContacts, publicDisclosures, publicMatters, publicModels } from '../community/index.js';
import { CONTACT_PATH, DISCLOSURE_PATH, MATTER_PATH, MODEL_PATH } from './pages/community-links.js';
import { contactsPage, modelsPage } from './pages/community-pages.js';
import { disclosuresPage, mattersPage, type DisclosureView } from './pages/democracy-pages.js';
import { choosePlaces, type UnitChoice } from './pages/place-choice.js';
import { publicUnits } from './public-units.js';
import { receivingUnits } from './receiving-units.js';

const tags = ['portal'];
const pageSize = 20;
const unknownUnit = 'Không có xã, phường hoặc cơ quan này. Vui lòng chọn lại.';

const UnitQuery = z.object({
  'don-vi': z.string().max(60).optional(),
  tinh: z.string().max(60).optional(),
  trang: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
type UnitQuery = z.infer<typeof UnitQuery>;

/**
 * The public pages of grassroots democracy and community work of a commune, without JavaScript and
 * without any household or party: its disclosures, the matters its residents decide, its
 * "Dân vận khéo" models, and its mediators with the groups that may have free legal aid.
 */
export function registerCommunityPortal(app: App, deps: AppDeps): void {
  const { db, config } = deps;
  const page = (reply: FastifyReply, status: number, title: string, body: Html) =>
    sendPage(reply, { status, title, deploymentName: config.deploymentName, body });
  /** The unit asked (`don-vi`) among those offered, the only one when there is one, and the choice of units. */
  const chosen = (units: UnitChoice[], query: UnitQuery) => {
    const wanted = query['don-vi']?.trim();
    const unit = wanted ? units.find((candidate) => candidate.id === wanted) : units.length === 1 ? units[0] : undefined;
    return { wanted, unit, places: choosePlaces(units, unit?.provinceId ?? query.tinh) };
  };
  const communes = () => receivingUnits(db, config.deploymentUnitCode);
  const rateLimit = { max: 120, timeWindow: '1 minute' };

  app.get(DISCLOSURE_PATH, {
    schema: {
      tags,
      summary:
        'Portal: what a commune (`don-vi`, its id) has made public under Law 10/2022 — the items still shown, or the archive (`xem=luu-tru`) — with the document, channels and days (HTML)',
      querystring: UnitQuery.extend({ xem: z.string().max(20).optional() }),
    },
    config: { rateLimit },
    handler: async (request, reply) => {
      const { wanted, unit, places } = chosen(await communes(), request.query);
      const view: DisclosureView = request.query.xem === 'luu-tru' ? 'archive' : 'current';
      const empty = { places, unit, view, items: [], total: 0, page: 1, pageSize };
      const title = 'Thông tin công khai';
      if (wanted && !unit) return page(reply, 404, title, disclosuresPage({ ...empty, message: unknownUnit }));
      if (!unit) return page(reply, 200, title, disclosuresPage(empty));
      const found = await publicDisclosures(db, { unitId: unit.id, view, page: request.query.trang, pageSize });
      return page(reply, 200, title, disclosuresPage({ places, unit, view, ...found }));
    },
  });

  /** A page listing a unit's items page by page: the unit checked, 404 for one not offered. */
  const listPage = <T>(options: {
    title: string;
    units: () => Promise<UnitChoice[]>;
    find: (unitId: string, page: number) => Promise<{ items: T[]; total: number; page: number; pageSize: number }>;
    render: (view: {
      places: ReturnType<typeof choosePlaces>;
      unit: UnitChoice | undefined;
      items: T[];
      total: number;
      page: number;
      pageSize: number;
      message?: string;
    }) => Html;
  }) => {
    return async (request: FastifyRequest<{ Querystring: UnitQuery }>, reply: FastifyReply) => {
      const { wanted, unit, places } = chosen(await options.units(), request.query);
      const empty = { places, unit, items: [], total: 0, page: 1, pageSize };
      if (wanted && !unit) return page(reply, 404, options.title, options.render({ ...empty, message: unknownUnit }));
      if (!unit) return page(reply, 200, options.title, options.render(empty));
      const found = await options.find(unit.id, request.query.trang);
      return page(reply, 200, options.title, options.render({ places, unit, ...found }));
    };
  };

  app.get(MATTER_PATH, {
    schema: {
      tags,
      summary:
        'Portal: the matters the residents of a commune (`don-vi`, its id) and its villages decide — status and each village’s result on all its households; no household (HTML)',
      querystring: UnitQuery,
    },
    config: { rateLimit },
    handler: listPage({
      title: 'Nhân dân bàn và quyết định',
      units: communes,
      find: (unitId, trang) => publicMatters(db, { unitId, page: trang, pageSize }),
      render: mattersPage,
    }),
  });

  app.get(MODEL_PATH, {
    schema: {
      tags,
      summary:
        'Portal: the "Dân vận khéo" models of a commune or agency (`don-vi`, its id) and the units under it — owner, field, status, recognitions, replications (HTML)',
      querystring: UnitQuery,
    },
    config: { rateLimit },
    handler: listPage({
      title: 'Mô hình Dân vận khéo',
      units: () => publicUnits(db, config.deploymentUnitCode),
      find: (unitId, trang) => publicModels(db, { unitId, page: trang, pageSize }),
      render: modelsPage,
    }),
  });

  app.get(CONTACT_PATH, {
    schema: {
      tags,
      summary:
        'Portal: the mediation teams and serving mediators of each village of a commune (`don-vi`, its id), and who may have free legal aid; no case, no party (HTML)',
      querystring: UnitQuery,
    },
    config: { rateLimit },
    handler: async (request, reply) => {
      const { wanted, unit, places } = chosen(await communes(), request.query);
      const title = 'Hòa giải và trợ giúp pháp lý';
      if (wanted && !unit) return page(reply, 404, title, contactsPage({ places, unit, villages: [], message: unknownUnit }));
      const villages = unit ? await publicContacts(db, { unitId: unit.id }) : [];
      return page(reply, 200, title, contactsPage({ places, unit, villages }));
    },
  });
}
