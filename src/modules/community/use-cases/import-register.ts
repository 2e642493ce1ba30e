import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RegisterImportRequest } from '../../../contracts/community-imports.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { foldText } from '../../../platform/db/search.js';
import type { Db } from '../../../platform/db/types.js';
import { validationError, type FieldError } from '../../../platform/errors/errors.js';
import { isoDate } from '../../../platform/http/dates.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findUnit, selectChildUnitIdsOfType } from '../../org/index.js';
import { CommunityPermission } from '../community.policy.js';
import { householdsOn } from '../community.repository.js';
import { mediationTeams, mediators, villageHouseholds } from '../community.tables.js';
import { requireCommune } from '../democracy-checks.js';
import { readRegister, type SheetRow } from '../register-sheets.js';
import { isElected } from '../vote-rules.js';

const yesNo = z
  .string()
  .optional()
  .transform((value, context) => {
    const folded = foldText(value ?? '');
    if (['co', 'x', '1'].includes(folded)) return true;
    if (['khong', '', '0'].includes(folded)) return false;
    context.addIssue({ code: 'custom', message: 'Có / Không' });
    return z.NEVER;
  });
const HouseholdRow = z.object({
  asOf: isoDate,
  count: z.coerce.number().int().min(1).max(100_000),
  source: z.string().max(300).optional(),
});
const methods: Record<string, 'show_of_hands' | 'secret_ballot' | 'household_survey'> = {
  'bieu quyet': 'show_of_hands',
  'bieu quyet cong khai': 'show_of_hands',
  'bo phieu kin': 'secret_ballot',
  'lay y kien ho': 'household_survey',
  'lay y kien ho gia dinh': 'household_survey',
};
const MediatorRow = z.object({
  team: z.string().min(1).max(200),
  fullName: z.string().min(1).max(200),
  sex: z.string().transform((value, context) => {
    const folded = foldText(value);
    if (folded === 'nu') return 'female' as const;
    if (folded === 'nam') return 'male' as const;
    context.addIssue({ code: 'custom', message: 'Nam / Nữ' });
    return z.NEVER;
  }),
  ethnicity: z.string().min(1).max(50),
  isEthnicMinority: yesNo,
  isLeader: yesNo,
  electedOn: isoDate,
  method: z.string().transform((value, context) => {
    const method = methods[foldText(value)];
    if (!method) context.addIssue({ code: 'custom', message: 'Biểu quyết / Bỏ phiếu kín / Lấy ý kiến hộ' });
    return method ?? z.NEVER;
  }),
  votesFor: z.coerce.number().int().min(0).max(100_000),
  recognitionRef: z.string().max(100).optional(),
});

type Deps = { db: Db; access: AccessPolicy };
const rowError = (row: SheetRow, column: string, vi: string, en: string): FieldError => ({
  field: `${row.label}.${column}`,
  in: 'body',
  code: 'invalid_row',
  message: { vi: `Dòng ${row.row}, cột ${column}: ${vi}`, en: `Row ${row.row}, column ${column}: ${en}` },
});
const blankToUndefined = (cells: Record<string, string>) =>
  Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === '' ? undefined : v]));

/**
 * Brings a commune's paper register in from XLSX: each row is checked (its village among the
 * commune's, its values, a mediator elected by more than half of the village's households on the
 * day); one wrong row and nothing is written, every error naming its row and column.
 */
