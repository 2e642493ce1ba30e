import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Matter, MatterVoteInput } from '../../../contracts/resident-matters.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db } from '../../../platform/db/types.js';
import { DomainError, validationError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { CommunityPermission } from '../community.policy.js';
import { householdsOn } from '../community.repository.js';
import { residentVotes } from '../community.tables.js';
import { requireNotFuture, workingDaysAfter } from '../democracy-checks.js';
import { DemocracyError } from '../democracy.errors.js';
import { initiativeConsents } from '../democracy.tables.js';
import { addDays } from '../disclosure-rules.js';
import { initiativeProgress, villageStanding } from '../matter-rules.js';
import { bumpMatterVersion, getMatter, getMatterRow, villagesOf, votesOf } from '../matters.repository.js';
import { judgeAgainstHouseholds } from './record-resident-vote.js';

const CLUSTER_MIN_HOUSEHOLDS = 200;
const BALLOT_NOTICE_DAYS = 2;
const DECISION_DOCUMENT_WORKING_DAYS = 5;

/**
 * A village's vote on a matter, judged on all its households on the day (art. 21): the form the
 * law allows at this point (items 3–5 at a meeting, the household ballot after a meeting that fell
 * short), clusters only in villages of 200 households or more, one ballot per household announced
 * 2 days before, an initiative still backed by 10% of valid consents; the decision document falls
 * due 5 working days after.
 */
export async function voteOnMatter(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  context: CommandContext,
  input: { matterId: string; version: number; vote: z.infer<typeof MatterVoteInput> },
  now: Date = new Date(),
): Promise<Matter> {
  const { db, access } = deps;
  const matter = await getMatterRow(db, input.matterId);
  const { vote } = input;
  const villageId = vote.villageUnitId ?? (matter.scope === 'village' ? matter.unitId : undefined);
  if (!villageId) {
    throw validationError([
      { field: 'villageUnitId', in: 'body', code: 'required', message: { vi: 'Chọn thôn biểu quyết.', en: 'Name the village voting.' } },
    ]);
  }
  await access.require(principal, CommunityPermission['community.manage'], villageId);
  const heldOn = todayInVietnam(new Date(vote.heldAt));
  requireNotFuture({ heldAt: heldOn }, now);
  if (heldOn < matter.proposedOn) {
    throw validationError([
      { field: 'heldAt', in: 'body', code: 'before_proposal', message: { vi: 'Trước ngày đề xuất.', en: 'Before the proposal.' } },
    ]);
  }
  const inScope =
    matter.scope === 'village' ? villageId === matter.unitId : (await villagesOf(db, matter.unitId, heldOn)).includes(villageId);
  if (!inScope) throw new DomainError(DemocracyError.VILLAGE_NOT_IN_SCOPE);

  const previous = (await votesOf(db, matter.id)).filter((row) => row.unitId === villageId);
  const standing = villageStanding(previous);
  if (standing === 'passed' || standing === 'not_passed') throw new DomainError(DemocracyError.ALREADY_DECIDED);
  const itemNeedsMeeting = matter.item >= 3 && matter.item <= 5;
  const ballotFollows = standing === 'ballot_required';
  if (
    (ballotFollows && vote.form !== 'household_ballot') ||
    (vote.form === 'online' && matter.item !== 6) ||
    (itemNeedsMeeting && vote.form === 'household_ballot' && !ballotFollows)
  ) {
    throw new DomainError(DemocracyError.FORM_NOT_ALLOWED);
  }

  const households = await householdsOn(db, villageId, heldOn);
  const sums = vote.clusters
    ? vote.clusters.reduce((sum, c) => ({ present: sum.present + c.present, yes: sum.yes + c.yes, no: sum.no + c.no }), {
        present: 0,
        yes: 0,
        no: 0,
      })
    : { present: vote.ballot ? vote.ballot.returned : vote.present!, yes: vote.yes!, no: vote.no! };
  if (vote.clusters && households !== undefined && households < CLUSTER_MIN_HOUSEHOLDS) {
    throw new DomainError(DemocracyError.CLUSTERS_NOT_ALLOWED, { households });
  }
  if (vote.ballot) {
    const field = (name: string, vi: string, en: string) => ({
      field: `ballot.${name}`,
      in: 'body' as const,
      code: 'invalid',
      message: { vi, en },
    });
    const problems = [];
    if (households !== undefined && vote.ballot.issued > households)
      problems.push(field('issued', `Mỗi hộ một phiếu (${households} hộ).`, `One ballot per household (${households}).`));
    if (vote.ballot.announcedOn > addDays(heldOn, -BALLOT_NOTICE_DAYS))
      problems.push(field('announcedOn', 'Thông báo trước ít nhất 2 ngày (Điều 19).', 'Announced at least 2 days before (art. 19).'));
    if (problems.length > 0) throw validationError(problems);
  }
  const judged = judgeAgainstHouseholds({ item: matter.item, form: vote.form, households, ...sums });
  if (matter.proposer === 'citizen_initiative' && previous.length === 0) {
    const consents = await db.select().from(initiativeConsents).where(eq(initiativeConsents.matterId, matter.id));
    const progress = initiativeProgress(consents, judged.households, heldOn);
    if (!progress.ready)
      throw new DomainError(DemocracyError.INITIATIVE_SHORT, {
        valid: progress.valid,
        needed: progress.needed,
        households: judged.households,
      });
  }
  const sendDueOn = await workingDaysAfter(db, villageId, heldOn, DECISION_DOCUMENT_WORKING_DAYS);

  await runCommand(db, context, async (tx, audit) => {
    await bumpMatterVersion(tx, matter, input.version);
    const [made] = await tx
      .insert(residentVotes)
      .values({
        unitId: villageId,
        matterId: matter.id,
        item: matter.item,
        title: matter.title,
        form: vote.form,
        heldAt: new Date(vote.heldAt).toISOString(),
        householdsTotal: judged.households,
        present: sums.present,
        yes: sums.yes,
        no: sums.no,
        threshold: judged.threshold,
        needed: judged.needed,
        passed: judged.passed,
        ballotRequired: judged.ballotRequired,
        clusters: vote.clusters ?? null,
        ballot: vote.ballot ?? null,
        sendDueOn,
      })
      .returning({ id: residentVotes.id });
    audit.record({
      action: 'community.matter_vote',
      entity: 'resident_matter',
      entityId: matter.id,
      after: { voteId: made!.id, passed: judged.passed },
    });
  });
  return getMatter(db, matter.id, now);
}
