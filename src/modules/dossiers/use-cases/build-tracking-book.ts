import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/types.js';
import { MS_PER_DAY, startOfVietnamDate, todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findOneStopDepartment, getUnitRow } from '../../org/index.js';
import type { TaskRow } from '../dossier-tasks.js';
import { dossiers, dossierTasks } from '../dossiers.tables.js';
import type { TrackingBookForm, TrackingBookRow } from '../forms/form-data.js';
import { agencyCache, formHeader, settlingUnitAt } from './form-agencies.js';

type BookDossier = typeof dossiers.$inferSelect;

const notes: Partial<Record<string, string>> = {
  stopped: 'Dừng giải quyết',
  withdrawn: 'Công dân rút hồ sơ',
  post: 'Trả qua bưu chính công ích',
  home: 'Trả tại nhà',
};

/**
 * The unit settling a dossier: the unit of its decisive step — the step in progress when it was
 * approved or stopped — and, before a decision, the last step planned outside the one-stop
 * department; else the receiving unit.
 */
function settlingUnit(row: BookDossier, tasks: readonly TaskRow[], oneStopId: string): string {
  const decidedAt = row.finishedAt && row.status !== 'withdrawn' ? row.finishedAt : null;
  return settlingUnitAt(tasks, decidedAt, { oneStopId, receivingUnitId: row.receivingUnitId });
}

/** The dates of the book's columns: transferred to the settling agency (the first hand-over out of the one-stop department), and the result back. */
function transferDates(row: BookDossier, tasks: readonly TaskRow[], oneStopId: string) {
  const started = tasks.filter((task) => task.startedAt !== null).sort((a, b) => Date.parse(a.startedAt!) - Date.parse(b.startedAt!));
  const transfer = started.find((task) => task.unitId !== oneStopId);
  const back = transfer ? started.find((task) => task.unitId === oneStopId && task.startedAt! > transfer.startedAt!) : undefined;
  const decided = row.status === 'result_ready' || row.status === 'returned' || row.status === 'stopped';
  const resultAt = back?.startedAt ?? (decided ? row.finishedAt : null);
  return { ...(transfer ? { transferredAt: transfer.startedAt! } : {}), ...(resultAt ? { resultReceivedAt: resultAt } : {}) };
}

/**
 * Mẫu 06: every dossier a unit received in a period (dates in Vietnam's time, inclusive), in the
 * order of its book: each under its entry of the year (`bookEntry`), so that printouts of
 * consecutive periods continue one another; headed by the unit's one-stop department.
 */
export async function buildTrackingBook(db: Queryable, input: { unitId: string; from: string; to: string }): Promise<TrackingBookForm> {
  const unit = await getUnitRow(db, input.unitId);
  const issuedAt = new Date().toISOString();
  const oneStopId = await findOneStopDepartment(db, unit.id, todayInVietnam(new Date(issuedAt)));
  const agencyOf = agencyCache(db);
  const oneStop = await agencyOf(oneStopId);
  const start = new Date(startOfVietnamDate(input.from)).toISOString();
  const end = new Date(startOfVietnamDate(input.to) + MS_PER_DAY).toISOString();
  const inPeriod = and(eq(dossiers.receivingUnitId, unit.id), gte(dossiers.receivedAt, start), lt(dossiers.receivedAt, end));
  const rows = await db
    .select()
    .from(dossiers)
    .where(inPeriod)
    .orderBy(asc(dossiers.bookYear), asc(dossiers.bookEntry), asc(dossiers.receivedAt))
    .limit(20_000);
  const taskRows = await db
    .select({ task: dossierTasks })
    .from(dossierTasks)
    .innerJoin(dossiers, eq(dossiers.id, dossierTasks.dossierId))
    .where(inPeriod);
  const tasksOf = new Map<string, TaskRow[]>();
  for (const { task } of taskRows) tasksOf.set(task.dossierId, [...(tasksOf.get(task.dossierId) ?? []), task]);

  const bookRows: TrackingBookRow[] = [];
  for (const row of rows) {
    const tasks = tasksOf.get(row.id) ?? [];
    const note = [notes[row.status], notes[row.delivery]].filter(Boolean).join('; ');
    bookRows.push({
      number: row.bookEntry,
      dossierCode: row.code ?? '',
      procedureName: row.procedureName,
      setCount: row.setCount,
      applicantName: row.applicantName,
      applicantContact: `${row.applicant.address}; ${row.applicantPhone}`,
      handlingAgency: (await agencyOf(settlingUnit(row, tasks, oneStopId))).agencyName,
      receivedAt: row.receivedAt!,
      dueAt: row.dueAt ?? row.receivedAt!,
      ...transferDates(row, tasks, oneStopId),
      ...(row.returnedAt ? { returnedAt: row.returnedAt } : {}),
      ...(row.outcome ? { outcome: row.outcome } : {}),
      ...(note ? { note } : {}),
    });
  }
  const firstYear = Number(input.from.slice(0, 4));
  const lastYear = Number(input.to.slice(0, 4));
  return {
    header: formHeader(oneStop, issuedAt),
    unitName: oneStop.agencyName,
    bookYears: Array.from({ length: Math.max(1, lastYear - firstYear + 1) }, (_, index) => firstYear + index),
    periodFrom: start,
    periodTo: new Date(Date.parse(end) - 1).toISOString(),
    rows: bookRows,
  };
}
