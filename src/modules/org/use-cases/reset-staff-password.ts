import { resetPassword } from '../../../platform/auth/accounts.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';

import { requireAccountReach } from '../org.policy.js';
import { getStaffRow } from '../staff.repository.js';

/**
 * An administrator sets a temporary password; the person must change it at next sign-in. Only
 * someone who reaches every unit where the account holds a role may do it (mayManageAccount).
 */
export async function resetStaffPassword(
  deps: { db: Db },
  principal: Principal,
  context: CommandContext,
  input: { staffId: string; newPassword: string },
): Promise<void> {
  await runCommand(deps.db, context, async (tx, audit) => {
    const person = await getStaffRow(tx, input.staffId);
    await requireAccountReach(principal, person.id, tx);
    await resetPassword(tx, { accountId: person.id, newPassword: input.newPassword });
    audit.record({ action: 'staff.password_reset', entity: 'staff', entityId: person.id });
  });
}
