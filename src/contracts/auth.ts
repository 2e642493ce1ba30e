/**
 * The sign-in contract shared by the server and the officer app: the roles and their labels,
 * the permission names the modules declare, and the session requests and responses.
 */
import { z } from 'zod';
import type { Text } from '../platform/i18n/locale.js';

/** The roles of DESIGN.md; each is held at a unit and reaches that unit's whole subtree. */
export const roles = [
  'administrator',
  'supervisor',
  'leader',
  'counter_officer',
  'specialist',
  'reception_officer',
  'mobilisation_officer',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, Text> = {
  administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  supervisor: { vi: 'Giám sát, kiểm tra', en: 'Supervisor' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  counter_officer: { vi: 'Cán bộ một cửa', en: 'Counter officer' },
  specialist: { vi: 'Chuyên viên xử lý', en: 'Specialist' },
  reception_officer: { vi: 'Cán bộ tiếp công dân, thanh tra', en: 'Reception officer' },
  mobilisation_officer: { vi: 'Cán bộ dân vận, mặt trận', en: 'Mobilisation officer' },
};

/**
 * Every permission a module may declare (`definePermissions` accepts only these names), and the
 * ones the officer app asks about (`can`).
 */
export const permissions = [
  'units.read',
  'units.manage',
  'staff.read',
  'staff.manage',
  'tokens.manage',
  'audit.read',
  'operations.manage',
  'calendar.read',
  'calendar.manage',
  'catalog.read',
  'catalog.manage',
  'dossiers.read',
  'dossiers.receive',
  'dossiers.process',
  'dossiers.approve',
  'dossiers.return',
  'dossiers.counter_queue',
  'dossiers.step.counter_officer',
  'dossiers.step.specialist',
  'dossiers.step.leader',
  'ratings.read',
  'ratings.kiosk',
  'feedback.answer',
  'reports.read',
  'reports.write',
  'reports.sign',
  'petitions.read',
  'petitions.receive',
  'petitions.process',
  'petitions.settle',
  'petitions.clearance',
  'reception.read',
  'reception.record',
  'reception.host',
  'commitments.report',
  'community.read',
  'community.manage',
] as const;
export type Permission = (typeof permissions)[number];

export const SignInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionResponse = z.object({
  accountId: z.uuid(),
  username: z.string(),
  csrfToken: z.string(),
  mustChangePassword: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

/**
 * What the session probe answers anyone without an API token: whether this browser holds a session
 * (a visitor is simply not signed in, which is no error), and the deployment's name for the app's header.
 */
export const SessionState = z.discriminatedUnion('signedIn', [
  SessionResponse.extend({ signedIn: z.literal(true), deploymentName: z.string() }),
  z.object({ signedIn: z.literal(false), deploymentName: z.string() }),
]);
export type SessionState = z.infer<typeof SessionState>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
