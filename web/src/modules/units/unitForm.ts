import type { Unit, UnitInput, UnitPatch, UnitType } from '@contracts/org';

/** What the unit forms hold; optional texts are '' or undefined when left empty. */
export type UnitFormValues = {
  code: string;
  name: string;
  type: UnitType;
  designation?: string;
  parentId?: string;
  validFrom?: string;
  validTo?: string;
  legalBasis?: string;
  address?: string;
  agencyName?: string;
  agencyIdentifier?: string;
  placeName?: string;
  headTitle?: string;
};

const optionalKeys = [
  'designation',
  'parentId',
  'validFrom',
  'validTo',
  'legalBasis',
  'address',
  'agencyName',
  'agencyIdentifier',
  'placeName',
  'headTitle',
] as const;

function clean(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The create body: empty optional fields are left out. */
export function toCreateInput(values: UnitFormValues): UnitInput {
  const input: UnitInput = { code: values.code.trim(), name: values.name.trim(), type: values.type };
  for (const key of optionalKeys) {
    const value = clean(values[key]);
    if (value !== null) input[key] = value;
  }
  return input;
}

export function toFormValues(unit: Unit): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    designation: unit.designation ?? '',
    parentId: unit.parentId ?? undefined,
    validFrom: unit.validFrom ?? '',
    validTo: unit.validTo ?? '',
    legalBasis: unit.legalBasis ?? '',
    address: unit.address ?? '',
    agencyName: unit.agencyName ?? '',
    agencyIdentifier: unit.agencyIdentifier ?? '',
    placeName: unit.placeName ?? '',
    headTitle: unit.headTitle ?? '',
  };
}

/** The PATCH body: only the fields that differ from the stored unit; emptied fields become null. */
export function toChanges(unit: Unit, values: UnitFormValues): UnitPatch {
  const changes: UnitPatch = {};
  if (values.code.trim() !== unit.code) changes.code = values.code.trim();
  if (values.name.trim() !== unit.name) changes.name = values.name.trim();
  if (values.type !== unit.type) changes.type = values.type;
  for (const key of optionalKeys) {
    const next = clean(values[key]);
    if (next !== (unit[key] ?? null)) changes[key] = next;
  }
  return changes;
}
