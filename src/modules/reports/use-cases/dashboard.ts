/**
 * A unit's operations dashboard for a period: the registry's figures grouped by the part of the
 * work, only the parts the reader's roles at the unit may see; the legal clocks of open work as of
 * now; hot spots; and the units directly under it that worked during the period, with their
 * headline figures.
 */
import type { Dashboard } from '../../../contracts/dashboard.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { communityClockBoard } from '../../community/index.js';
import { childUnits, getUnitRow, unitIdList } from '../../org/index.js';
import { hotMatters, petitionClockBoard } from '../../petitions/index.js';
import { computeFigures, lineageIds } from '../figures/compute.js';
import { figureRegistry } from '../figures/registry.js';
import { sectionOf, sectionTitles, visibleSections } from '../figures/sections.js';
import { ReportPermission } from '../reports.policy.js';

type Deps = { db: Db; access: AccessPolicy };

const headline = [
  'dossiers.received',
  'dossiers.timelyRate',
  'ratings.satisfiedRate',
  'petitions.received',
  'petitions.processed',
  'reception.visits',
  'mediation.successRate',
];
/** The units under this one shown with their figures, a page of them (the rest counted). */
export const CHILDREN_SHOWN = 200;

export async function unitDashboard(
  deps: Deps,
  principal: Principal,
  request: { unitId: string; from: string; to: string },
): Promise<Dashboard> {
  const { db, access } = deps;
  const unit = await getUnitRow(db, request.unitId);
  await access.require(principal, ReportPermission['reports.read'], unit.id);
  const visible = await visibleSections(access, principal, unit.id);
  const units = unitIdList(await lineageIds(db, unit.id));
  const sees = (key: (typeof visible)[number]) => visible.includes(key);
  const shownIds = figureRegistry.filter((definition) => sees(sectionOf(definition.id))).map((definition) => definition.id);
  const [current, petitionClocks, communityClocks, hotSpots, children] = await Promise.all([
    computeFigures(db, request, new Date(), shownIds),
    sees('petitions') ? petitionClockBoard(db, units) : null,
    sees('community') ? communityClockBoard(db, units) : null,
    sees('petitions') ? hotMatters(db, units, request) : [],
    childUnits(db, unit.id, request),
  ]);
  // Only the headline figures the reader may see, and only their sources, for each unit under this one.
  const childIds = headline.filter((id) => shownIds.includes(id));
  const childFigures = await Promise.all(
    children.slice(0, CHILDREN_SHOWN).map(async (child) => {
      const { values } = await computeFigures(db, { unitId: child.id, from: request.from, to: request.to }, new Date(), childIds);
      return { unitId: child.id, name: child.name, figures: childIds.map((id) => ({ id, value: values[id] ?? null })) };
    }),
  );
  return {
    unitId: unit.id,
    unitName: unit.name,
    from: request.from,
    to: request.to,
    asOf: current.asOf,
    sections: visible.map((key) => ({ key, title: sectionTitles[key], figureIds: shownIds.filter((id) => sectionOf(id) === key) })),
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
    childrenTotal: children.length,
  };
}
