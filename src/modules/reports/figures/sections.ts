/**
 * The parts of the work figures belong to, and the permission a reader needs to see each: the
 * dashboard, the figure set, the lists behind figures and the reports show a reader only the parts
 * their roles at the unit allow.
 */
import type { DashboardSection } from '../../../contracts/dashboard.js';
import type { ReportKind } from '../../../contracts/report-runs.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { DomainError, PlatformError } from '../../../platform/errors/errors.js';
import { ReportPermission } from '../reports.policy.js';

export function sectionOf(id: string): DashboardSection {
  const [head = ''] = id.split('.');
  if (['dossiers', 'ratings', 'decision766', 'procedures'].includes(head)) return 'one_stop';
  if (['reception', 'dialogues', 'commitments'].includes(head)) return 'reception';
  if (['petitions', 'settlements'].includes(head)) return 'petitions';
  if (head === 'democracy') return 'democracy';
  return 'community';
}

export const sectionTitles: Record<DashboardSection, string> = {
  one_stop: 'Một cửa, thủ tục hành chính',
  reception: 'Tiếp công dân, đối thoại',
  petitions: 'Đơn thư, khiếu nại, tố cáo',
  community: 'Hòa giải, trợ giúp pháp lý, "Dân vận khéo"',
  democracy: 'Dân chủ ở cơ sở',
};

const permissionOf: Record<DashboardSection, string> = {
  one_stop: ReportPermission['reports.read'],
  reception: 'petitions.read',
  petitions: 'petitions.read',
  community: 'community.read',
  democracy: 'community.read',
};

/** The parts a reader may see at a unit, in the dashboard's order. */
export async function visibleSections(access: AccessPolicy, principal: Principal, unitId: string): Promise<DashboardSection[]> {
  const held = await access.permissionsAt(principal, unitId);
  return (Object.keys(sectionTitles) as DashboardSection[]).filter((key) => held.has(permissionOf[key]));
}

/** The parts each kind of report prints: reading, drafting or comparing one needs them all. */
export const kindSections: Record<ReportKind, DashboardSection[]> = {
  dan_van: ['one_stop', 'reception', 'petitions', 'community', 'democracy'],
  reception_petitions: ['reception', 'petitions'],
  community: ['community', 'democracy'],
};

export async function requireKindVisible(access: AccessPolicy, principal: Principal, kind: ReportKind, unitId: string): Promise<void> {
  const visible = await visibleSections(access, principal, unitId);
  if (!kindSections[kind].every((section) => visible.includes(section))) throw new DomainError(PlatformError.FORBIDDEN);
}
