import { MS_PER_DAY, startOfVietnamDate } from '../../../platform/time/vietnam-time.js';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { findVersionInForce } from '../../catalog/index.js';
import { findStaffName, getUnitRow } from '../../org/index.js';
import type { DossierRow } from '../dossiers.repository.js';
import { selectEvents } from '../dossiers.repository.js';
import { DossierError } from '../dossiers.errors.js';
import { dossiers } from '../dossiers.tables.js';
import { selectTasks } from '../dossier-tasks.js';
import type {
  ApologyForm,
  Applicant,
  FormHeader,
  ProcessControlForm,
  ReceiptForm,
  RefusalForm,
  ReturnLine,
  SupplementRequestForm,
  TrackingBookForm,
} from '../forms/form-data.js';

const formLabels: Record<string, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao có chứng thực',
  copy: 'Bản sao',
  original_or_certified_copy: 'Bản chính hoặc bản sao có chứng thực',
  copy_with_original: 'Bản sao kèm bản chính',
};
const deliveryLabels: Record<string, string> = {
  counter: 'Tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
  home: 'Trả tại nhà',
  electronic: 'Bản điện tử qua Cổng Dịch vụ công',
};

/** The heading of a unit's forms: the unit above it, the unit itself, and its place name. */
export async function formHeader(db: Queryable, unitId: string, issuedAt: string): Promise<FormHeader> {
  const unit = await getUnitRow(db, unitId);
  const parent = unit.parentId ? await getUnitRow(db, unit.parentId) : undefined;
  const place = unit.name.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Huyện|Quận|Thị xã|Thị trấn|Trung tâm[^ ]*)\s+/i, '');
  return {
    agencyName: unit.name.toUpperCase(),
    ...(parent ? { parentAgencyName: parent.name.toUpperCase() } : {}),
    place,
    issuedAt,
  };
}

function applicantOf(dossier: DossierRow): Applicant {
  return {
    name: dossier.applicant.name,
    address: dossier.applicant.address,
    phone: dossier.applicant.phone,
    ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
  };
}

const processingText = (unit: string, value: number) =>
  unit === 'on_the_spot' ? 'Giải quyết ngay tại chỗ' : unit === 'working_hours' ? `${value} giờ làm việc` : `${value} ngày làm việc`;

export async function buildReceipt(db: Queryable, dossier: DossierRow, publicUrl: string): Promise<ReceiptForm> {
  if (!dossier.code || !dossier.receivedAt || !dossier.dueAt)
    throw new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form: 'receipt' });
  const version = await findVersionInForce(db, dossier.procedureCode, dossier.receivedAt.slice(0, 10));
  const time = version?.data.processingTime;
  const event = (await selectEvents(db, dossier.id)).find((item) => item.type === 'received');
  const officer = (await findStaffName(db, event?.actorId ?? null)) ?? event?.actorName ?? '';
  return {
    header: await formHeader(db, dossier.receivingUnitId, dossier.receivedAt),
    dossierCode: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    documents: dossier.documents.map((document) => ({
      name: document.name,
      form: formLabels[document.form] ?? document.form,
      count: document.count,
    })),
    setCount: dossier.setCount,
    processingTimeText: time ? processingText(time.unit, time.value) : '',
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    deliveryText: deliveryLabels[dossier.delivery] ?? dossier.delivery,
    trackingUrl: `${publicUrl}/tra-cuu?ma=${encodeURIComponent(dossier.code)}&k=${dossier.trackingSecret}`,
    officerName: officer,
  };
}

export async function buildSupplementRequest(db: Queryable, dossier: DossierRow): Promise<SupplementRequestForm> {
  const events = await selectEvents(db, dossier.id);
  const event = [...events].reverse().find((item) => item.type === 'guided' || item.type === 'supplement_requested');
  if (!event) throw new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form: 'supplement' });
  const missing = (event.data.missingDocuments ?? []) as (string | { name: string; form: string; count: number })[];
  return {
    header: await formHeader(db, dossier.receivingUnitId, event.at),
    number: `${dossier.code ?? dossier.id.slice(0, 8)}/HDHS`,
    ...(dossier.code ? { dossierCode: dossier.code } : {}),
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    missingDocuments: missing.map((item) =>
      typeof item === 'string'
        ? { name: item, form: 'Bản chính hoặc bản sao', count: 1 }
        : { name: item.name, form: formLabels[item.form] ?? item.form, count: item.count },
    ),
    reason: typeof event.data.reason === 'string' ? event.data.reason : 'Hồ sơ chưa đủ thành phần theo quy định.',
    contact: { officerName: (await findStaffName(db, event.actorId)) ?? event.actorName },
  };
}

export async function buildRefusal(db: Queryable, dossier: DossierRow): Promise<RefusalForm> {
  const event = [...(await selectEvents(db, dossier.id))]
    .reverse()
    .find((item) => item.type === 'refused_at_intake' || item.type === 'stopped');
  if (!event) throw new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form: 'refusal' });
  return {
    header: await formHeader(db, dossier.receivingUnitId, event.at),
    number: `${dossier.code ?? dossier.id.slice(0, 8)}/TCHS`,
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    reasons: String(event.data.reason ?? ''),
    officerName: (await findStaffName(db, event.actorId)) ?? event.actorName,
  };
}

