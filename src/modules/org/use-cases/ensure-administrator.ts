import { count } from 'drizzle-orm';
import { accounts } from '../../../platform/auth/auth.tables.js';
import { insertAccount } from '../../../platform/auth/accounts.js';
import { randomPassword } from '../../../platform/auth/secrets.js';
import { runCommand, systemContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { roleAssignments, staff } from '../org.tables.js';

/**
 * On the first start of an empty database, creates the administrator `admin` with the
 * password from MOTCUA_ADMIN_PASSWORD, or a random one that is returned to be printed once.
 */
export async function ensureAdministrator(
  db: Db,
  options: { password?: string | undefined },
): Promise<{ created: false } | { created: true; username: string; password: string; isGenerated: boolean }> {
  const [existing] = await db.select({ value: count() }).from(accounts);
  if ((existing?.value ?? 0) > 0) return { created: false };
  const password = options.password ?? randomPassword();
  await runCommand(db, systemContext('first-start'), async (tx, audit) => {
    const account = await insertAccount(tx, { username: 'admin', password, mustChangePassword: options.password === undefined });
    await tx.insert(staff).values({ id: account.id, fullName: 'Quản trị hệ thống' });
    await tx.insert(roleAssignments).values({ staffId: account.id, role: 'administrator', unitId: null });
    audit.record({
      action: 'staff.create',
      entity: 'staff',
      entityId: account.id,
      after: { username: 'admin', roles: [{ role: 'administrator', unitId: null }] },
    });
  });
  return { created: true, username: 'admin', password, isGenerated: options.password === undefined };
}
