import type { Queryable } from '../../../platform/db/types.js';
import { todayInVietnam } from '../../../platform/time/vietnam-time.js';
import { findOneStopDepartment, getAgencyProfile, type AgencyProfile, type StaffContact } from '../../org/index.js';
import type { TaskRow } from '../dossier-tasks.js';
import type { AgencySigner, FormHeader } from '../forms/form-data.js';

/**
 * Which agency issues a form, and how it heads and signs it: the one-stop department of the receiving
 * unit for what happens at the counter (receipt, intake slips, the process-control slip, the book),
 * the agency settling the dossier for what it decides (a supplement during appraisal, the apology,
 * the stop notice). Names, headings, place names and titles come from the agencies' profiles (org).
 */

/** The agency of the one-stop department of a receiving unit on the Vietnam day of `at`: its centre, else the unit itself. */
export async function oneStopAgency(db: Queryable, receivingUnitId: string, at: string): Promise<AgencyProfile> {
  return getAgencyProfile(db, await findOneStopDepartment(db, receivingUnitId, todayInVietnam(new Date(at))));
}

/** Agency profiles by unit id, each read once. */
export function agencyCache(db: Queryable): (unitId: string) => Promise<AgencyProfile> {
  const profiles = new Map<string, Promise<AgencyProfile>>();
  return (unitId) => {
    if (!profiles.has(unitId)) profiles.set(unitId, getAgencyProfile(db, unitId));
    return profiles.get(unitId)!;
  };
}

const committee = /^(UBND|ỦY BAN NHÂN DÂN)\s+/;

/**
 * The heading of a form issued by `agency`: the body above it, then the agency — without the place
 * its superior already names ("UBND XÃ BẮC MÊ" over "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", not over
 * "… CÔNG XÃ BẮC MÊ") — and the date line at the agency's place.
 */
export function formHeader(agency: AgencyProfile, issuedAt: string): FormHeader {
  const superior = agency.superiorHeading ?? undefined;
  const territory = superior && committee.test(superior) ? superior.replace(committee, '') : undefined;
  const repeated = territory !== undefined && agency.heading.endsWith(` ${territory}`) && !committee.test(agency.heading);
  return {
    ...(superior ? { superiorHeading: superior } : {}),
    agencyHeading: repeated ? agency.heading.slice(0, -territory.length - 1) : agency.heading,
    agencyName: agency.agencyName,
    place: agency.placeName,
    issuedAt,
  };
}

/**
 * The unit whose step was in progress at `at`: started before it and not finished before it (a step
 * that an action at `at` ended counts, not the one it began). Undefined when no step was.
 */
export function unitOfStepAt(tasks: readonly TaskRow[], at: string): string | undefined {
  const instant = Date.parse(at);
  const inProgress = tasks.filter(
    (task) =>
      task.startedAt !== null &&
      Date.parse(task.startedAt) < instant &&
      (task.finishedAt === null || Date.parse(task.finishedAt) >= instant),
  );
  return inProgress.sort((a, b) => Date.parse(b.startedAt!) - Date.parse(a.startedAt!))[0]?.unitId;
}

/**
 * The agency settling a dossier at `at`: the unit of the step then in progress, unless that is the
 * one-stop department (which receives and returns but settles nothing); then the last step planned
 * outside it (the competent agency); else the receiving unit.
 */
export function settlingUnitAt(
  tasks: readonly TaskRow[],
  at: string | null | undefined,
  units: { oneStopId: string; receivingUnitId: string },
): string {
  const inProgress = at ? unitOfStepAt(tasks, at) : undefined;
  if (inProgress && inProgress !== units.oneStopId) return inProgress;
  const planned = tasks.filter((task) => task.unitId !== units.oneStopId).sort((a, b) => b.stepIndex - a.stepIndex)[0];
  return planned?.unitId ?? units.receivingUnitId;
}

/**
 * Who signs for the agency: its head's title ("Chủ tịch", "Giám đốc"), with the officer who acted
 * named when they hold that title in the agency, or sign for the head as its deputy ("KT. CHỦ TỊCH",
 * "PHÓ CHỦ TỊCH"); anyone else leaves the head's name to be written by hand.
 */
export function agencySigner(agency: AgencyProfile, officer: StaffContact | undefined): AgencySigner {
  const head = agency.headTitle;
  const title = officer?.title?.trim();
  if (!officer || !title || officer.unitId !== agency.unitId) return { title: head };
  const lower = title.toLocaleLowerCase('vi');
  if (lower === head.toLocaleLowerCase('vi')) return { title: head, name: officer.fullName };
  if (lower === `phó ${head.toLocaleLowerCase('vi')}`) return { title: head, deputyTitle: title, name: officer.fullName };
  return { title: head };
}
