/**
 * "Q1 as issued" against "Q1 as of now": each figure of a signed report next to the same figure
 * computed today, and the audit entries recorded at the report's units since it was signed.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ReportComparison } from '../../../contracts/report-documents.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { auditLog } from '../../../platform/audit/audit.tables.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import type { DashboardSection } from '../../../contracts/dashboard.js';
import { communityRecordIds, democracyRecordIds } from '../../community/index.js';
import { dossierRecordIds } from '../../dossiers/index.js';
import { unitIdList } from '../../org/index.js';
import { petitionRecordIds } from '../../petitions/index.js';
import { computeFigures, lineageIds } from '../figures/compute.js';
import { isFigureId } from '../figures/registry.js';
import { ReportPermission } from '../reports.policy.js';
import { kindSections, requireKindVisible } from '../figures/sections.js';
import { getRunRow } from '../reports.repository.js';
import { ReportError } from '../reports.errors.js';

type Deps = { db: Db; access: AccessPolicy };
type RecordIds = Record<string, (units: SQL) => SQL>;

const pick = (from: RecordIds, keys: string[]): RecordIds =>
  Object.fromEntries(keys.flatMap((key) => (from[key] ? [[key, from[key]]] : [])));
const recordIdsBySection: Record<DashboardSection, RecordIds> = {
  one_stop: dossierRecordIds,
  reception: pick(petitionRecordIds, ['reception_visit', 'reception_session', 'dialogue', 'commitment']),
  petitions: pick(petitionRecordIds, ['petition', 'settlement']),
  community: communityRecordIds,
  democracy: democracyRecordIds,
};

export async function compareReport(deps: Deps, principal: Principal, id: string, now = new Date()): Promise<ReportComparison> {
  const { db } = deps;
  const row = await getRunRow(db, id);
  await deps.access.require(principal, ReportPermission['reports.read'], row.unitId);
  await requireKindVisible(deps.access, principal, row.kind, row.unitId);
  if (!row.content || !row.signedAt) throw new DomainError(ReportError.RUN_NOT_SIGNED);
  const current = await computeFigures(db, { unitId: row.unitId, from: row.period.from, to: row.period.to }, now);
  const signedAt = new Date(Date.parse(row.signedAt)).toISOString();
  const labels = new Map(row.content.definitions.map((definition) => [definition.id, definition.labelVi]));
  // Records kept at the report's units, of the parts of the work the report prints, changed after the signature.
  const units = unitIdList(await lineageIds(db, row.unitId));
  const kinds = kindSections[row.kind].flatMap((section) => Object.entries(recordIdsBySection[section]));
  const touched = sql.join(
    kinds.map(([entity, idsAt]) => sql`(${auditLog.entity} = ${entity} and ${auditLog.entityId} in (${idsAt(units)}))`),
    sql` or `,
  );
  const changes = rowsOf<{ at: string; action: string; entity: string; entity_id: string | null; actor_name: string }>(
    await db.execute(sql`select ${auditLog.at} as at, ${auditLog.action} as action, ${auditLog.entity} as entity,
        ${auditLog.entityId} as entity_id, ${auditLog.actorName} as actor_name
      from ${auditLog} where ${auditLog.at} > ${signedAt} and (${touched})
      order by ${auditLog.seq} desc limit 200`),
  );
  return {
    runId: row.id,
    signedAt,
    figures: row.content.figures
      .filter((figure) => labels.has(figure.id))
      .map((figure) => {
        const nowValue = isFigureId(figure.id) ? (current.values[figure.id] ?? null) : null;
        return {
          id: figure.id,
          labelVi: labels.get(figure.id) ?? figure.id,
          issued: figure.value,
          now: nowValue,
          changed: nowValue !== figure.value,
        };
      }),
    changesSince: changes.map((change) => ({
      at: new Date(Date.parse(change.at)).toISOString(),
      action: change.action,
      entity: change.entity,
      entityId: change.entity_id,
      actorName: change.actor_name,
    })),
  };
}
