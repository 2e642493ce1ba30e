import { eq, sql } from 'drizzle-orm';
import { runCommand, type CommandContext } from '../audit/audit.js';
import { DomainError } from '../errors/errors.js';
import type { Db, Queryable } from '../db/types.js';
import { AuthError } from './auth.errors.js';
import { accounts } from './auth.tables.js';
import { assertPasswordStrength, hashPassword, verifyPassword } from './passwords.js';
import { createSession, deleteSession, deleteSessionsOf, type NewSession } from './sessions.js';

export type Account = typeof accounts.$inferSelect;

export async function findAccountByUsername(db: Queryable, username: string): Promise<Account | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.username}) = lower(${username})`)
    .limit(1);
  return row;
}

export async function getAccount(db: Queryable, id: string): Promise<Account> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!row) throw new Error(`account ${id} not found`);
  return row;
}

/** Creates a sign-in account inside the caller's transaction. */
export async function insertAccount(
  tx: Queryable,
  input: { username: string; password?: string | undefined; mustChangePassword?: boolean; oidcSubject?: string },
): Promise<Account> {
  if (await findAccountByUsername(tx, input.username)) {
    throw new DomainError(AuthError.USERNAME_TAKEN, { username: input.username }, [
      { field: 'username', code: 'taken', message: { vi: 'Tên đăng nhập đã tồn tại.', en: 'Username already taken.' } },
    ]);
  }
  if (input.password !== undefined) assertPasswordStrength(input.password, input.username);
  const [row] = await tx
    .insert(accounts)
    .values({
      username: input.username,
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword ? 1 : 0,
      oidcSubject: input.oidcSubject ?? null,
      passwordChangedAt: input.password === undefined ? null : new Date(),
    })
    .returning();
  return row!;
}

export type SignInInput = {
  username: string;
  password: string;
  ttlHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  clientAddress?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
};

/** Checks a password, counting failures and locking the account after too many. */
export async function signIn(db: Db, input: SignInInput): Promise<{ account: Account; session: NewSession }> {
  const account = await findAccountByUsername(db, input.username);
  const now = new Date();
  const context: CommandContext = {
    actor: { id: account?.id ?? null, name: account?.username ?? input.username.slice(0, 100) },
    requestId: input.requestId,
    clientAddress: input.clientAddress,
  };
  if (account?.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError(AuthError.ACCOUNT_LOCKED, { minutes });
  }
  const isValid = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !isValid) {
    if (account) await recordFailure(db, account, input, context);
    throw new DomainError(AuthError.INVALID_CREDENTIALS);
  }
  if (account.disabledAt) throw new DomainError(AuthError.ACCOUNT_DISABLED);
  const session = await runCommand(db, context, async (tx, audit) => {
    await tx.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    const created = await createSession(tx, {
      accountId: account.id,
      ttlHours: input.ttlHours,
      clientAddress: input.clientAddress,
      userAgent: input.userAgent,
    });
    audit.record({ action: 'auth.sign_in', entity: 'session', entityId: created.sessionId, after: { accountId: account.id } });
    return created;
  });
  return { account, session };
}

async function recordFailure(db: Db, account: Account, input: SignInInput, context: CommandContext): Promise<void> {
  await runCommand(db, context, async (tx, audit) => {
    const [row] = await tx
      .update(accounts)
      .set({ failedAttempts: sql`${accounts.failedAttempts} + 1` })
      .where(eq(accounts.id, account.id))
      .returning({ failedAttempts: accounts.failedAttempts });
    if ((row?.failedAttempts ?? 0) >= input.lockoutThreshold) {
      const lockedUntil = new Date(Date.now() + input.lockoutMinutes * 60_000);
      await tx.update(accounts).set({ failedAttempts: 0, lockedUntil }).where(eq(accounts.id, account.id));
      audit.record({
        action: 'auth.account_locked',
        entity: 'account',
        entityId: account.id,
        after: { lockedUntil: lockedUntil.toISOString() },
      });
    }
  });
}

/** Ends a session. */
export async function signOut(db: Db, context: CommandContext, sessionId: string): Promise<void> {
  await runCommand(db, context, async (tx, audit) => {
    await deleteSession(tx, sessionId);
    audit.record({ action: 'auth.sign_out', entity: 'session', entityId: sessionId });
  });
}

/** A person changes their own password; other sessions of the account end. */
export async function changeOwnPassword(
  db: Db,
  context: CommandContext,
  input: { accountId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await getAccount(db, input.accountId);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new DomainError(AuthError.WRONG_CURRENT_PASSWORD, {}, [
      { field: 'currentPassword', code: 'wrong', message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'Wrong current password.' } },
    ]);
  }
  assertPasswordStrength(input.newPassword, account.username, 'newPassword');
  // A temporary password is known to the administrator who set it: it cannot become the real one.
  if (input.newPassword === input.currentPassword) {
    throw new DomainError(AuthError.PASSWORD_UNCHANGED, {}, [
      {
        field: 'newPassword',
        code: 'unchanged',
        message: { vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.', en: 'The new password must differ from the current one.' },
      },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await runCommand(db, context, async (tx, audit) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: 0, passwordChangedAt: new Date() })
      .where(eq(accounts.id, account.id));
    await deleteSessionsOf(tx, account.id, input.sessionId);
    audit.record({ action: 'auth.password_changed', entity: 'account', entityId: account.id });
  });
}

/** An administrator sets a temporary password inside the caller's command; the person changes it at next sign-in. */
export async function resetPassword(tx: Queryable, input: { accountId: string; newPassword: string }): Promise<void> {
  const account = await getAccount(tx, input.accountId);
  assertPasswordStrength(input.newPassword, account.username, 'newPassword');
  await tx
    .update(accounts)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: 1,
      failedAttempts: 0,
      lockedUntil: null,
      passwordChangedAt: new Date(),
    })
    .where(eq(accounts.id, input.accountId));
  await deleteSessionsOf(tx, input.accountId);
}

export async function setAccountDisabled(tx: Queryable, accountId: string, isDisabled: boolean): Promise<void> {
  await tx
    .update(accounts)
    .set({ disabledAt: isDisabled ? new Date() : null })
    .where(eq(accounts.id, accountId));
  if (isDisabled) await deleteSessionsOf(tx, accountId);
}
