/**
 * Months of activity at the active communes, through the dossiers module's use cases with the
 * simulated time: visits on working days in working hours (some guided because a paper is
 * missing, and most of those come back complete a few days later; a few refused), online
 * submissions for procedures offered online (sent at any hour, received by the counter officer
 * in working time), then each received dossier's life as planned by `planLife`, up to the present.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { findVersionInForce, type ProcedureVersion } from '../src/modules/catalog/index.js';
import { addWorkingDays, calendarFor, type WorkingCalendar } from '../src/modules/calendar/index.js';
import { dayNumberToIso, localDayNumberOf, vietnamInstant } from '../src/platform/time/vietnam-time.js';
import { actOnDossier, decideOnlineIntake, receiveAtCounter, submitOnline } from '../src/modules/dossiers/index.js';
import { CounterIntakeRequest, type Applicant } from '../src/contracts/dossiers.js';
import { createAccessPolicy } from '../src/modules/org/index.js';
import type { Db } from '../src/platform/db/types.js';
import { createLocalFileStore } from '../src/platform/files/file-store.js';
import { stageContent } from '../src/platform/files/upload.js';
import { A5_MARGINS, createDocument, pdfToBuffer, use } from '../src/platform/documents/pdf-kit.js';
import { outboxMessages } from '../src/platform/outbox/outbox.tables.js';
import { planLife, type Actor, type Fate } from './dossier-life.js';
import {
  DEMO_DEPARTMENTS,
  staffContext,
  staffPrincipal,
  type ActiveCommune,
  type DemoOrg,
  type StaffRef,
} from './generate-units-and-staff.js';
import { addressIn, citizenId, personName, phoneNumber, type Gender } from './names.js';
import { procedureWeights, refusalReasons } from './procedure-mix.js';
import { Progress } from './progress.js';
import { recordRating, type RatingTally } from './ratings-plan.js';
import { hashText, Random, weightedPicker } from './random.js';

export const SHARES = { refused: 0.01, guided: 0.15, guidedComeBack: 0.8, online: 0.25 } as const;
/** The reform: the communes and the demo catalogue's versions are in force from this day. */
const FIRST_DAY = '2025-07-01';
const MINUTE = 60_000;

export type ActivityOptions = { months: number; perDay: number; nowMs: number; publicUrl: string; filesDir: string };
export type ActivityReport = {
  from: string;
  to: string;
  visits: number;
  received: number;
  online: number;
  actions: number;
  seconds: number;
  fates: Record<Fate, number>;
  ratings: RatingTally;
};

type Visit = {
  communeIndex: number;
  at: number;
  procedureCode: string;
  outcome: 'received' | 'guided' | 'refused';
  applicant: Applicant;
  delivery: 'counter' | 'post' | 'electronic';
  /** Online: sent from the portal at `submittedAt` (that night or early morning), received by the officer at `at`. */
  online?: { submittedAt: number };
  seed: number;
};

/** The first day of activity: `months` before today (Vietnam's date), not before the reform. */
export function firstDayOf(nowMs: number, months: number): number {
  const today = new Date(localDayNumberOf(nowMs) * 86_400_000);
  const back = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()) / 86_400_000 + 1;
  return Math.max(back, Date.parse(FIRST_DAY) / 86_400_000);
}

/** A random instant in the counter's working hours of a day (mornings are busier). */
function visitTime(random: Random, calendar: WorkingCalendar, iso: string): number {
  for (let attempt = 0; attempt < 10; attempt++) {
    const minute = random.chance(0.62) ? random.between(8 * 60, 12 * 60) : random.between(13 * 60, 17 * 60);
    const at = vietnamInstant(iso, 0) + Math.floor(minute * MINUTE);
    if (calendar.isWorkingTime(at)) return at;
  }
  return vietnamInstant(iso, '08:00');
}

