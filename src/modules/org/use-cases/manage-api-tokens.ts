import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import { apiTokens } from '../../../platform/auth/auth.tables.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { insertApiToken } from '../../../platform/auth/sessions.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { OrgError } from '../org.errors.js';
import { OrgPermission } from '../org.policy.js';
import type { ApiToken, ApiTokenInput } from '../../../contracts/org.js';
import { getUnitRow } from '../units.repository.js';

type Deps = { db: Db; access: AccessPolicy };

const present = (row: typeof apiTokens.$inferSelect): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  role: row.role,
  unitId: row.unitId,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** The integration tokens in my reach (all of them deployment-wide), newest first. */
export async function listApiTokens(deps: Deps, principal: Principal): Promise<ApiToken[]> {
  const isGlobal = await deps.access.can(principal, OrgPermission['tokens.manage'], null);
  if (!isGlobal) await deps.access.requireSomewhere(principal, OrgPermission['tokens.manage']);
  const scope = isGlobal ? undefined : deps.access.unitScope(principal, OrgPermission['tokens.manage'], apiTokens.unitId);
  const rows = await deps.db.select().from(apiTokens).where(scope).orderBy(desc(apiTokens.createdAt)).limit(500);
  return rows.map(present);
}

/** A token for one role at one unit (never beyond my reach); its secret is returned once, only its hash is kept. */
export async function createApiToken(
  deps: Deps,
  principal: Extract<Principal, { kind: 'session' }>,
  context: CommandContext,
  input: ApiTokenInput,
): Promise<ApiToken & { token: string }> {
  await deps.access.require(principal, OrgPermission['tokens.manage'], input.unitId);
  return runCommand(deps.db, context, async (tx, audit) => {
    if (input.unitId) await getUnitRow(tx, input.unitId);
    const token = await insertApiToken(tx, {
      name: input.name,
      role: input.role,
      unitId: input.unitId,
      createdBy: principal.accountId,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    });
    audit.record({
      action: 'api_token.create',
      entity: 'api_token',
      entityId: token.id,
      after: { name: input.name, role: input.role, unitId: input.unitId, prefix: token.prefix },
    });
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    return { ...present(row!), token: token.token };
  });
}

export async function revokeApiToken(deps: Deps, principal: Principal, context: CommandContext, id: string): Promise<void> {
  await runCommand(deps.db, context, async (tx, audit) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
    if (!row) throw new DomainError(OrgError.API_TOKEN_NOT_FOUND);
    await deps.access.require(principal, OrgPermission['tokens.manage'], row.unitId, tx);
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, row.id));
    audit.record({ action: 'api_token.revoke', entity: 'api_token', entityId: row.id });
  });
}
