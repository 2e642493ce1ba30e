import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { Db } from '../../../platform/db/types.js';
import { demoProcedures } from '../demo/index.js';
import { procedures } from '../catalog.tables.js';
import { inArray } from 'drizzle-orm';
import { insertProcedure } from './save-procedure.js';
import type { ReportProgress } from '../../../platform/jobs/background-jobs.js';

/** Loads the demo catalogue (sample data, to be checked against the national database); codes already present are left alone. */
export async function loadDemoCatalogue(
  db: Db,
  context: CommandContext,
  effectiveFrom = '2025-07-01',
  onProgress: ReportProgress = () => {},
): Promise<{ created: number; skipped: number }> {
  return runCommand(db, context, async (tx, audit) => {
    const present = new Set(
      (
        await tx
          .select({ code: procedures.code })
          .from(procedures)
          .where(
            inArray(
              procedures.code,
              demoProcedures.map((p) => p.code),
            ),
          )
      ).map((row) => row.code),
    );
    let created = 0;
    for (const [index, procedure] of demoProcedures.entries()) {
      onProgress(index, demoProcedures.length, { vi: `Thủ tục ${procedure.code}`, en: `Procedure ${procedure.code}` });
      if (present.has(procedure.code)) continue;
      await insertProcedure(tx, audit, context, { effectiveFrom, procedure, changeNote: 'demo catalogue' });
      created++;
    }
    return { created, skipped: present.size };
  });
}
