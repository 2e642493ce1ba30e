import { canonicalJson } from '../../platform/audit/audit.js';
import type { ProcedureInput } from '../../contracts/catalog.js';

export type FieldChange = { field: string; before: unknown; after: unknown };

/** The top-level fields whose values differ between two versions of a procedure's rules. */
export function diffProcedures(before: ProcedureInput, after: ProcedureInput): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof ProcedureInput)[];
  return keys
    .filter((key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null))
    .map((key) => ({ field: key, before: before[key] ?? null, after: after[key] ?? null }));
}