export async function importRegister(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: z.infer<typeof RegisterImportRequest>,
  now = new Date(),
) {
  const { db, access } = deps;
  await access.require(principal, CommunityPermission['community.manage'], input.unitId);
  await requireCommune(db, input.unitId);
  const { rows, errors } = await readRegister(input.register, Buffer.from(input.content, 'base64'));
  if (errors.length > 0) throw validationError(errors);
  const villageIds = await selectChildUnitIdsOfType(db, input.unitId, 'village', '9999-12-31');
  const villages = await Promise.all(villageIds.map((id) => findUnit(db, id)));
  const villageOf = (row: SheetRow): string | undefined => {
    const wanted = foldText(row.cells.village ?? '');
    return villages.find((unit) => unit && (unit.code === row.cells.village || foldText(unit.name) === wanted))?.id;
  };
  const households: { unitId: string; asOf: string; count: number; source: string | null }[] = [];
  const people: { unitId: string; team: string; value: z.infer<typeof MediatorRow>; households: number }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const unitId = villageOf(row);
    if (!unitId) {
      errors.push(rowError(row, 'village', 'không phải thôn của xã.', 'not a village of the commune.'));
      continue;
    }
    const parsed = (input.register === 'households' ? HouseholdRow : MediatorRow).safeParse(blankToUndefined(row.cells));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(rowError(row, String(issue.path[0] ?? 'row'), issue.message, issue.message));
      continue;
    }
    if (input.register === 'households') {
      const value = parsed.data as z.infer<typeof HouseholdRow>;
      const key = `${unitId}|${value.asOf}`;
      if (seen.has(key))
        errors.push(rowError(row, 'asOf', 'trùng thôn và ngày với dòng trước.', 'repeats an earlier row’s village and day.'));
      seen.add(key);
      if (value.asOf > todayInVietnam(now)) errors.push(rowError(row, 'asOf', 'chưa đến ngày này.', 'not yet.'));
      households.push({ unitId, asOf: value.asOf, count: value.count, source: value.source ?? null });
    } else {
      const value = parsed.data as z.infer<typeof MediatorRow>;
      const count = await householdsOn(db, unitId, value.electedOn);
      if (count === undefined) {
        errors.push(
          rowError(row, 'electedOn', 'chưa có số hộ của thôn tại ngày bầu.', 'the village’s households on that day are not recorded.'),
        );
      } else if (value.votesFor > count) {
        errors.push(rowError(row, 'votesFor', `nhiều hơn ${count} hộ của thôn.`, `more than the village’s ${count} households.`));
      } else if (!isElected(value.votesFor, count)) {
        errors.push(rowError(row, 'votesFor', `cần trên một nửa của ${count} hộ.`, `more than half of the ${count} households is needed.`));
      }
      if (value.electedOn > todayInVietnam(now)) errors.push(rowError(row, 'electedOn', 'chưa đến ngày này.', 'not yet.'));
      people.push({ unitId, team: value.team, value, households: count ?? 0 });
    }
  }
  if (errors.length > 0) throw validationError(errors);
  const imported = input.register === 'households' ? households.length : people.length;
  let skipped = 0;
  if (!input.dryRun) {
    await runCommand(db, context, async (tx, audit) => {
      for (const row of households) {
        await tx
          .insert(villageHouseholds)
          .values(row)
          .onConflictDoUpdate({
            target: [villageHouseholds.unitId, villageHouseholds.asOf],
            set: { count: row.count, source: row.source },
          });
      }
      const teams = new Map<string, string>();
      skipped = 0;
      // The register's order is kept: each mediator's entry a millisecond after the one above it.
      const start = Date.now();
      for (const [index, person] of people.entries()) {
        const key = `${person.unitId}|${foldText(person.team)}`;
        let teamId = teams.get(key);
        if (!teamId) {
          const villageTeams = await tx
            .select({ id: mediationTeams.id, name: mediationTeams.name })
            .from(mediationTeams)
            .where(eq(mediationTeams.unitId, person.unitId));
          const existing = villageTeams.find((team) => foldText(team.name) === foldText(person.team));
          teamId =
            existing?.id ??
            (
              await tx
                .insert(mediationTeams)
                .values({ unitId: person.unitId, name: person.team, establishedOn: person.value.electedOn, requiresEthnicMinority: false })
                .returning({ id: mediationTeams.id })
            )[0]!.id;
          teams.set(key, teamId);
        }
        const { team: _team, recognitionRef, ...mediator } = person.value;
        // A register brought in twice adds no one twice: the same name elected the same day is already on the team.
        const onTeam = await tx
          .select({ fullName: mediators.fullName })
          .from(mediators)
          .where(and(eq(mediators.teamId, teamId), eq(mediators.electedOn, mediator.electedOn)));
        if (onTeam.some((m) => foldText(m.fullName) === foldText(mediator.fullName))) {
          skipped += 1;
          continue;
        }
        await tx.insert(mediators).values({
          ...mediator,
          teamId,
          householdsAtElection: person.households,
          recognitionRef: recognitionRef ?? null,
          createdAt: new Date(start + index).toISOString(),
        });
      }
      audit.record({
        action: 'community.register_import',
        entity: 'unit',
        entityId: input.unitId,
        after: { register: input.register, imported },
      });
    });
  }
  return { register: input.register, rows: rows.length, imported: input.dryRun ? 0 : imported - skipped, dryRun: input.dryRun };
}
