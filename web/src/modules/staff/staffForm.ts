import { toUnitId } from '../units/unitOptions';
import type { Role } from '@contracts/auth';
import type { Staff, StaffInput, StaffPatch } from '@contracts/org';

export type StaffCreateValues = {
  username: string;
  fullName: string;
  password: string;
  email?: string;
  phone?: string;
  title?: string;
  unitId?: string;
  role?: Role;
  roleUnitId?: string;
};

export type StaffProfileValues = { fullName: string; email?: string; phone?: string; title?: string; unitId?: string };

/** Server field names of the create body mapped onto the create form's fields. */
export const createFieldMap: Record<string, string> = {
  'roles.0.role': 'role',
  'roles[0].role': 'role',
  'roles.0.unitId': 'roleUnitId',
  'roles[0].unitId': 'roleUnitId',
  roles: 'role',
};

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function toCreateInput(values: StaffCreateValues): StaffInput {
  const input: StaffInput = {
    username: values.username.trim(),
    fullName: values.fullName.trim(),
    password: values.password,
    roles: [],
  };
  const email = optional(values.email);
  const phone = optional(values.phone);
  const title = optional(values.title);
  if (email) input.email = email;
  if (phone) input.phone = phone;
  if (title) input.title = title;
  if (values.unitId) input.unitId = values.unitId;
  if (values.role) input.roles = [{ role: values.role, unitId: toUnitId(values.roleUnitId) }];
  return input;
}

export function toProfileValues(staff: Staff): StaffProfileValues {
  return {
    fullName: staff.fullName,
    email: staff.email ?? '',
    phone: staff.phone ?? '',
    title: staff.title ?? '',
    unitId: staff.unitId ?? undefined,
  };
}

/** Only what changed; emptied texts become null. */
export function toProfileChanges(staff: Staff, values: StaffProfileValues): StaffPatch {
  const changes: StaffPatch = {};
  if (values.fullName.trim() !== staff.fullName) changes.fullName = values.fullName.trim();
  for (const key of ['email', 'phone', 'title'] as const) {
    const next = optional(values[key]) ?? null;
    if (next !== staff[key]) changes[key] = next;
  }
  const unitId = values.unitId ?? null;
  if (unitId !== staff.unitId) changes.unitId = unitId;
  return changes;
}
