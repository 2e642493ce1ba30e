import crypto from 'node:crypto';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission } from '../org.policy.js';
import type { Unit, UnitInput } from '../../../contracts/org.js';
import { units } from '../org.tables.js';
import { childPath, getUnit, getUnitRow, isCodeTaken, requireFreeAgencyIdentifier } from '../units.repository.js';
import { checkUnitShape } from '../unit-rules.js';

export async function createUnit(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: UnitInput,
): Promise<Unit> {
  const parentId = input.parentId ?? null;
  await deps.access.require(principal, OrgPermission['units.manage'], parentId);
  return runCommand(deps.db, context, async (tx, audit) => {
    const parent = parentId ? await getUnitRow(tx, parentId) : null;
    const errors = checkUnitShape(input, parent?.type ?? null);
    if (errors.length > 0) throw validationError(errors);
    if (await isCodeTaken(tx, input.code, input.validFrom ?? null)) {
      throw new DomainError(OrgError.UNIT_CODE_TAKEN, { code: input.code }, [
        { field: 'code', code: 'taken', message: { vi: 'Mã đơn vị đã tồn tại.', en: 'Code already in use.' } },
      ]);
    }
    const id = crypto.randomUUID();
    const row = {
      id,
      code: input.code,
      name: input.name,
      type: input.type,
      designation: input.designation ?? null,
      parentId,
      path: childPath(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      legalBasis: input.legalBasis ?? null,
      address: input.address ?? null,
      agencyName: input.agencyName ?? null,
      agencyIdentifier: input.agencyIdentifier ?? null,
      placeName: input.placeName ?? null,
      headTitle: input.headTitle ?? null,
    };
    await requireFreeAgencyIdentifier(tx, row.agencyIdentifier, row.validFrom);
    await tx.insert(units).values(row);
    const { path: _path, depth: _depth, ...visible } = row;
    audit.record({ action: 'unit.create', entity: 'unit', entityId: id, after: visible });
    return getUnit(tx, id);
  });
}
