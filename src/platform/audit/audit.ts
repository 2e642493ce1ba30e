import crypto from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '../db/types.js';
import { auditLog } from './audit.tables.js';
import { markIdempotencyCommitted, type IdempotencyClaim } from '../idempotency/mark-committed.js';

/** Who acts: a staff member, an integration token, the system itself, or an anonymous citizen. */
export type Actor = { id: string | null; name: string };

/** Everything a command needs to know about who asked and how, for the audit row. */
export type CommandContext = {
  actor: Actor;
  requestId?: string | undefined;
  clientAddress?: string | undefined;
  /** The request's Idempotency-Key, marked committed in the command's transaction. */
  idempotency?: IdempotencyClaim | undefined;
};

export const systemContext = (what: string): CommandContext => ({ actor: { id: null, name: `system:${what}` } });

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Collects the audit entries of one command; they are written in the command's transaction. */
export class AuditTrail {
  readonly entries: AuditEntry[] = [];

  record(entry: AuditEntry): void {
    this.entries.push(entry);
  }

  /** Records only the fields of `after` whose values differ from `before`. */
  recordChange(entry: Omit<AuditEntry, 'before' | 'after'>, before: object, after: object): void {
    const changed = changedFields(before as Record<string, unknown>, after as Record<string, unknown>);
    if (changed) this.entries.push({ ...entry, ...changed });
  }
}

/**
 * Runs a command as one transaction: the state change, its audit rows (and, later, its
 * history events and outbox messages) commit together or not at all.
 */
export async function runCommand<T>(db: Db, context: CommandContext, command: (tx: Tx, audit: AuditTrail) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const audit = new AuditTrail();
    const result = await command(tx, audit);
    if (context.idempotency) await markIdempotencyCommitted(tx, context.idempotency);
    await appendAuditEntries(tx, context, audit.entries);
    return result;
  });
}

export const genesisHash = '0'.repeat(64);
const chainLockKey = 727_274_001;
/** Chains side by side: writers on different database connections rarely share one. */
export const AUDIT_LANES = 16;

/**
 * Appends entries to the log. The log is AUDIT_LANES hash chains interleaved in `seq` order; a
 * transaction writes to its connection's lane (the server process id modulo the lanes, so every
 * entry of one transaction goes to one lane and a transaction holds one lane's lock at most),
 * serialised within the lane by a transaction-scoped advisory lock, taken last. Within a lane the
 * order of `seq` is the order of the chain: the next writer reads the lane's head only once the
 * previous one has committed. verify-audit-chain.ts walks all lanes at once in `seq` order.
 */
export async function appendAuditEntries(tx: Tx, context: CommandContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const lane = sql.raw(`pg_backend_pid() % ${AUDIT_LANES}`);
  const locked = await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(chainLockKey))}, ${lane}), ${lane} as lane`);
  const laneNumber = Number(rowsOf<{ lane: number }>(locked)[0]!.lane);
  // A statement of its own: its snapshot is taken after the lock, so it sees the previous writer's commit.
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.lane, laneNumber))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let prevHash = last?.hash ?? genesisHash;
  const at = new Date().toISOString();
  const rows = entries.map((entry) => {
    const content: AuditContent = {
      at,
      actorId: context.actor.id,
      actorName: context.actor.name,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: normalise(entry.before),
      after: normalise(entry.after),
      requestId: context.requestId ?? null,
      clientAddress: context.clientAddress ?? null,
    };
    const hash = hashAuditRow(prevHash, content);
    const row = { ...content, prevHash, hash, lane: laneNumber };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditLog).values(rows);
}

export type AuditContent = {
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  clientAddress: string | null;
};

export function hashAuditRow(prevHash: string, content: AuditContent): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** JSON with object keys sorted at every depth, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const secretKey = /password|secret|token|hash/i;

function normalise(value: Record<string, unknown> | null | undefined): unknown {
  if (value === null || value === undefined) return null;
  const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    if (secretKey.test(key)) plain[key] = '[redacted]';
  }
  return plain;
}

export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | undefined {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'version') continue;
    if (canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return Object.keys(a).length > 0 ? { before: b, after: a } : undefined;
}
