import { z } from 'zod';
import { roles } from '../../platform/auth/access.js';
import { isoDate, isoDateTime } from '../../platform/http/dates.js';

export const unitTypes = [
  'province',
  'district',
  'commune',
  'ward',
  'special_zone',
  'village',
  'department',
  'service_centre',
] as const;
export const UnitType = z.enum(unitTypes);
export type UnitType = z.infer<typeof UnitType>;

export const successionKinds = ['merge', 'split', 'rename', 'boundary_adjust', 'dissolve', 'continue'] as const;

/** Which unit types may sit directly under which: the tree's shape rules. */
export const allowedParents: Record<UnitType, readonly (UnitType | null)[]> = {
  province: [null],
  district: ['province'],
  commune: ['province', 'district'],
  ward: ['province', 'district'],
  special_zone: ['province', 'district'],
  village: ['commune', 'ward', 'special_zone'],
  department: ['province', 'district', 'commune', 'ward', 'special_zone', 'department'],
  service_centre: ['province', 'district', 'commune', 'ward', 'special_zone', 'department'],
};

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore');
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const UnitInput = z.object({
  code,
  name: z.string().trim().min(1).max(200),
  type: UnitType,
  designation: optionalText(60),
  parentId: z.uuid().nullish(),
  validFrom: isoDate.nullish(),
  validTo: isoDate.nullish(),
  legalBasis: optionalText(500),
  address: optionalText(300),
});
export type UnitInput = z.infer<typeof UnitInput>;

export const UnitPatch = UnitInput.partial();
export type UnitPatch = z.infer<typeof UnitPatch>;

export const Unit = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  designation: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  depth: z.number(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  legalBasis: z.string().nullable(),
  address: z.string().nullable(),
  version: z.number(),
  childCount: z.number(),
});
export type Unit = z.infer<typeof Unit>;

export const Succession = z.object({
  unitId: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  share: z.string(),
  effectiveDate: z.string(),
});

export const UnitDetail = Unit.extend({ predecessors: z.array(Succession), successors: z.array(Succession) });

export const UnitListQuery = z.object({
  q: z.string().max(200).optional(),
  type: UnitType.optional(),
  parentId: z.uuid().optional(),
  status: z.enum(['current', 'retired', 'all']).default('current'),
  at: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const UnitImportRequest = z.object({
  format: z.enum(['csv', 'json']),
  content: z.string().min(1).max(20 * 1024 * 1024),
  dryRun: z.boolean().default(false),
});

export const Role = z.enum(roles);

export const RoleAssignmentInput = z.object({ role: Role, unitId: z.uuid().nullable() });

export const RoleAssignment = z.object({
  id: z.uuid(),
  role: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
});

const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/i, 'letters without diacritics, digits, dot, dash or underscore');
const phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, 'a Vietnamese phone number, e.g. 0912345678')
  .nullish();

export const StaffInput = z.object({
  username,
  fullName: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(256),
  email: z.email().nullish(),
  phone,
  title: optionalText(120),
  unitId: z.uuid().nullish(),
  roles: z.array(RoleAssignmentInput).max(20).default([]),
});

export const StaffPatch = z.object({
  fullName: z.string().trim().min(1).max(120).optional(),
  email: z.email().nullish(),
  phone,
  title: optionalText(120),
  unitId: z.uuid().nullish(),
  isActive: z.boolean().optional(),
});
export type StaffPatch = z.infer<typeof StaffPatch>;

export const Staff = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  version: z.number(),
  roles: z.array(RoleAssignment),
});
export type Staff = z.infer<typeof Staff>;

export const StaffListQuery = z.object({
  q: z.string().max(200).optional(),
  unitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type StaffListQuery = z.infer<typeof StaffListQuery>;

export const UnitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  unit: UnitRef.nullable(),
  roles: z.array(z.object({ id: z.uuid(), role: z.string(), unit: UnitRef.nullable() })),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

export const ApiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: Role,
  unitId: z.uuid().nullable(),
  expiresAt: isoDateTime.nullish(),
});
export type ApiTokenInput = z.infer<typeof ApiTokenInput>;

export const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  role: z.string(),
  unitId: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
