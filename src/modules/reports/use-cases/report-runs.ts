/**
 * A report from draft to signed and sent. A draft is composed from the registry whenever it is
 * read; signing composes it once more and freezes that content, so the signed report prints the
 * same figures whatever is recorded afterwards. Every step is in the audit log.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReportRun, ReportRunInput, ReportRunUpdate, ReportSendInput } from '../../../contracts/report-documents.js';
import { runCommand, type CommandContext } from '../../../platform/audit/audit.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findStaffName, getAgencyProfile, getUnitRow } from '../../org/index.js';
import { composeReport } from '../compose-report.js';
import { requireKindVisible } from '../figures/sections.js';
import { resolvePeriod } from '../periods.js';
import { ReportPermission } from '../reports.policy.js';
import { getRunRow, runOf, type RunRow } from '../reports.repository.js';
import { ReportError } from '../reports.errors.js';
import { reportRuns } from '../reports.tables.js';

type Deps = { db: Db; access: AccessPolicy };
const emptyText = { direction: '', assessment: '', tasks: '', recommendations: '' };

/** A run as its readers see it: a draft composed now, a signed run as it was signed. */
export async function readRun(db: Queryable, row: RunRow, now = new Date()): Promise<z.infer<typeof ReportRun>> {
  const unit = await getUnitRow(db, row.unitId);
  const content = row.content ?? (await composeReport(db, row, now));
  return runOf(row, unit.name, content);
}

export async function getRun(deps: Deps, principal: Principal, id: string): Promise<z.infer<typeof ReportRun>> {
  const row = await getRunRow(deps.db, id);
  await deps.access.require(principal, ReportPermission['reports.read'], row.unitId);
  await requireKindVisible(deps.access, principal, row.kind, row.unitId);
  return readRun(deps.db, row);
}

export async function draftReport(deps: Deps, principal: Principal, context: CommandContext, input: z.infer<typeof ReportRunInput>) {
  const { db, access } = deps;
  await getUnitRow(db, input.unitId);
  await access.require(principal, ReportPermission['reports.write'], input.unitId);
  await requireKindVisible(access, principal, input.kind, input.unitId);
  const period = resolvePeriod(input.period);
  const profile = await getAgencyProfile(db, input.unitId);
  const id = crypto.randomUUID();
  const createdBy = (await findStaffName(db, context.actor.id)) ?? context.actor.name;
  await runCommand(db, context, async (tx, audit) => {
    await tx.insert(reportRuns).values({
      id,
      unitId: input.unitId,
      kind: input.kind,
      period,
      // A People's Committee signs collectively ("TM." on behalf of the committee, Decree 30/2020 annex I).
      signerTitle: profile.committeeOf
        ? `TM. ỦY BAN NHÂN DÂN\n${profile.headTitle.toLocaleUpperCase('vi')}`
        : profile.headTitle.toLocaleUpperCase('vi'),
      freeText: emptyText,
      createdBy,
    });
    audit.record({
      action: 'reports.draft',
      entity: 'report_run',
      entityId: id,
      after: { kind: input.kind, from: period.from, to: period.to },
    });
  });
  return readRun(db, await getRunRow(db, id));
}

async function editable(deps: Deps, principal: Principal, id: string, version: number, permission: 'reports.write' | 'reports.sign') {
  const row = await getRunRow(deps.db, id);
  await deps.access.require(principal, ReportPermission[permission], row.unitId);
  await requireKindVisible(deps.access, principal, row.kind, row.unitId);
  if (row.status !== 'draft') throw new DomainError(ReportError.RUN_SIGNED);
  if (row.version !== version) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
  return row;
}

async function updateVersioned(
  db: Db,
  context: CommandContext,
  row: RunRow,
  values: Partial<typeof reportRuns.$inferInsert>,
  action: string,
  after: Record<string, unknown> = {},
) {
  await runCommand(db, context, async (tx, audit) => {
    const updated = await tx
      .update(reportRuns)
      .set({ ...values, version: row.version + 1 })
      .where(and(eq(reportRuns.id, row.id), eq(reportRuns.version, row.version)))
      .returning({ id: reportRuns.id });
    if (updated.length === 0) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
    audit.record({ action, entity: 'report_run', entityId: row.id, after });
  });
}

export async function updateReport(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number; update: z.infer<typeof ReportRunUpdate> },
) {
  const { freeText, ...rest } = input.update;
  const given = Object.entries(input.update).filter(([, value]) => value !== undefined);
  const current = await getRunRow(deps.db, input.id);
  // The register gives a number once the report is signed: a signed report takes it once, and nothing else.
  if (current.status !== 'draft' && given.length === 1 && rest.number && !current.number) {
    await deps.access.require(principal, ReportPermission['reports.sign'], current.unitId);
    await requireKindVisible(deps.access, principal, current.kind, current.unitId);
    if (current.version !== input.version) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(current.version) });
    const number = rest.number;
    await updateVersioned(deps.db, context, current, { number }, 'reports.number', { number });
    return readRun(deps.db, await getRunRow(deps.db, current.id));
  }
  const row = await editable(deps, principal, input.id, input.version, 'reports.write');
  const text = freeText ? Object.fromEntries(Object.entries(freeText).filter(([, value]) => value !== undefined)) : {};
  await updateVersioned(
    deps.db,
    context,
    row,
    { ...rest, ...(freeText ? { freeText: { ...row.freeText, ...text } } : {}) },
    'reports.edit',
    {
      fields: given.map(([key]) => key),
    },
  );
  return readRun(deps.db, await getRunRow(deps.db, row.id));
}

/**
 * Signing freezes the content as composed at that moment, from the period's last day on (a report
 * "tính đến ngày" is often signed on its cut-off day; what is recorded later shows in its
 * comparison), with the signer named.
 */
export async function signReport(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number },
  now = new Date(),
) {
  const row = await editable(deps, principal, input.id, input.version, 'reports.sign');
  if (row.period.to > todayInVietnam(now)) throw new DomainError(ReportError.PERIOD_NOT_ENDED, { to: row.period.to });
  if (!row.signerName?.trim()) throw new DomainError(ReportError.SIGNER_MISSING);
  const content = await composeReport(deps.db, row, now);
  const signedBy = (await findStaffName(deps.db, context.actor.id)) ?? context.actor.name;
  await updateVersioned(deps.db, context, row, { status: 'signed', content, signedAt: now.toISOString(), signedBy }, 'reports.sign', {
    figures: content.figures.length,
  });
  return readRun(deps.db, await getRunRow(deps.db, row.id));
}

export async function sendReport(
  deps: Deps,
  principal: Principal,
  context: CommandContext,
  input: { id: string; version: number; send: z.infer<typeof ReportSendInput> },
  now = new Date(),
) {
  const row = await getRunRow(deps.db, input.id);
  await deps.access.require(principal, ReportPermission['reports.sign'], row.unitId);
  await requireKindVisible(deps.access, principal, row.kind, row.unitId);
  if (row.status === 'draft') throw new DomainError(ReportError.RUN_NOT_SIGNED);
  if (row.status === 'sent') throw new DomainError(ReportError.RUN_ALREADY_SENT);
  if (row.version !== input.version) throw new DomainError(PlatformError.VERSION_MISMATCH, { current: String(row.version) });
  await updateVersioned(deps.db, context, row, { status: 'sent', sentAt: now.toISOString(), sentTo: input.send.sentTo }, 'reports.send', {
    sentTo: input.send.sentTo,
  });
  return readRun(deps.db, await getRunRow(deps.db, row.id));
}
