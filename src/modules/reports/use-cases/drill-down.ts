/**
 * The list behind a figure, for the figures that count records one by one: the same records the
 * figure counts, a page at a time, as JSON, CSV or XLSX. Lists show no petitioner, applicant,
 * party or requester; a denunciation's content is never shown.
 */
import type { SQL } from 'drizzle-orm';
import type { DrillDown } from '../../../contracts/dashboard.js';
import type { AccessPolicy } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Db, Queryable } from '../../../platform/db/types.js';
import { DomainError } from '../../../platform/errors/errors.js';
import { listLegalAidCases, listMediationCases, listRegisteredModels } from '../../community/index.js';
import { listReceivedDossiers, type FigureList, type ListPage } from '../../dossiers/index.js';
import { getUnitRow, unitIdList } from '../../org/index.js';
import { listReceivedPetitions } from '../../petitions/index.js';
import { computeFigures, lineageIds } from '../figures/compute.js';
import { figureDefinition, isFigureId } from '../figures/registry.js';
import { ReportPermission } from '../reports.policy.js';
import { ReportError } from '../reports.errors.js';
import { labelled } from './list-labels.js';

type Period = { from: string; to: string };
type Lister = {
  permission: string;
  /** Which words the codes of its rows are written out with. */
  rows: 'dossiers' | 'petitions' | 'cases';
  columns: [string, string][];
  list: (db: Queryable, units: SQL, period: Period, page: ListPage) => Promise<FigureList>;
};

const dossierColumns: [string, string][] = [
  ['code', 'Mã hồ sơ'],
  ['procedure', 'Thủ tục'],
  ['channel', 'Kênh'],
  ['received_on', 'Ngày tiếp nhận'],
  ['due_on', 'Hẹn trả'],
  ['status', 'Trạng thái'],
];
const listers: Record<string, Lister> = {
  'dossiers.received': {
    permission: ReportPermission['reports.read'],
    rows: 'dossiers',
    columns: dossierColumns,
    list: (db, units, period, page) => listReceivedDossiers(db, units, period, false, page),
  },
  'dossiers.receivedOnline': {
    permission: ReportPermission['reports.read'],
    rows: 'dossiers',
    columns: dossierColumns,
    list: (db, units, period, page) => listReceivedDossiers(db, units, period, true, page),
  },
  'petitions.received': {
    permission: 'petitions.read',
    rows: 'petitions',
    columns: [
      ['book_no', 'Số sổ'],
      ['received_on', 'Ngày nhận'],
      ['kind', 'Loại đơn'],
      ['field', 'Lĩnh vực'],
      ['status', 'Trạng thái'],
      ['due_on', 'Hạn'],
    ],
    list: listReceivedPetitions,
  },
  'mediation.received': {
    permission: 'community.read',
    rows: 'cases',
    columns: [
      ['book_no', 'Số sổ'],
      ['received_on', 'Ngày nhận'],
      ['status', 'Trạng thái'],
    ],
    list: listMediationCases,
  },
  'legalAid.opened': {
    permission: 'community.read',
    rows: 'cases',
    columns: [
      ['code', 'Mã vụ việc'],
      ['accepted_on', 'Ngày thụ lý'],
      ['form', 'Hình thức'],
      ['group', 'Diện người được trợ giúp'],
      ['status', 'Trạng thái'],
    ],
    list: listLegalAidCases,
  },
  'models.registered': {
    permission: 'community.read',
    rows: 'cases',
    columns: [
      ['name', 'Tên mô hình'],
      ['field', 'Lĩnh vực'],
      ['owner', 'Chủ thể'],
      ['registered_on', 'Ngày đăng ký'],
      ['status', 'Trạng thái'],
    ],
    list: listRegisteredModels,
  },
};

export const hasDrillDown = (figureId: string): boolean => figureId in listers;

export async function drillDown(
  deps: { db: Db; access: AccessPolicy },
  principal: Principal,
  request: { unitId: string; figureId: string; from: string; to: string; page: number; pageSize: number },
): Promise<DrillDown> {
  const unit = await getUnitRow(deps.db, request.unitId);
  if (!isFigureId(request.figureId)) throw new DomainError(ReportError.UNKNOWN_FIGURE);
  const lister = listers[request.figureId];
  if (!lister) throw new DomainError(ReportError.NO_DRILL_DOWN);
  await deps.access.require(principal, ReportPermission['reports.read'], unit.id);
  await deps.access.require(principal, lister.permission, unit.id);
  const period = { from: request.from, to: request.to };
  // The same units the figure counts over, written into the list's query.
  const units = unitIdList(await lineageIds(deps.db, unit.id));
  const [list, figures] = await Promise.all([
    lister.list(deps.db, units, period, { limit: request.pageSize, offset: (request.page - 1) * request.pageSize }),
    computeFigures(deps.db, { unitId: unit.id, ...period }, new Date(), [request.figureId]),
  ]);
  return {
    figureId: request.figureId,
    labelVi: figureDefinition(request.figureId).labelVi,
    value: figures.values[request.figureId] ?? null,
    columns: lister.columns.map(([key, label]) => ({ key, label })),
    rows: list.rows.map((row) => labelled(row, lister.rows)),
    total: list.total,
    page: request.page,
    pageSize: request.pageSize,
  };
}