function newApplicant(random: Random, commune: ActiveCommune, provinceName: string): Applicant {
  const gender: Gender = random.chance(0.5) ? 'male' : 'female';
  const birthYear = random.int(1950, 2005);
  // Born in Hà Giang (002) around Bắc Mê, in Tuyên Quang (008) in the old provincial capital; some elsewhere.
  const local = commune.type === 'ward' ? '008' : '002';
  const prefix = random.chance(0.9) ? local : random.pick(['001', '006', '008', '002', '019', '025', '036']);
  return {
    kind: 'person',
    name: personName(random, gender, commune.type === 'ward' ? 0.03 : 0.2),
    citizenId: citizenId(random, prefix, gender, birthYear),
    phone: phoneNumber(random),
    address: addressIn(random, commune, provinceName),
  };
}

/** Plans every visit of the period, commune by commune, each from its own random stream. */
async function planVisits(db: Db, org: DemoOrg, versions: Map<string, ProcedureVersion>, random: Random, options: ActivityOptions) {
  const pickProcedure = weightedPicker(procedureWeights.filter(([code]) => versions.has(code)));
  const visits: Visit[] = [];
  const firstDay = firstDayOf(options.nowMs, options.months);
  const lastDay = localDayNumberOf(options.nowMs);
  for (const [communeIndex, commune] of org.communes.entries()) {
    const stream = random.fork(commune.code);
    const calendar = await calendarFor(db, commune.id);
    const comeBack = new Map<number, Visit[]>();
    for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
      const iso = dayNumberToIso(dayNumber);
      const returning = comeBack.get(dayNumber) ?? [];
      if (!calendar.isWorkingDay(iso)) continue;
      const weekday = new Date(dayNumber * 86_400_000).getUTCDay();
      const busy = weekday === 1 ? 1.2 : weekday === 5 ? 0.85 : weekday === 6 || weekday === 0 ? 0.7 : 1;
      const count = Math.max(0, Math.round(options.perDay * stream.between(0.5, 1.5) * busy));
      const today: Visit[] = returning.map((visit) => ({
        ...visit,
        at: visitTime(stream, calendar, iso),
        outcome: 'received',
        seed: stream.int(0, 2 ** 31),
      }));
      for (let i = 0; i < count; i++) {
        const procedureCode = pickProcedure(stream);
        const offered = versions.get(procedureCode)!.data.deliveryOptions;
        const draw = stream.next();
        const delivery =
          stream.chance(0.1) && offered.includes('post')
            ? 'post'
            : stream.chance(0.05) && offered.includes('electronic')
              ? 'electronic'
              : 'counter';
        const at = visitTime(stream, calendar, iso);
        const outcome = draw < SHARES.refused ? 'refused' : draw < SHARES.refused + SHARES.guided ? 'guided' : 'received';
        const isOnline = outcome === 'received' && versions.get(procedureCode)!.data.onlineLevel !== 'none' && stream.chance(SHARES.online);
        today.push({
          communeIndex,
          at,
          procedureCode,
          outcome,
          applicant: newApplicant(stream, commune, org.province.name),
          delivery: isOnline && offered.includes('electronic') ? 'electronic' : delivery,
          ...(isOnline
            ? { online: { submittedAt: at - Math.floor(stream.between(5, (at - vietnamInstant(iso, 0)) / MINUTE - 1) * MINUTE) } }
            : {}),
          seed: stream.int(0, 2 ** 31),
        });
      }
      for (const visit of today) {
        if (visit.at > options.nowMs) continue;
        visits.push(visit);
        if (visit.outcome === 'guided' && stream.chance(SHARES.guidedComeBack)) {
          const back = localDayNumberOf(addWorkingDays(calendar, visit.at, stream.int(1, 5)));
          comeBack.set(back, [...(comeBack.get(back) ?? []), visit]);
        }
      }
    }
  }
  visits.sort((a, b) => a.at - b.at || a.communeIndex - b.communeIndex);
  return { visits, from: dayNumberToIso(firstDay), to: dayNumberToIso(lastDay) };
}

/** Which papers the citizen brings: every required one and some optional ones; a guided visit lacks one required paper. */
function documentsFor(version: ProcedureVersion, random: Random, isComplete: boolean) {
  const items = version.data.documents.map((document, position) => ({ index: position + 1, isRequired: document.isRequired }));
  const required = items.filter((item) => item.isRequired);
  const missing = isComplete || required.length === 0 ? -1 : random.pick(required).index;
  return items
    .filter((item) => item.index !== missing && (item.isRequired || random.chance(0.4)))
    .map((item) => ({ index: item.index, count: 1 }));
}

