import type { Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import type { ProcessingTimeUnit } from '../../../contracts/catalog.js';
import type { Delivery } from '../../../contracts/dossiers.js';
import { getVersion } from '../../catalog/index.js';
import { findStaffContact, findStaffContacts, type AgencyProfile } from '../../org/index.js';
import type { DossierRow } from '../dossiers.repository.js';
import { selectEvents } from '../dossiers.repository.js';
import { DossierError } from '../dossiers.errors.js';
import { selectTasks } from '../dossier-tasks.js';
import type {
  ApologyForm,
  Applicant,
  HandoverLine,
  ProcessControlForm,
  ReceiptForm,
  RefusalForm,
  ReturnLine,
  StopNoticeForm,
  SupplementRequestForm,
} from '../forms/form-data.js';
import { formatVnd } from '../../../platform/documents/vn-format.js';
import { agencyCache, agencySigner, formHeader, oneStopAgency, settlingUnitAt, unitOfStepAt } from './form-agencies.js';

export { buildTrackingBook } from './build-tracking-book.js';

const formLabels: Record<string, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao có chứng thực',
  copy: 'Bản sao',
  original_or_certified_copy: 'Bản chính hoặc bản sao có chứng thực',
  copy_with_original: 'Bản sao kèm bản chính',
};

/** Where the result is collected, printed after "Nhận kết quả tại:" (at the counter: the one-stop department). */
const collectAt: Record<Delivery, (oneStop: AgencyProfile) => string> = {
  counter: (oneStop) => oneStop.agencyName,
  post: () => 'địa chỉ của người nộp hồ sơ, qua dịch vụ bưu chính công ích',
  home: () => 'địa chỉ của người nộp hồ sơ (trả tại nhà)',
  electronic: () => 'Cổng Dịch vụ công (bản điện tử)',
};

/** How the result went back, on the last line of the process-control slip. */
const returnedBy: Record<Delivery, (oneStop: AgencyProfile) => string> = {
  counter: (oneStop) => `Tại ${oneStop.agencyName}`,
  post: () => 'Qua dịch vụ bưu chính công ích',
  home: () => 'Trả tại nhà',
  electronic: () => 'Bản điện tử qua Cổng Dịch vụ công',
};

const notAvailable = (form: string) => new DomainError(DossierError.DOSSIER_FORM_NOT_AVAILABLE, { form });

function applicantOf(dossier: DossierRow): Applicant {
  return {
    name: dossier.applicant.name,
    address: dossier.applicant.address,
    phone: dossier.applicant.phone,
    ...(dossier.applicant.email ? { email: dossier.applicant.email } : {}),
  };
}

const twoDigits = (value: number) => String(value).padStart(2, '0');
/** The statutory time limit as the receipt states it: "03 ngày làm việc". */
const processingText: Record<ProcessingTimeUnit, (value: number) => string> = {
  working_days: (value) => `${twoDigits(value)} ngày làm việc`,
  working_hours: (value) => `${twoDigits(value)} giờ làm việc`,
  calendar_days: (value) => `${twoDigits(value)} ngày`,
  same_day: () => 'Trong ngày',
  on_the_spot: () => 'Giải quyết ngay tại chỗ',
};

/**
 * The number of a slip turned away at intake: "<dossier code>/HDHS" once the dossier has a code,
 * else the unit's own number of the year given when it was turned away ("03/TCHS"); never a
 * fragment of the dossier's internal id.
 */
function slipNumber(dossier: DossierRow, suffix: 'HDHS' | 'TCHS'): string {
  if (dossier.code) return `${dossier.code}/${suffix}`;
  return `${dossier.intakeSlipNumber === null ? '     ' : twoDigits(dossier.intakeSlipNumber)}/${suffix}`;
}

export async function buildReceipt(db: Queryable, dossier: DossierRow, publicUrl: string): Promise<ReceiptForm> {
  if (!dossier.code || !dossier.receivedAt || !dossier.dueAt) throw notAvailable('receipt');
  const version = await getVersion(db, dossier.procedureCode, dossier.procedureVersion);
  const time = version.data.processingTime;
  const received = (await selectEvents(db, dossier.id)).find((item) => item.type === 'received');
  const officer = await findStaffContact(db, dossier.receivedBy ?? received?.actorId);
  const oneStop = await oneStopAgency(db, dossier.receivingUnitId, dossier.receivedAt);
  return {
    header: formHeader(oneStop, dossier.receivedAt),
    dossierCode: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    documents: dossier.documents.map((document) => ({
      name: document.name,
      form: formLabels[document.form] ?? document.form,
      count: document.count,
    })),
    setCount: dossier.setCount,
    processingTimeText: processingText[time.unit](time.value),
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    deliveryText: collectAt[dossier.delivery](oneStop),
    fees: version.data.fees.map((fee) => ({
      name: fee.name,
      text: fee.amountVnd === 0 ? 'Miễn' : `${formatVnd(fee.amountVnd)}${fee.per ? ` (${fee.per})` : ''}`,
    })),
    ...(dossier.bookYear !== null && dossier.bookEntry !== null ? { bookYear: dossier.bookYear, bookEntry: dossier.bookEntry } : {}),
    trackingUrl: `${publicUrl}/tra-cuu?ma=${encodeURIComponent(dossier.code)}&k=${dossier.trackingSecret}`,
    officerName: officer?.fullName ?? '',
  };
}