export async function buildApology(db: Queryable, dossier: DossierRow): Promise<ApologyForm> {
  const event = (await selectEvents(db, dossier.id)).find((item) => item.type === 'rescheduled');
  if (!event || !dossier.code || !dossier.receivedAt || !dossier.originalDueAt || !dossier.dueAt)
    throw new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form: 'apology' });
  return {
    header: await formHeader(db, dossier.receivingUnitId, event.at),
    number: `${dossier.code}/PXL`,
    applicant: applicantOf(dossier),
    dossierCode: dossier.code,
    procedureName: dossier.procedureName,
    receivedAt: dossier.receivedAt,
    originalDueAt: dossier.originalDueAt,
    reason: String(event.data.reason ?? ''),
    newDueAt: dossier.dueAt,
    signerName: (await findStaffName(db, event.actorId)) ?? event.actorName,
    signerTitle: 'THỦ TRƯỞNG CƠ QUAN',
  };
}

export async function buildProcessControl(db: Queryable, dossier: DossierRow): Promise<ProcessControlForm> {
  if (!dossier.code || !dossier.receivedAt || !dossier.dueAt)
    throw new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form: 'process-control' });
  const tasks = (await selectTasks(db, dossier.id)).filter((task) => task.startedAt);
  const names = new Map<string, string>();
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await getUnitRow(db, id)).name);
    return names.get(id)!;
  };
  const handovers = [];
  for (const [index, task] of tasks.entries()) {
    const previous = tasks[index - 1];
    handovers.push({
      task: task.name,
      fromUnit: previous ? await nameOf(previous.unitId) : 'Bộ phận Một cửa',
      toUnit: await nameOf(task.unitId),
      at: task.startedAt!,
      giverName: task.handedOverBy ?? previous?.finishedBy ?? '',
      receiverName: task.finishedBy ?? '',
      result: (task.status === 'done' ? task.outcome : null) as 'early' | 'on_time' | 'late' | null,
      ...(task.status === 'returned' ? { note: `Trả lại bước trước: ${task.note ?? ''}` } : task.note ? { note: task.note } : {}),
    });
  }
  return {
    header: await formHeader(db, dossier.receivingUnitId, new Date().toISOString()),
    dossierCode: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    handovers,
    ...(await returnLine(db, dossier)),
  };
}

/** The `returned` event as the slip's last line, with the delivery record of a home or postal return. */
async function returnLine(db: Queryable, dossier: DossierRow): Promise<{ returned?: ReturnLine }> {
  if (dossier.status !== 'returned') return {};
  const event = (await selectEvents(db, dossier.id)).findLast((item) => item.type === 'returned');
  if (!event) return {};
  const record = (event.data.deliveryRecord ?? {}) as Partial<
    Record<'recipientName' | 'address' | 'deliveredAt' | 'deliveredBy' | 'postalReceiptNumber', string>
  >;
  const delivery = String(event.data.delivery ?? dossier.delivery);
  return {
    returned: {
      deliveryText: deliveryLabels[delivery] ?? delivery,
      at: record.deliveredAt ?? event.at,
      ...(record.recipientName ? { recipientName: record.recipientName } : {}),
      ...(record.address ? { address: record.address } : {}),
      ...(record.deliveredBy ? { deliveredBy: record.deliveredBy } : {}),
      ...(record.postalReceiptNumber ? { postalReceiptNumber: record.postalReceiptNumber } : {}),
    },
  };
}

/** Mẫu 06: every dossier received by a unit in a period (dates in Vietnam's time, inclusive). */
export async function buildTrackingBook(db: Queryable, input: { unitId: string; from: string; to: string }): Promise<TrackingBookForm> {
  const unit = await getUnitRow(db, input.unitId);
  const start = new Date(startOfVietnamDate(input.from)).toISOString();
  const end = new Date(startOfVietnamDate(input.to) + MS_PER_DAY).toISOString();
  const rows = await db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.receivingUnitId, unit.id), gte(dossiers.receivedAt, start), lt(dossiers.receivedAt, end)))
    .orderBy(asc(dossiers.receivedAt))
    .limit(20_000);
  return {
    header: await formHeader(db, unit.id, new Date().toISOString()),
    unitName: unit.name,
    periodFrom: start,
    periodTo: new Date(Date.parse(end) - 1).toISOString(),
    rows: rows.map((row, index) => ({
      number: index + 1,
      dossierCode: row.code ?? '',
      procedureName: row.procedureName,
      setCount: row.setCount,
      applicantName: row.applicantName,
      applicantContact: `${row.applicant.address}; ${row.applicantPhone}`,
      handlingAgency: unit.name,
      receivedAt: row.receivedAt!,
      dueAt: row.dueAt ?? row.receivedAt!,
      ...(row.finishedAt ? { resultReceivedAt: row.finishedAt } : {}),
      ...(row.returnedAt ? { returnedAt: row.returnedAt } : {}),
      ...(row.outcome ? { outcome: row.outcome as 'early' | 'on_time' | 'late' } : {}),
    })),
  };
}