/** A scanned paper as a small A5 PDF naming the applicant and the paper, made with the forms' PDF kit (a scan's SHA-256 is recorded). */
function scanOf(visit: Visit, paper: string): Promise<Buffer> {
  const doc = createDocument({ size: 'A5', margins: A5_MARGINS, title: paper });
  use(doc, 'bold', 12).text(paper);
  use(doc, 'regular', 10).moveDown().text(`${visit.applicant.name} — ${visit.applicant.address}`);
  return pdfToBuffer(doc);
}

/**
 * The notices the generated dossiers queued (SMS to invented numbers, dated in the past) are
 * closed as not sent, so that no later server with a real gateway sends them.
 */
async function retireGeneratedMessages(db: Db): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ status: 'failed', lastError: 'demo data: invented recipient, not sent' })
    .where(eq(outboxMessages.status, 'pending'));
}

export async function generateActivity(db: Db, org: DemoOrg, random: Random, options: ActivityOptions): Promise<ActivityReport> {
  const deps = {
    db,
    access: createAccessPolicy(db),
    config: { publicUrl: options.publicUrl },
    files: createLocalFileStore(options.filesDir),
  };
  const today = dayNumberToIso(localDayNumberOf(options.nowMs));
  const versions = new Map<string, ProcedureVersion>();
  for (const [code] of procedureWeights) {
    const version = await findVersionInForce(db, code, today);
    if (version?.data.isPublished) versions.set(code, version);
  }
  if (versions.size === 0) throw new Error('the demo catalogue is not loaded');
  const { visits, from, to } = await planVisits(db, org, versions, random, options);
  // Scans of online submissions are staged on disk as the portal's upload reader stages them.
  const uploadFolder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'motcua-demo-scans-'));

  const staffOf = (commune: ActiveCommune) => {
    const as = (person: ActiveCommune['counter']) => ({ principal: staffPrincipal(person), context: staffContext(person) });
    return { counter: as(commune.counter), specialist: as(commune.specialist), leader: as(commune.leader) };
  };
  const staff = org.communes.map(staffOf);
  /** The provincial department that handles a procedure's department steps, by procedure code. */
  const departmentStaff = new Map(
    org.departments.flatMap((department) => {
      const procedures: readonly string[] = DEMO_DEPARTMENTS.find((entry) => entry.code === department.code)?.procedures ?? [];
      const as = (person: StaffRef) => ({ principal: staffPrincipal(person), context: staffContext(person) });
      return procedures.map(
        (code) => [code, { department_specialist: as(department.specialist), department_leader: as(department.leader) }] as const,
      );
    }),
  );
  const actorFor = (communeIndex: number, procedureCode: string, actor: Actor) => {
    if (actor === 'department_specialist' || actor === 'department_leader') {
      const handlers = departmentStaff.get(procedureCode);
      if (!handlers) throw new Error(`no demo department handles ${procedureCode}`);
      return handlers[actor];
    }
    return staff[communeIndex]![actor];
  };
  const calendars = await Promise.all(org.communes.map((commune) => calendarFor(db, commune.id)));
  const fates: Record<Fate, number> = { normal: 0, late: 0, reschedule: 0, withdraw: 0 };
  const progress = new Progress('hồ sơ', visits.length);
  let received = 0;
  let online = 0;
  let actions = 0;
  const tally: RatingTally = { ratings: 0, feedback: 0, answered: 0 };
  for (const visit of visits) {
    const commune = org.communes[visit.communeIndex]!;
    const version = versions.get(visit.procedureCode)!;
    const random = new Random(visit.seed ^ hashText(visit.procedureCode));
    const { counter } = staff[visit.communeIndex]!;
    const documents = documentsFor(version, random, visit.outcome !== 'guided');
    let intake: { dossierId: string; outcome: string; code: string | null; dueAt: string | null; version: number };
    if (visit.online) {
      const uploads = await Promise.all(
        documents.map(async (document) => {
          const content = await scanOf(visit, version.data.documents[document.index - 1]!.name);
          return {
            index: document.index,
            file: await stageContent(content, {
              folder: uploadFolder,
              fieldName: `doc${document.index}`,
              fileName: `giay-to-${document.index}.pdf`,
            }),
          };
        }),
      );
      const citizen = { actor: { id: null, name: `citizen:${visit.applicant.phone.slice(-4)}` } };
      const submission = {
        receivingUnitId: commune.id,
        procedureCode: visit.procedureCode,
        applicant: visit.applicant,
        delivery: visit.delivery,
        uploads,
      };
      const submitted = await submitOnline(deps, citizen, submission, new Date(visit.online.submittedAt));
      await Promise.all(uploads.map((upload) => fs.promises.rm(upload.file.path)));
      const row = await decideOnlineIntake(
        deps,
        counter.principal,
        counter.context,
        { dossierId: submitted.dossierId, expectedVersion: 1, decision: { decision: 'receive' } },
        new Date(visit.at),
      );
      intake = { dossierId: row.id, outcome: 'received', code: row.code, dueAt: row.dueAt, version: row.version };
      online++;
    } else {
      const input = CounterIntakeRequest.parse({
        receivingUnitId: commune.id,
        procedureCode: visit.procedureCode,
        applicant: visit.applicant,
        documents,
        delivery: visit.delivery,
        ...(visit.outcome === 'refused' ? { refusalReason: random.pick(refusalReasons) } : {}),
      });
      intake = { ...(await receiveAtCounter(deps, counter.principal, counter.context, input, new Date(visit.at))), version: 1 };
    }
    if (intake.outcome === 'received') {
      received++;
      const life = planLife(
        {
          calendar: calendars[visit.communeIndex]!,
          procedureCode: visit.procedureCode,
          steps: version.data.steps.map((step) => ({ ...step, atDepartment: Boolean(step.handlerUnitCode) })),
          isOnTheSpot: version.data.processingTime.unit === 'on_the_spot',
          canPauseForSupplement: version.data.canPauseForSupplement,
          documentNames: version.data.documents.map((document) => document.name),
          receivedAt: visit.at,
          dueAt: Date.parse(intake.dueAt!),
          delivery: visit.delivery,
          applicant: { name: visit.applicant.name, address: visit.applicant.address },
        },
        random,
      );
      fates[life.fate]++;
      const rate = (kind: 'intake' | 'return', at: number) =>
        recordRating(
          db,
          random,
          {
            dossierId: intake.dossierId,
            kind,
            at,
            trouble: life.fate === 'late' ? 'late' : life.fate === 'reschedule' ? 'apology' : 'none',
            leader: staff[visit.communeIndex]!.leader,
            calendar: calendars[visit.communeIndex]!,
            nowMs: options.nowMs,
          },
          tally,
        );
      // An online applicant was not at the counter: only the return is a counter transaction to rate.
      if (!visit.online) await rate('intake', visit.at);
      let expectedVersion = intake.version;
      for (const action of life.actions) {
        if (action.at > options.nowMs) break;
        const actor = actorFor(visit.communeIndex, visit.procedureCode, action.actor);
        try {
          const row = await actOnDossier(
            deps,
            actor.principal,
            actor.context,
            { dossierId: intake.dossierId, expectedVersion, command: action.command },
            new Date(action.at),
          );
          expectedVersion = row.version;
          actions++;
          if (action.command.action === 'return') await rate('return', action.at);
        } catch (error) {
          throw new Error(
            `dossier ${intake.code}: ${action.command.action} at ${new Date(action.at).toISOString()} failed: ${String(error)}`,
            { cause: error },
          );
        }
      }
    }
    progress.tick(1, `hồ sơ ${new Date(visit.at + 7 * 3_600_000).toISOString().slice(0, 7)}`);
  }
  await fs.promises.rm(uploadFolder, { recursive: true, force: true });
  const seconds = progress.finish();
  await retireGeneratedMessages(db);
  return { from, to, visits: visits.length, received, online, actions, seconds, fates, ratings: tally };
}
