/**
 * The org contract shared by the server (routes, OpenAPI) and the officer app: units with their
 * history, staff with their roles, who I am, and integration tokens.
 */
import { z } from 'zod';
import { bilingual } from '../platform/i18n/locale.js';
import { isoDate, isoDateTime } from '../platform/http/dates.js';
import { Role } from './auth.js';

export const unitTypes = ['province', 'district', 'commune', 'ward', 'special_zone', 'village', 'department', 'service_centre'] as const;
export const UnitType = z.enum(unitTypes);
export type UnitType = z.infer<typeof UnitType>;

/** How a unit came from others at a reform (unit_successions.kind). */
export const successionKinds = ['merge', 'split', 'rename', 'boundary_adjust', 'dissolve', 'continue'] as const;
export type SuccessionKind = (typeof successionKinds)[number];
/** full: the whole old unit went in; partial: a part of it. */
export const successionShares = ['full', 'partial'] as const;
export type SuccessionShare = (typeof successionShares)[number];

/** Which units a list shows: valid on the day asked (current), no longer valid (retired), or all. */
export const unitStatuses = ['current', 'retired', 'all'] as const;
export type UnitStatus = (typeof unitStatuses)[number];

export const importFormats = ['csv', 'json'] as const;
export type UnitImportFormat = (typeof importFormats)[number];

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore');
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(20);

/**
 * An agency's identifier for electronic document exchange (QCVN 102:2016/BTTTT, Circular 10/2016/
 * TT-BTTTT): V1V2V3.Z1Z2.Y1Y2.MX1X2 — levels 4 to 2 in digits, then the level-1 code (a letter and
 * two digits, e.g. H36). The receiving agency's identifier begins every dossier code (NĐ 61/2018 art. 26).
 */
export const agencyIdentifierPattern = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const agencyIdentifier = z
  .string()
  .trim()
  .regex(
    agencyIdentifierPattern,
    bilingual({
      vi: 'Mã định danh theo QCVN 102:2016, dạng 000.00.31.H36.',
      en: 'An identifier as QCVN 102:2016 writes it, e.g. 000.00.31.H36.',
    }),
  );

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
  /** The agency acting for the unit: its full name, identifier, place name of its date lines and its head's title. */
  agencyName: optionalText(200),
  agencyIdentifier: agencyIdentifier.nullish(),
  placeName: optionalText(100),
  headTitle: optionalText(100),
});
export type UnitInput = z.infer<typeof UnitInput>;

export const UnitPatch = UnitInput.partial();
export type UnitPatch = z.infer<typeof UnitPatch>;

export const Unit = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: UnitType,
  designation: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  depth: z.number(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  legalBasis: z.string().nullable(),
  address: z.string().nullable(),
  agencyName: z.string().nullable(),
  agencyIdentifier: z.string().nullable(),
  placeName: z.string().nullable(),
  headTitle: z.string().nullable(),
  /** For a retired unit, the name of the unit that succeeded it ("old name (now: new name)"). */
  successorName: z.string().nullable(),
  version: z.number(),
  childCount: z.number(),
});
export type Unit = z.infer<typeof Unit>;

export const Succession = z.object({
  unitId: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(successionKinds),
  share: z.enum(successionShares),
  effectiveDate: z.string(),
});
export type Succession = z.infer<typeof Succession>;

export const UnitDetail = Unit.extend({ predecessors: z.array(Succession), successors: z.array(Succession) });

/** Units merged into this one from a date: they end the day before and are linked to it. */
export const UnitMergeInput = z.object({
  from: z.array(z.uuid()).min(1).max(20),
  effectiveDate: isoDate,
  legalBasis: optionalText(500),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitListQuery = z.object({
  q: z.string().max(200).optional(),
  type: UnitType.optional(),
  parentId: z.uuid().optional(),
  status: z.enum(unitStatuses).default('current'),
  at: isoDate.optional(),
  page,
  pageSize,
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

export const UnitImportRequest = z.object({
  format: z.enum(importFormats),
  content: z
    .string()
    .min(1)
    .max(20 * 1024 * 1024),
  dryRun: z.boolean().default(false),
});
export type UnitImportRequest = z.infer<typeof UnitImportRequest>;

export const UnitImportResult = z.object({ imported: z.number(), dryRun: z.boolean() });
export type UnitImportResult = z.infer<typeof UnitImportResult>;

/** A province of the national tables shipped with the platform, and whether this deployment has loaded it. */
export const ReferenceProvince = z.object({
  code: z.string(),
  name: z.string(),
  communes: z.number().int(),
  formerProvinces: z.number().int(),
  isLoaded: z.boolean(),
});
export type ReferenceProvince = z.infer<typeof ReferenceProvince>;

/** Load one province (by its code since 1 July 2025) or, without one, all 34; with history, the units before 1 July 2025 it came from. */
export const ReferenceImportRequest = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .nullable()
    .default(null),
  withHistory: z.boolean().default(true),
});
export type ReferenceImportRequest = z.infer<typeof ReferenceImportRequest>;

export const RoleAssignmentInput = z.object({ role: Role, unitId: z.uuid().nullable() });
export type RoleAssignmentInput = z.infer<typeof RoleAssignmentInput>;

export const RoleAssignment = z.object({
  id: z.uuid(),
  role: Role,
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/** GET /roles: the roles that can be assigned, with their labels. */
export const RoleList = z.object({ items: z.array(z.object({ role: Role, label: z.object({ vi: z.string(), en: z.string() }) })) });
export type RoleList = z.infer<typeof RoleList>;

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
export type StaffInput = z.infer<typeof StaffInput>;

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
  page,
  pageSize,
});
export type StaffListQuery = z.infer<typeof StaffListQuery>;

export const PasswordResetRequest = z.object({ newPassword: z.string().min(1).max(256) });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const UnitRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const Me = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  unit: UnitRef.nullable(),
  roles: z.array(z.object({ id: z.uuid(), role: Role, unit: UnitRef.nullable() })),
  /** The permission names (see `permissions` in the auth contract) held at some unit or deployment-wide. */
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

/** A token just created: the only time its secret is shown. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
