/**
 * A unit's operations dashboard for a period: the registry's figures grouped by the part of the
 * work, only the parts the reader's roles at the unit may see; the legal clocks of open work as of
 * now; hot spots; and the units directly under it with their headline figures.
 */
import type { Dashboard, DashboardSection } from '../../../contracts/dashboard.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { communityClockBoard } from '../../community/index.js';
import { childUnits, getUnitRow, lineageScopeUnitIds } from '../../org/index.js';
import { hotMatters, petitionClockBoard } from '../../petitions/index.js';
import { computeFigures } from '../figures/compute.js';
import { figureRegistry } from '../figures/registry.js';
import { ReportPermission } from '../reports.policy.js';

type Deps = { db: Db; access: AccessPolicy };

const sectionOf = (id: string): DashboardSection => {
  const [head = ''] = id.split('.');
  if (['dossiers', 'ratings', 'decision766', 'procedures'].includes(head)) return 'one_stop';
  if (['reception', 'dialogues', 'commitments'].includes(head)) return 'reception';
  if (['petitions', 'settlements'].includes(head)) return 'petitions';
  if (head === 'democracy') return 'democracy';
  return 'community';
};
const titles: Record<DashboardSection, string> = {
  one_stop: 'Một cửa, thủ tục hành chính',
  reception: 'Tiếp công dân, đối thoại',
  petitions: 'Đơn thư, khiếu nại, tố cáo',
  community: 'Hòa giải, trợ giúp pháp lý, "Dân vận khéo"',
  democracy: 'Dân chủ ở cơ sở',
};
const permissionOf: Record<DashboardSection, string> = {
  one_stop: ReportPermission['reports.read'],
  reception: 'petitions.read',
  petitions: 'petitions.read',
  community: 'community.read',
  democracy: 'community.read',
};
const headline = [
  'dossiers.received',
  'dossiers.timelyRate',
  'ratings.satisfiedRate',
  'petitions.received',
  'petitions.processed',
  'reception.visits',
  'mediation.successRate',
];

export async function unitDashboard(
  deps: Deps,
  principal: Principal,
  request: { unitId: string; from: string; to: string },
): Promise<Dashboard> {
  const { db, access } = deps;
  const unit = await getUnitRow(db, request.unitId);
  await access.require(principal, ReportPermission['reports.read'], unit.id);
  const held = await access.permissionsAt(principal, unit.id);
  const visible = (Object.keys(titles) as DashboardSection[]).filter((key) => held.has(permissionOf[key]));
  const units = lineageScopeUnitIds(unit.id);
  const sees = (key: DashboardSection) => visible.includes(key);
  const [current, petitionClocks, communityClocks, hotSpots, children] = await Promise.all([
    computeFigures(db, request),
    sees('petitions') ? petitionClockBoard(db, units) : null,
    sees('community') ? communityClockBoard(db, units) : null,
    sees('petitions') ? hotMatters(db, units, request) : [],
    childUnits(db, unit.id, request.to),
  ]);
  const shownIds = figureRegistry.filter((definition) => sees(sectionOf(definition.id))).map((definition) => definition.id);
  // Only the headline figures the reader may see, and only their sources, for each unit under this one.
  const childIds = headline.filter((id) => shownIds.includes(id));
  const childFigures = await Promise.all(
    children.slice(0, 60).map(async (child) => {
      const { values } = await computeFigures(db, { unitId: child.id, from: request.from, to: request.to }, new Date(), childIds);
      return {
        unitId: child.id,
        name: child.name,
        figures: childIds.map((id) => ({ id, value: values[id] ?? null })),
      };
    }),
  );
  return {
    unitId: unit.id,
    unitName: unit.name,
    from: request.from,
    to: request.to,
    asOf: current.asOf,
    sections: visible.map((key) => ({ key, title: titles[key], figureIds: shownIds.filter((id) => sectionOf(id) === key) })),
    figures: shownIds.map((id) => ({ id, value: current.values[id] ?? null })),
    clocks: {
      petitions: petitionClocks?.petitions ?? null,
      settlements: petitionClocks?.settlements ?? null,
      receptionAnswersOpen: petitionClocks?.receptionAnswersOpen ?? null,
      commitmentsOverdue: petitionClocks?.commitmentsOverdue ?? null,
      legalAidOverdue: communityClocks?.legalAidOverdue ?? null,
      disclosuresDueSoon: communityClocks?.disclosuresDueSoon ?? null,
      disclosuresOverdue: communityClocks?.disclosuresOverdue ?? null,
    },
    hotSpots,
    children: childFigures,
  };
}
