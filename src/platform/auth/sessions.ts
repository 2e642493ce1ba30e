import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../db/types.js';
import { accounts, apiTokens, sessions } from './auth.tables.js';
import type { Principal } from './principal.js';
import { randomToken, sha256 } from './secrets.js';

export const sessionCookieName = 'motcua_session';
export const apiTokenPrefix = 'mc_';

export type NewSession = { token: string; csrfToken: string; expiresAt: Date; sessionId: string };

export async function createSession(
  db: Queryable,
  input: { accountId: string; ttlHours: number; clientAddress?: string | undefined; userAgent?: string | undefined },
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: sha256(token),
      accountId: input.accountId,
      csrfToken,
      expiresAt,
      clientAddress: input.clientAddress ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  return { token, csrfToken, expiresAt, sessionId: row!.id };
}

/** Resolves a session cookie to its principal; slides the expiry at most once a minute. */
export async function resolveSession(db: Db, token: string, ttlHours: number): Promise<Principal | undefined> {
  const now = new Date();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      accountId: accounts.id,
      username: accounts.username,
      disabledAt: accounts.disabledAt,
      mustChangePassword: accounts.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || row.disabledAt) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) })
      .where(eq(sessions.id, row.sessionId));
  }
  return {
    kind: 'session',
    accountId: row.accountId,
    username: row.username,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword === 1,
  };
}

export async function deleteSession(db: Queryable, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOf(db: Queryable, accountId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.accountId, accountId), sql`${sessions.id} <> ${exceptSessionId}`)
        : eq(sessions.accountId, accountId),
    );
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export type NewApiToken = { id: string; token: string; prefix: string };

export async function insertApiToken(
  db: Queryable,
  input: { name: string; role: string; unitId: string | null; createdBy: string | null; expiresAt: Date | null },
): Promise<NewApiToken> {
  const token = `${apiTokenPrefix}${randomToken()}`;
  const prefix = token.slice(0, 10);
  const [row] = await db
    .insert(apiTokens)
    .values({ ...input, tokenHash: sha256(token), prefix })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token, prefix };
}

export async function resolveApiToken(db: Db, token: string): Promise<Principal | undefined> {
  const now = new Date();
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { kind: 'token', tokenId: row.id, tokenName: row.name, role: row.role, unitId: row.unitId };
}
