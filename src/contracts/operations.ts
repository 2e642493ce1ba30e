/**
 * The operations contract: readiness with the state of each outside service, the server's backups,
 * and the outgoing messages that did not go out (for an administrator to send again).
 */
import { z } from 'zod';
import { PageQuery } from '../platform/http/pagination.js';

export const ChannelHealth = z.object({
  /** off: not configured; failing: the last attempt failed or due messages wait too long. */
  state: z.enum(['ok', 'failing', 'off']),
  pending: z.number().int(),
  oldestPendingMinutes: z.number().nullable(),
  /** Messages given up (failed) or of unknown fate (uncertain), waiting for an administrator. */
  stuck: z.number().int(),
});
export type ChannelHealth = z.infer<typeof ChannelHealth>;

export const Readiness = z.object({
  /** ready: everything answers; degraded: the platform serves, but an outside service or the backups need attention. */
  status: z.enum(['ready', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  checks: z.object({
    database: z.object({ state: z.literal('ok') }),
    email: ChannelHealth,
    sms: ChannelHealth,
    files: z.object({ state: z.enum(['ok', 'failing']), store: z.enum(['local', 's3']) }),
    backup: z.object({
      state: z.enum(['ok', 'overdue', 'off']),
      lastAt: z.string().nullable(),
      bytes: z.number().nullable(),
      ageHours: z.number().nullable(),
    }),
  }),
});
export type Readiness = z.infer<typeof Readiness>;

export const BackupFile = z.object({ name: z.string(), bytes: z.number(), createdAt: z.string() });

export const BackupStatusView = z.object({
  schedule: z.object({ dir: z.string(), dailyAt: z.string().nullable(), keep: z.number() }),
  running: z.boolean(),
  last: BackupFile.nullable(),
  lastFailure: z.object({ at: z.string(), reason: z.string() }).nullable(),
  ageHours: z.number().nullable(),
  isOverdue: z.boolean(),
});

export const OperationsView = z.object({
  readiness: Readiness,
  backup: BackupStatusView,
  backups: z.array(BackupFile),
});
export type OperationsView = z.infer<typeof OperationsView>;

export const OutboxStatusFilter = z.enum(['stuck', 'failed', 'uncertain', 'pending']);

export const OutboxQuery = PageQuery.extend({
  status: OutboxStatusFilter.default('stuck'),
  channel: z.enum(['email', 'sms']).optional(),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

/** A message as an administrator sees it: the recipient masked, the text not shown. */
export const OutboxMessageView = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  topic: z.string(),
  status: z.enum(['pending', 'sending', 'sent', 'failed', 'uncertain']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  nextAttemptAt: z.string(),
});
export type OutboxMessageView = z.infer<typeof OutboxMessageView>;

export const OutboxMessageParams = z.object({ id: z.uuid() });
