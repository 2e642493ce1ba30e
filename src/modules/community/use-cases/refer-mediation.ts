import type { z } from 'zod';
import type { MediationReferral } from '../../../contracts/community.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { and, eq, isNull } from 'drizzle-orm';
import { mediationCases } from '../community.tables.js';
import { advanceCase } from '../../cases/index.js';
import { getUnitRow } from '../../org/index.js';
import { receiveForwardedPetition } from '../../petitions/index.js';
import { CommunityError } from '../community.errors.js';
import { CommunityPermission } from '../community.policy.js';
import { getCaseRow, getTeamRow } from '../community.repository.js';
import { mediationStore } from '../mediation-type.js';
import { acceptLegalAid } from './accept-legal-aid.js';

/** A land dispute's request for the commune People's Committee's mediation (Land Law 2024 art. 235 ❓ not read). */
const LAND_DISPUTE_PREFIX = 'Đề nghị UBND xã hòa giải tranh chấp đất đai (Điều 235 Luật Đất đai 2024): ';

/**
 * A mediation that failed or was stopped is handed on with the parties' consent (Law 35/2013
 * art. 27), without typing anything again: a petition in the commune's book (forwarded by the team,
 * the first party as petitioner, the content of the case), a land dispute's request for the commune's
 * own mediation, or a legal-aid request for the first
 * party. The mediation case records where it went.
 */
export async function referMediation(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { caseId: string; version: number; referral: z.infer<typeof MediationReferral> },
): Promise<{ target: 'petition' | 'land_dispute' | 'legal_aid'; id: string }> {
  const { db, access } = deps;
  const row = await getCaseRow(db, input.caseId);
  await access.require(principal, CommunityPermission['community.manage'], row.unitId);
  if (row.status !== 'failure' && row.status !== 'stopped') throw new DomainError(CommunityError.CASE_STEP_NOT_ALLOWED);
  if (row.handedOn) throw new DomainError(CommunityError.ALREADY_HANDED_ON);
  if (input.referral.target === 'land_dispute' && row.field !== 'land') throw new DomainError(CommunityError.NOT_A_LAND_DISPUTE);
  // Checked before anything is handed on: a stale page must not leave a petition without its link.
  if (row.version !== input.version) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
  const team = await getTeamRow(db, row.teamId);
  const village = await getUnitRow(db, row.unitId);
  const communeId = village.parentId ?? village.id;
  await claimHandOn(db, row.id, input.version, input.referral.target);
  try {
    const made = await handOn(deps, principal, context, { row, team, communeId, referral: input.referral });
    await runCommand(db, context, (tx, audit) =>
      advanceCase(tx, audit, context, mediationStore, {
        caseId: row.id,
        from: { status: row.status, version: input.version },
        event: 'escalated',
        at: new Date(),
        data: { target: made.target, id: made.id },
        changes: { handedOn: { ...made, at: new Date().toISOString() } },
        audit: { action: 'community.mediation_refer', after: made },
      }),
    );
    return made;
  } catch (error) {
    await db.update(mediationCases).set({ handedOn: null }).where(eq(mediationCases.id, row.id));
    throw error;
  }
}

/**
 * The case is claimed before anything is handed on, so that two requests at once (a double click,
 * two tabs) cannot both make a petition: the second finds it claimed. The claim is the case's own
 * id until the petition or request exists; it is released if that fails.
 */
async function claimHandOn(db: Db, caseId: string, version: number, target: Target) {
  const claimed = await db
    .update(mediationCases)
    .set({ handedOn: { target, id: caseId, at: new Date().toISOString() } })
    .where(and(eq(mediationCases.id, caseId), eq(mediationCases.version, version), isNull(mediationCases.handedOn)))
    .returning({ id: mediationCases.id });
  if (claimed.length === 0) throw new DomainError(CommunityError.ALREADY_HANDED_ON);
}

type Target = 'petition' | 'land_dispute' | 'legal_aid';

async function handOn(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: {
    row: Awaited<ReturnType<typeof getCaseRow>>;
    team: Awaited<ReturnType<typeof getTeamRow>>;
    communeId: string;
    referral: z.infer<typeof MediationReferral>;
  },
): Promise<{ target: Target; id: string }> {
  const { db } = deps;
  const { row, team, communeId, referral } = input;
  const [first, ...others] = row.parties;
  let made: { target: Target; id: string };
  if (referral.target === 'petition' || referral.target === 'land_dispute') {
    const land = referral.target === 'land_dispute';
    const petition = await receiveForwardedPetition(
      db,
      context,
      {
        unitId: communeId,
        channel: 'forwarded',
        kind: land ? 'recommendation' : referral.kind,
        forwardedBy: `${team.name} (hòa giải không thành, sổ ${row.bookNo}/${row.year})`,
        contentSummary: land ? `${LAND_DISPUTE_PREFIX}${row.summary}` : row.summary,
        signerCount: row.parties.length,
        isAnonymous: false,
        petitioner: {
          fullName: first!.fullName,
          ...(first!.address ? { address: first!.address } : {}),
          ...(first!.phone ? { phone: first!.phone } : {}),
        },
        ...(others[0] ? { respondent: others.map((party) => party.fullName).join(', ') } : {}),
      },
      { mediationCaseId: row.id },
    );
    made = { target: referral.target, id: petition.id };
  } else {
    const aid = await acceptLegalAid(deps, principal, context, {
      unitId: communeId,
      requester: { fullName: first!.fullName, ...(first!.address ? { address: first!.address } : {}) },
      group: referral.group,
      proofDocuments: [],
      form: referral.form,
      field: row.field,
      summary: row.summary,
      source: 'mediation',
      sourceId: row.id,
      isDifficultArea: false,
      isDetained: false,
    });
    made = { target: 'legal_aid', id: aid.id };
  }
  return made;
}
