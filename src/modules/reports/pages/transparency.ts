import { formatNumber as number, formatPercent, html, type Html } from '../../../platform/html/index.js';
import type { FigureValues } from '../figures/compute.js';
import { figureDefinition } from '../figures/registry.js';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export type TransparencyColumn = { label: string; from: string; to: string; values: FigureValues };

/** The rows of the public page: registry figures (their labels and values), under a stable name for each row. */
const oneStopRows: [string, string, boolean][] = [
  ['received', 'dossiers.received', false],
  ['received-online', 'dossiers.receivedOnline', true],
  ['settled', 'dossiers.settled', false],
  ['early', 'dossiers.early', true],
  ['on-time', 'dossiers.onTime', true],
  ['late', 'dossiers.late', true],
  ['in-progress', 'dossiers.inProgress', false],
  ['in-progress-overdue', 'dossiers.inProgressOverdue', true],
  ['in-progress-paused', 'dossiers.inProgressPaused', true],
  ['on-time-percent', 'dossiers.timelyRate', false],
  ['ratings', 'ratings.total', false],
  ['satisfied-percent', 'ratings.satisfiedRate', false],
  ['very-satisfied-percent', 'ratings.verySatisfiedRate', false],
];
const citizenRows: [string, string, boolean][] = [
  ['reception-visits', 'reception.visits', false],
  ['reception-sessions', 'reception.sessions', false],
  ['dialogues', 'dialogues.held', false],
  ['petitions-received', 'petitions.received', false],
  ['petitions-processed', 'petitions.processed', false],
  ['mediation-cases', 'mediation.mediated', false],
  ['mediation-success-percent', 'mediation.successRate', false],
  ['legal-aid', 'legalAid.opened', false],
  ['models', 'models.registered', false],
];
export const publicFigureIds = [...oneStopRows, ...citizenRows].map(([, id]) => id);

/**
 * The public figures of one unit: what the seed reports quote, from the figure registry, no personal
 * data. A table on a wide screen; on a phone one card per indicator, its values side by side (layout.ts).
 */
export function transparencyPage(view: {
  unitName: string;
  unitCode: string;
  columns: TransparencyColumn[];
  from: string;
  to: string;
}): Html {
  const cell = (id: string, value: number | null | undefined) =>
    figureDefinition(id).kind === 'rate' ? formatPercent(value ?? null) : value === null || value === undefined ? '—' : number(value);
  const row = ([slug, id, part]: [string, string, boolean]) =>
    html`<tr data-figure="${slug}"><th scope="row" data-figure-id="${id}">${part ? '— ' : ''}${figureDefinition(id).labelVi}</th>${view.columns.map((column) => html`<td class="num" data-label="${column.label}">${cell(id, column.values[id])}</td>`)}</tr>`;
  const table = (caption: string, rows: [string, string, boolean][]) => html`
<table class="grid figures" style="--columns:${view.columns.length}">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Chỉ tiêu</th>${view.columns.map((column) => html`<th scope="col" class="num">${column.label}</th>`)}</tr></thead>
  <tbody>${rows.map(row)}</tbody>
</table>`;
  return html`
<h1>Công khai kết quả giải quyết thủ tục hành chính</h1>
<p><strong>${view.unitName}</strong>. Số liệu tự động từ hồ sơ, phiếu đánh giá, sổ tiếp công dân, sổ đơn thư và sổ hòa giải được ghi nhận trên hệ thống.</p>
<ul class="periods">${view.columns.map((column) => html`<li><strong>${column.label}:</strong> ${vnDate(column.from)} – ${vnDate(column.to)}</li>`)}</ul>
${table('Thủ tục hành chính', oneStopRows)}
${table('Tiếp công dân, đơn thư, hòa giải, trợ giúp pháp lý, "Dân vận khéo"', citizenRows)}
<h2>Chọn kỳ khác</h2>
<form class="search" method="get" action="/cong-khai">
  <input type="hidden" name="don-vi" value="${view.unitCode}">
  <div class="field short"><label for="tu">Từ ngày</label><input id="tu" name="tu" type="date" value="${view.from}" required></div>
  <div class="field short"><label for="den">Đến ngày</label><input id="den" name="den" type="date" value="${view.to}" required></div>
  <button type="submit">Xem</button>
</form>
<p class="muted">Hồ sơ đã giải quyết được tính theo ngày có kết quả. Hồ sơ đang giải quyết được xét tại thời điểm cuối kỳ (kỳ chưa kết thúc: tại thời điểm xem); hồ sơ chờ công dân bổ sung hoặc thực hiện nghĩa vụ tài chính không tính thời gian chờ. Tỷ lệ trước và đúng hạn = (hồ sơ giải quyết trước và đúng hạn + hồ sơ đang giải quyết chưa quá hạn) / (hồ sơ đã giải quyết + hồ sơ đang giải quyết cuối kỳ), theo Quyết định 766/QĐ-TTg. Tỷ lệ hài lòng tính trên tổng số lượt đánh giá.</p>`;
}

export function unitChooser(options: { units: { code: string; name: string }[]; message?: string }): Html {
  return html`
<h1>Công khai kết quả giải quyết thủ tục hành chính</h1>
${options.message ? html`<p class="note" role="alert">${options.message}</p>` : ''}
<h2>Đơn vị có số liệu</h2>
<ul class="links">${options.units.map((unit) => html`<li><a href="/cong-khai?don-vi=${encodeURIComponent(unit.code)}">${unit.name}</a></li>`)}</ul>
<h2>Tìm theo mã đơn vị</h2>
<form class="search" method="get" action="/cong-khai"><div class="field"><label for="don-vi">Mã đơn vị hành chính <span class="hint">ví dụ 00991</span></label><input id="don-vi" name="don-vi" required autocomplete="off"></div><button type="submit">Xem</button></form>`;
}
