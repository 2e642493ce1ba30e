/**
 * "Q1 as issued" against "Q1 as of now": each figure of a signed report next to the same figure
 * computed today, and the audit entries recorded at the report's units since it was signed.
 */
import { sql } from 'drizzle-orm';
import type { ReportComparison } from '../../../contracts/report-documents.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { auditLog } from '../../../platform/audit/audit.tables.js';
import { rowsOf, type Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { lineageScopeUnitIds } from '../../org/index.js';
import { computeFigures } from '../figures/compute.js';
import { figureDefinition, isFigureId } from '../figures/registry.js';
import { ReportPermission } from '../reports.policy.js';
import { getRunRow } from '../reports.repository.js';
import { ReportError } from '../reports.errors.js';

type Deps = { db: Db; access: AccessPolicy };

export async function compareReport(deps: Deps, principal: Principal, id: string, now = new Date()): Promise<ReportComparison> {
  const { db } = deps;
  const row = await getRunRow(db, id);
  await deps.access.require(principal, ReportPermission['reports.read'], row.unitId);
  if (!row.content || !row.signedAt) throw new DomainError(ReportError.RUN_NOT_SIGNED);
  const current = await computeFigures(db, { unitId: row.unitId, from: row.period.from, to: row.period.to }, now);
  const ids = sql`select s.id::text from (${lineageScopeUnitIds(row.unitId)}) s`;
  const signedAt = new Date(Date.parse(row.signedAt)).toISOString();
  // Records of the report's units changed after the signature: entries naming one of its units.
  const changes = rowsOf<{ at: string; action: string; entity: string; entity_id: string | null; actor_name: string }>(
    await db.execute(sql`select ${auditLog.at} as at, ${auditLog.action} as action, ${auditLog.entity} as entity,
        ${auditLog.entityId} as entity_id, ${auditLog.actorName} as actor_name
      from ${auditLog}
      where ${auditLog.at} > ${signedAt} and ${auditLog.action} not like 'reports.%'
        and (${auditLog.after}->>'unitId' in (${ids}) or ${auditLog.before}->>'unitId' in (${ids}) or ${auditLog.entityId} in (${ids}))
      order by ${auditLog.seq} desc limit 200`),
  );
  return {
    runId: row.id,
    signedAt,
    figures: row.content.figures
      .filter((figure) => isFigureId(figure.id))
      .map((figure) => {
        const nowValue = current.values[figure.id] ?? null;
        return {
          id: figure.id,
          labelVi: figureDefinition(figure.id).labelVi,
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
