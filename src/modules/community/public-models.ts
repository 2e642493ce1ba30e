import { sql } from 'drizzle-orm';
import type { modelCategories, modelStatuses, RecognitionLevel } from '../../contracts/mobilisation-models.js';
import type { Queryable } from '../../platform/db/types.js';
import { findUnitNames, subtreeUnitIds } from '../org/index.js';
import { mobilisationModels } from './community.tables.js';
import { selectModels } from './models.repository.js';

/** What a model's card shows of its objectives at most, so a page of them stays small. */
const objectivesShown = 300;

/** A "Dân vận khéo" model as the public gallery shows it. */
export type PublicModel = {
  id: string;
  name: string;
  category: (typeof modelCategories)[number];
  ownerOrganisation: string;
  field: string;
  /** The unit it was registered at (a village under a commune shows its own name). */
  unitName: string;
  registeredOn: string;
  objectives: string | null;
  status: (typeof modelStatuses)[number];
  recognitions: { level: RecognitionLevel; decisionRef: string; on: string }[];
  level: RecognitionLevel | null;
  replications: number;
};

/** The models and exemplars registered at a unit and the units under it, newest first. */
export async function publicModels(
  db: Queryable,
  options: { unitId: string; page: number; pageSize: number },
): Promise<{ items: PublicModel[]; total: number; page: number; pageSize: number }> {
  const found = await selectModels(db, sql`${mobilisationModels.unitId} in (${subtreeUnitIds(options.unitId)})`, {
    page: options.page,
    pageSize: options.pageSize,
  });
  const names = await findUnitNames(
    db,
    found.items.map((model) => model.unitId),
  );
  const items = found.items.map((model) => ({
    id: model.id,
    name: model.name,
    category: model.category,
    ownerOrganisation: model.ownerOrganisation,
    field: model.field,
    unitName: names.get(model.unitId) ?? '',
    registeredOn: model.registeredOn,
    objectives:
      model.objectives && model.objectives.length > objectivesShown ? `${model.objectives.slice(0, objectivesShown)}…` : model.objectives,
    status: model.status,
    recognitions: [...model.recognitions].sort((a, b) => a.on.localeCompare(b.on)),
    level: model.level,
    replications: model.replications,
  }));
  return { items, total: found.total, page: found.page, pageSize: found.pageSize };
}
