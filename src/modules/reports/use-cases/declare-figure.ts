/**
 * Figures a unit declares: programme indicators and opening balances for the time before it used
 * the platform. Kept apart from counted figures, withdrawn rather than deleted (the audit keeps both).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { DeclarationInput } from '../../../contracts/report-runs.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { findStaffName, getUnitRow } from '../../org/index.js';
import { figureDefinition, isFigureId } from '../figures/registry.js';
import { ReportPermission } from '../reports.policy.js';
import { getDeclaration, getDeclarationRow } from '../reports.repository.js';
import { ReportError } from '../reports.errors.js';
import { reportDeclarations } from '../reports.tables.js';

type Deps = { db: Db; access: AccessPolicy };

export async function declareFigure(deps: Deps, principal: Principal, context: CommandContext, input: z.infer<typeof DeclarationInput>) {
  const { db, access } = deps;
  await getUnitRow(db, input.unitId);
  await access.require(principal, ReportPermission['reports.write'], input.unitId);
  if (input.kind === 'opening' && !isFigureId(input.figureId ?? ''))
    throw validationError([
      {
        field: 'figureId',
        in: 'body',
        code: 'unknown_figure',
        message: { vi: 'Không có số liệu này trong danh mục.', en: 'No such figure in the registry.' },
      },
    ]);
  const definition = input.kind === 'opening' ? figureDefinition(input.figureId ?? '') : null;
  if (definition && definition.kind !== 'count')
    throw validationError([
      {
        field: 'figureId',
        in: 'body',
        code: 'not_a_count',
        message: { vi: 'Chỉ kê khai số đếm, không kê khai tỷ lệ hay tổng.', en: 'Declare counts only, not rates or totals.' },
      },
    ]);
  if (input.denominator !== undefined && input.value > input.denominator)
    throw validationError([
      {
        field: 'value',
        in: 'body',
        code: 'above_denominator',
        message: { vi: 'Tử số lớn hơn mẫu số.', en: 'The value exceeds its denominator.' },
      },
    ]);
  const id = crypto.randomUUID();
  const declaredBy = (await findStaffName(db, context.actor.id)) ?? context.actor.name;
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(reportDeclarations).values({
      id,
      unitId: input.unitId,
      kind: input.kind,
      figureId: definition?.id ?? null,
      label: definition?.labelVi ?? input.label ?? '',
      value: input.value,
      denominator: input.denominator ?? null,
      unitWord: definition ? definition.unitWord : (input.unitWord ?? null),
      periodFrom: input.from,
      periodTo: input.to,
      source: input.source ?? null,
      declaredBy,
    });
    audit.record({
      action: 'reports.declare',
      entity: 'report_declaration',
      entityId: id,
      after: { kind: input.kind, figureId: definition?.id ?? null, value: input.value },
    });
  });
  return getDeclaration(db, id);
}

export async function withdrawDeclaration(deps: Deps, principal: Principal, context: CommandContext, id: string, now = new Date()) {
  const row = await getDeclarationRow(deps.db, id);
  await deps.access.require(principal, ReportPermission['reports.write'], row.unitId);
  await runCommand(deps.db, context, async (tx, audit) => {
    const updated = await tx
      .update(reportDeclarations)
      .set({ withdrawnAt: now.toISOString() })
      .where(and(eq(reportDeclarations.id, id), isNull(reportDeclarations.withdrawnAt)))
      .returning({ id: reportDeclarations.id });
    if (updated.length === 0) throw new DomainError(ReportError.DECLARATION_NOT_FOUND);
    audit.record({ action: 'reports.withdraw_declaration', entity: 'report_declaration', entityId: id });
  });
}
