import { eq } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type AuditTrail, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError, PlatformError, validationError } from '../../../platform/errors/errors.js';
import { CatalogError } from '../catalog.errors.js';
import { CatalogPermission } from '../catalog.policy.js';
import { getProcedureRow, getVersion, versionColumns, type ProcedureVersion } from '../catalog.repository.js';
import type { ProcedureInput } from '../../../contracts/catalog.js';
import { procedures, procedureVersions } from '../catalog.tables.js';
import { checkProcedureRules } from '../procedure-rules.js';
import { diffProcedures } from '../diff-procedures.js';

type Deps = { db: Db; access: AccessPolicy };

async function requireManager(deps: Deps, principal: Principal): Promise<void> {
  await deps.access.require(principal, CatalogPermission['catalog.manage'], null);
}

/** Creates a procedure with its first version. */
export async function createProcedure(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { effectiveFrom: string; procedure: ProcedureInput },
): Promise<ProcedureVersion> {
  await requireManager(deps, principal);
  const errors = checkProcedureRules(input.procedure);
  if (errors.length > 0) throw validationError(errors);
  return runCommand(deps.db, context, async (tx, audit) => {
    await insertProcedure(tx, audit, context, input);
    return getVersion(tx, input.procedure.code);
  });
}

export async function insertProcedure(
  tx: Queryable,
  audit: AuditTrail,
  context: CommandContext,
  input: { effectiveFrom: string; procedure: ProcedureInput; changeNote?: string | undefined },
): Promise<void> {
  const [created] = await tx
    .insert(procedures)
    .values({ code: input.procedure.code, latestVersion: 1 })
    .onConflictDoNothing()
    .returning({ id: procedures.id });
  if (!created) {
    throw new DomainError(CatalogError.PROCEDURE_CODE_TAKEN, { code: input.procedure.code }, [
      { field: 'code', code: 'taken', message: { vi: 'Mã thủ tục đã tồn tại.', en: 'Code already in use.' } },
    ]);
  }
  await tx.insert(procedureVersions).values({
    procedureId: created.id,
    version: 1,
    effectiveFrom: input.effectiveFrom,
    changeNote: input.changeNote ?? null,
    createdBy: context.actor.name,
    ...versionColumns(input.procedure),
  });
  audit.record({
    action: 'procedure.create',
    entity: 'procedure',
    entityId: input.procedure.code,
    after: { version: 1, effectiveFrom: input.effectiveFrom, name: input.procedure.name },
  });
}

/**
 * An edit makes a new version in force from its effective date (never before the previous
 * version's); dossiers received earlier keep the version they were received under.
 */
export async function reviseProcedure(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { code: string; expectedVersion: number; effectiveFrom: string; procedure: ProcedureInput; changeNote?: string | undefined },
): Promise<ProcedureVersion> {
  await requireManager(deps, principal);
  const errors = checkProcedureRules(input.procedure);
  if (input.procedure.code !== input.code) {
    errors.push({ field: 'code', code: 'immutable', message: { vi: 'Không đổi được mã thủ tục.', en: 'The code cannot change.' } });
  }
  if (errors.length > 0) throw validationError(errors);
  return runCommand(deps.db, context, async (tx, audit) => {
    const version = await appendVersion(tx, audit, context, input);
    return getVersion(tx, input.code, version);
  });
}

/** Adds a version inside the caller's command; returns its number. Without expectedVersion, no stale check. */
export async function appendVersion(
  tx: Queryable,
  audit: AuditTrail,
  context: CommandContext,
  input: {
    code: string;
    expectedVersion?: number | undefined;
    effectiveFrom: string;
    procedure: ProcedureInput;
    changeNote?: string | undefined;
  },
): Promise<number> {
  const procedure = await getProcedureRow(tx, input.code, { forUpdate: true });
  if (input.expectedVersion !== undefined && procedure.latestVersion !== input.expectedVersion) {
    throw new DomainError(PlatformError.VERSION_MISMATCH, { current: procedure.latestVersion });
  }
  const previous = await getVersion(tx, input.code, procedure.latestVersion);
  if (input.effectiveFrom < previous.effectiveFrom) {
    throw validationError([
      {
        field: 'effectiveFrom',
        code: 'before_previous',
        message: {
          vi: `Ngày hiệu lực không được trước ngày hiệu lực của phiên bản ${previous.version} (${previous.effectiveFrom}).`,
          en: `Must not be before version ${previous.version}'s effective date (${previous.effectiveFrom}).`,
        },
      },
    ]);
  }
  const version = procedure.latestVersion + 1;
  await tx.insert(procedureVersions).values({
    procedureId: procedure.id,
    version,
    effectiveFrom: input.effectiveFrom,
    changeNote: input.changeNote ?? null,
    createdBy: context.actor.name,
    ...versionColumns(input.procedure),
  });
  await tx.update(procedures).set({ latestVersion: version, updatedAt: new Date() }).where(eq(procedures.id, procedure.id));
  const changes = diffProcedures(previous.data, input.procedure);
  audit.record({
    action: 'procedure.revise',
    entity: 'procedure',
    entityId: input.code,
    before: { version: previous.version, ...Object.fromEntries(changes.map((change) => [change.field, change.before])) },
    after: { version, effectiveFrom: input.effectiveFrom, ...Object.fromEntries(changes.map((change) => [change.field, change.after])) },
  });
  return version;
}
