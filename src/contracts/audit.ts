/**
 * The audit-log contract shared by the server (routes, OpenAPI) and the officer app: the
 * filters of the log, its rows, and the check of its hash chain.
 */
import { z } from 'zod';
import { isoDate } from '../platform/http/dates.js';
import { PageQuery } from '../platform/http/pagination.js';

export const AuditQuery = PageQuery.extend({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One row of the log: who did what to which record, and the fields it changed (before and after). */
export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  /** The actor's full name when the actor is a staff member (else null: a token, the system, a citizen). */
  actorFullName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  clientAddress: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  rows: z.number(),
  brokenAt: z.number().optional(),
  reason: z.string().optional(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