/**
 * Mẫu 02: at intake (guided) from the one-stop department; during appraisal (a supplement requested)
 * from the agency whose step was in progress. The officer who asked is the one to call.
 */
export async function buildSupplementRequest(db: Queryable, dossier: DossierRow, publicUrl: string): Promise<SupplementRequestForm> {
  const events = await selectEvents(db, dossier.id);
  const event = events.findLast((item) => item.type === 'guided' || item.type === 'supplement_requested');
  if (!event) throw notAvailable('supplement-request');
  const oneStop = await oneStopAgency(db, dossier.receivingUnitId, event.at);
  const settling = event.type === 'supplement_requested' ? unitOfStepAt(await selectTasks(db, dossier.id), event.at) : undefined;
  const issuer = settling ? await agencyCache(db)(settling) : oneStop;
  const missing = (event.data.missingDocuments ?? []) as (string | { name: string; form: string; count: number })[];
  const officer = await findStaffContact(db, event.actorId);
  return {
    header: formHeader(issuer, event.at),
    number: slipNumber(dossier, 'HDHS'),
    ...(dossier.code ? { dossierCode: dossier.code } : {}),
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    missingDocuments: missing.map((item) =>
      typeof item === 'string'
        ? { name: item, form: 'Bản chính hoặc bản sao', count: 1 }
        : { name: item.name, form: formLabels[item.form] ?? item.form, count: item.count },
    ),
    reason: typeof event.data.reason === 'string' ? event.data.reason : 'Hồ sơ chưa đủ thành phần theo quy định.',
    contact: {
      officerName: officer?.fullName ?? issuer.agencyName,
      ...(officer?.phone ? { phone: officer.phone } : {}),
      ...(publicUrl ? { lookupUrl: `${publicUrl}/thu-tuc/${dossier.procedureCode}` } : {}),
    },
  };
}

/** Mẫu 03: a dossier refused at intake, by the one-stop department (a dossier stopped later gets the stop notice). */
export async function buildRefusal(db: Queryable, dossier: DossierRow): Promise<RefusalForm> {
  const event = (await selectEvents(db, dossier.id)).findLast((item) => item.type === 'refused_at_intake');
  if (!event) throw notAvailable('refusal');
  const oneStop = await oneStopAgency(db, dossier.receivingUnitId, event.at);
  return {
    header: formHeader(oneStop, event.at),
    number: slipNumber(dossier, 'TCHS'),
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    reasons: String(event.data.reason ?? ''),
    officerName: (await findStaffContact(db, event.actorId))?.fullName ?? '',
  };
}

/** The agency settling the dossier when `at` happened (settlingUnitAt), and the one-stop department. */
async function settlingAgencies(db: Queryable, dossier: DossierRow, at: string) {
  const agencyOf = agencyCache(db);
  const oneStop = await oneStopAgency(db, dossier.receivingUnitId, dossier.receivedAt ?? at);
  const tasks = await selectTasks(db, dossier.id);
  const settling = await agencyOf(settlingUnitAt(tasks, at, { oneStopId: oneStop.unitId, receivingUnitId: dossier.receivingUnitId }));
  return { settling, oneStop, ...(oneStop.unitId !== settling.unitId ? { copyTo: oneStop.agencyName } : {}) };
}

/**
 * What a letter from the agency settling the dossier shares (the apology, the stop notice): its
 * heading and number, the applicant, the dossier, the reason, the signer and the copy to the
 * one-stop department, as of the event that prompted it.
 */
async function settlingAgencyLetter(
  db: Queryable,
  dossier: DossierRow & { code: string; receivedAt: string },
  event: { at: string; actorId: string | null; data: Record<string, unknown> },
  suffix: string,
) {
  const { settling, oneStop, copyTo } = await settlingAgencies(db, dossier, event.at);
  return {
    oneStop,
    letter: {
      header: formHeader(settling, event.at),
      number: `${dossier.code}/${suffix}`,
      applicant: applicantOf(dossier),
      dossierCode: dossier.code,
      procedureName: dossier.procedureName,
      receivedAt: dossier.receivedAt,
      reason: String(event.data.reason ?? ''),
      signer: agencySigner(settling, await findStaffContact(db, event.actorId)),
      ...(copyTo ? { copyTo } : {}),
    },
  };
}

/** Mẫu 04: issued and signed by the agency settling the dossier when the apology was made. */
export async function buildApology(db: Queryable, dossier: DossierRow): Promise<ApologyForm> {
  const event = (await selectEvents(db, dossier.id)).find((item) => item.type === 'rescheduled');
  const { code, receivedAt, originalDueAt, dueAt } = dossier;
  if (!event || !code || !receivedAt || !originalDueAt || !dueAt) throw notAvailable('apology');
  const { letter } = await settlingAgencyLetter(db, { ...dossier, code, receivedAt }, event, 'PXL');
  return {
    ...letter,
    originalDueAt: typeof event.data.previousDueAt === 'string' ? event.data.previousDueAt : originalDueAt,
    newDueAt: typeof event.data.newDueAt === 'string' ? event.data.newDueAt : dueAt,
  };
}

/** The stop notice: issued and signed by the agency settling the dossier when it stopped it. */
export async function buildStopNotice(db: Queryable, dossier: DossierRow): Promise<StopNoticeForm> {
  const event = (await selectEvents(db, dossier.id)).findLast((item) => item.type === 'stopped');
  const { code, receivedAt } = dossier;
  if (!event || !code || !receivedAt) throw notAvailable('stop-notice');
  const { letter, oneStop } = await settlingAgencyLetter(db, { ...dossier, code, receivedAt }, event, 'DGHS');
  return { ...letter, receivingAgencyName: oneStop.agencyName };
}

/**
 * Mẫu 05: a row per step worked on, from the agency of the step before (the one-stop department for
 * the first) to the agency of the step; the giver is who handed the step on (the counter officer who
 * received the dossier, for the first), the receiver who finished it; officers by their full names.
 */
export async function buildProcessControl(db: Queryable, dossier: DossierRow): Promise<ProcessControlForm> {
  if (!dossier.code || !dossier.receivedAt || !dossier.dueAt) throw notAvailable('process-control');
  const tasks = (await selectTasks(db, dossier.id)).filter((task) => task.startedAt);
  const events = await selectEvents(db, dossier.id);
  const receivedBy = dossier.receivedBy ?? events.find((item) => item.type === 'received')?.actorId ?? null;
  const officers = await findStaffContacts(db, [receivedBy, ...tasks.flatMap((task) => [task.handedOverById, task.finishedById])]);
  const nameOf = (id: string | null | undefined) => (id ? officers.get(id)?.fullName : undefined);
  const agencyOf = agencyCache(db);
  const oneStop = await oneStopAgency(db, dossier.receivingUnitId, dossier.receivedAt);
  const handovers: HandoverLine[] = [];
  for (const [index, task] of tasks.entries()) {
    const previous = tasks[index - 1];
    const giver = nameOf(task.handedOverById ?? previous?.finishedById ?? (index === 0 ? receivedBy : null));
    const receiver = nameOf(task.finishedById);
    handovers.push({
      task: task.name,
      fromUnit: previous ? (await agencyOf(previous.unitId)).agencyName : oneStop.agencyName,
      toUnit: (await agencyOf(task.unitId)).agencyName,
      at: task.startedAt!,
      ...(giver ? { giverName: giver } : {}),
      ...(receiver ? { receiverName: receiver } : {}),
      result: task.status === 'done' ? task.outcome : null,
      ...(task.status === 'returned' ? { note: `Trả lại bước trước: ${task.note ?? ''}` } : task.note ? { note: task.note } : {}),
    });
  }
  const returned = returnLine(dossier, events, oneStop);
  return {
    header: formHeader(oneStop, dossier.receivedAt),
    dossierCode: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: dossier.procedureName,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.dueAt,
    handovers,
    ...(returned ? { returned } : {}),
  };
}

/** The `returned` event as the slip's last line, with the delivery record of a home or postal return. */
function returnLine(dossier: DossierRow, events: Awaited<ReturnType<typeof selectEvents>>, oneStop: AgencyProfile): ReturnLine | undefined {
  if (dossier.status !== 'returned') return undefined;
  const event = events.findLast((item) => item.type === 'returned');
  if (!event) return undefined;
  const record = (event.data.deliveryRecord ?? {}) as Partial<
    Record<'recipientName' | 'address' | 'deliveredAt' | 'deliveredBy' | 'postalReceiptNumber', string>
  >;
  const delivery = String(event.data.delivery ?? dossier.delivery);
  return {
    deliveryText: delivery in returnedBy ? returnedBy[delivery as Delivery](oneStop) : delivery,
    at: record.deliveredAt ?? event.at,
    ...(record.recipientName ? { recipientName: record.recipientName } : {}),
    ...(record.address ? { address: record.address } : {}),
    ...(record.deliveredBy ? { deliveredBy: record.deliveredBy } : {}),
    ...(record.postalReceiptNumber ? { postalReceiptNumber: record.postalReceiptNumber } : {}),
  };
}
